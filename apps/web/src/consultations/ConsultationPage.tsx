import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { AnswerForm } from './AnswerForm';
import {
  type Attachment,
  attachmentUrl,
  type ConsultationDetail,
  claimConsultation,
  closeConsultation,
  getConsultation,
  type ThreadMessage,
} from './api';
import { EscalateForm } from './EscalateForm';
import { LanguageName, minutesSince, OverdueMark, useRelativeMinutes } from './format';
import { HandOverForm, NoteForm } from './NoteForms';
import './consultations.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** One question on the desk: what the person asked, the thread, and what the expert may do next. */
export function ConsultationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: ['consultation', id], queryFn: () => getConsultation(id) });
  const data = detail.data;
  return (
    <>
      <PageHeading
        title={
          data ? t('desk.question.title', { topic: t(`topic.${data.consultation.topic}`) }) : t('desk.title')
        }
      >
        <Link className="button" to="/consultations">
          {t('desk.backToQueue')}
        </Link>
      </PageHeading>
      <QueryState query={detail}>{data && <ConsultationBody detail={data} />}</QueryState>
    </>
  );
}

/** Claim and close: one button each, with the outcome said in a status line. */
function StateActions({ detail }: { detail: ConsultationDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { consultation, abilities } = detail;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['consultation', consultation.id] }),
      queryClient.invalidateQueries({ queryKey: ['consultations'] }),
    ]);
  const claim = useMutation({
    mutationFn: () => claimConsultation(consultation.id, consultation.version),
    onSuccess: async () => {
      await refresh();
      setMessage({ text: t('desk.claimed'), error: false });
    },
    onError: (error) => setMessage({ text: error.message || t('form.unexpectedError'), error: true }),
  });
  const close = useMutation({
    mutationFn: () => closeConsultation(consultation.id, consultation.version),
    onSuccess: async () => {
      await refresh();
      setMessage({ text: t('desk.closed'), error: false });
    },
    onError: (error) => setMessage({ text: error.message || t('form.unexpectedError'), error: true }),
  });
  return (
    <>
      {(abilities.claim || abilities.close) && (
        <div className="actions">
          {abilities.claim && (
            <Button
              className="button button--primary"
              isPending={claim.isPending}
              onPress={() => claim.mutate()}
            >
              {t('desk.claim')}
            </Button>
          )}
          {abilities.close && (
            <Button className="button" isPending={close.isPending} onPress={() => close.mutate()}>
              {t('desk.close')}
            </Button>
          )}
        </div>
      )}
      <p role="status" className={message?.error ? 'notice notice--error' : undefined}>
        {message?.text ?? ''}
      </p>
    </>
  );
}

function ConsultationBody({ detail }: { detail: ConsultationDetail }) {
  const t = useT();
  const session = useSignedInSession();
  const relative = useRelativeMinutes();
  const { consultation: item, abilities, experts } = detail;
  const expertName = (id: string | null) =>
    id === null
      ? t('desk.expert.nobody')
      : id === session.user.id
        ? t('desk.expert.you')
        : (experts.find((e) => e.id === id)?.name ?? t('desk.expert.other'));
  return (
    <>
      <dl className="details">
        <dt>{t('desk.status')}</dt>
        <dd>{t(`status.${item.status}`)}</dd>
        <dt>{t('desk.language')}</dt>
        <dd>
          <LanguageName language={item.language} />
        </dd>
        <dt>{t('desk.channel')}</dt>
        <dd>{t(`channel.${item.channel}`)}</dd>
        <dt>{t('desk.askedAt')}</dt>
        <dd>
          <FormattedDate value={item.askedAt} dateStyle="long" timeStyle="short" />
        </dd>
        {item.waitingSince && (
          <>
            <dt>{t('desk.waiting')}</dt>
            <dd>
              {relative(item.waitingMinutes ?? minutesSince(item.waitingSince))}
              {item.overdue && (
                <>
                  {' '}
                  <OverdueMark />
                </>
              )}
            </dd>
          </>
        )}
        {item.dueAt && (
          <>
            <dt>{t('desk.dueAt')}</dt>
            <dd>
              <FormattedDate value={item.dueAt} dateStyle="long" timeStyle="short" />
            </dd>
          </>
        )}
        <dt>{t('desk.expert')}</dt>
        <dd>{expertName(item.expertId)}</dd>
        <dt>{t('desk.contactName')}</dt>
        <dd>{item.contactName || t('common.notGiven')}</dd>
        <dt>{t('desk.contact')}</dt>
        <dd>{item.contact || t('common.notGiven')}</dd>
        {item.rating !== null && (
          <>
            <dt>{t('desk.rating')}</dt>
            <dd>
              <FormattedMessage id="desk.ratingValue" values={{ rating: item.rating }} />
            </dd>
          </>
        )}
        {item.caseId && (
          <>
            <dt>{t('desk.case')}</dt>
            <dd>
              <Link to={`/cases/${item.caseId}`}>{t('desk.openCase')}</Link>
            </dd>
          </>
        )}
      </dl>
      {item.forgotten && <p className="notice">{t('desk.forgotten')}</p>}
      <StateActions detail={detail} />
      <Section id="thread-title" title={t('desk.thread')}>
        <Thread detail={detail} expertName={expertName} />
      </Section>
      {abilities.answer && (
        <Section id="answer-title" title={t('desk.answer.title')}>
          <AnswerForm consultation={item} />
        </Section>
      )}
      {abilities.note && (
        <Section id="note-title" title={t('desk.note.title')}>
          <NoteForm consultation={item} />
        </Section>
      )}
      {abilities.handOver && (
        <Section id="handover-title" title={t('desk.handOver.title')}>
          <HandOverForm consultation={item} experts={experts.filter((e) => e.id !== item.expertId)} />
        </Section>
      )}
      {abilities.escalate && !item.caseId && (
        <Section id="escalate-title" title={t('desk.escalate.title')}>
          <EscalateForm consultation={item} />
        </Section>
      )}
    </>
  );
}

function Thread({
  detail,
  expertName,
}: {
  detail: ConsultationDetail;
  expertName: (id: string | null) => string;
}) {
  const t = useT();
  const { consultation, messages } = detail;
  if (messages.length === 0) return <p>{t('desk.thread.empty')}</p>;
  return (
    <ol className="thread">
      {messages.map((message) => (
        <li key={message.id} className={`message message--${message.kind}`}>
          <p className="message__meta">
            <span className="message__label">
              {message.kind === 'person' && t('desk.message.person')}
              {message.kind === 'expert' && t('desk.message.expert', { name: expertName(message.authorId) })}
              {message.kind === 'note' && (
                <>
                  <span aria-hidden="true">🔒 </span>
                  {t('desk.message.note', { name: expertName(message.authorId) })}
                </>
              )}
            </span>
            <FormattedDate value={message.createdAt} dateStyle="medium" timeStyle="short" />
          </p>
          {message.body && (
            <p className="message__body" lang={message.kind === 'note' ? undefined : consultation.language}>
              {message.body}
            </p>
          )}
          {message.attachments.length > 0 && (
            <Attachments consultationId={consultation.id} message={message} />
          )}
          {message.articleId && (
            <p>
              <Link className="inline-link" to={`/knowledge/${message.articleId}`}>
                {t('desk.message.fromArticle')}
              </Link>
            </p>
          )}
          {message.kind === 'expert' && message.deliveredAt && (
            <p>
              <FormattedMessage
                id="desk.message.delivered"
                values={{
                  at: <FormattedDate value={message.deliveredAt} dateStyle="medium" timeStyle="short" />,
                }}
              />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function Attachments({ consultationId, message }: { consultationId: string; message: ThreadMessage }) {
  const t = useT();
  const describe = (attachment: Attachment) => {
    const kind = t(`desk.attachment.${attachment.kind}`);
    const seconds = attachment.duration;
    const length =
      seconds !== null ? ` (${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')})` : '';
    return `${kind}${attachment.fileName ? `: ${attachment.fileName}` : ''}${length}`;
  };
  return (
    <ul className="message__attachments" aria-label={t('desk.attachments')}>
      {message.attachments.map((attachment) => (
        <li key={attachment.index}>
          <a href={attachmentUrl(consultationId, message.id, attachment.index)} download>
            {describe(attachment)}
          </a>
        </li>
      ))}
    </ul>
  );
}
