import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { LanguageName } from '../consultations/format';
import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getMyQuestion, type PersonView, rateMyQuestion, replyToMyQuestion } from './api';
import '../consultations/consultations.css';

/** The person's own view of their question through the private link: the answer, a reply, a rating. */
export function QuestionLinkPage() {
  const t = useT();
  const { token = '' } = useParams();
  const question = useQuery({
    queryKey: ['my-question', token],
    queryFn: () => getMyQuestion(token),
    retry: false,
  });
  const data = question.data;
  return (
    <div className="narrow">
      <PageHeading title={t('ask.mine.title')} />
      <QueryState query={question}>{data && <QuestionView token={token} view={data} />}</QueryState>
    </div>
  );
}

function QuestionView({ token, view }: { token: string; view: PersonView }) {
  const t = useT();
  const { consultation, messages } = view;
  const answered = messages.some((m) => m.from === 'expert');
  return (
    <>
      <dl className="details">
        <dt>{t('ask.topic')}</dt>
        <dd>{t(`topic.${consultation.topic}`)}</dd>
        <dt>{t('ask.language')}</dt>
        <dd>
          <LanguageName language={consultation.language} />
        </dd>
        <dt>{t('ask.mine.status')}</dt>
        <dd>{t(`ask.mine.status.${consultation.status}`)}</dd>
        <dt>{t('ask.mine.askedAt')}</dt>
        <dd>
          <FormattedDate value={consultation.askedAt} dateStyle="long" timeStyle="short" />
        </dd>
      </dl>
      {!answered && <p className="notice">{t('ask.mine.notYet')}</p>}
      <section className="section" aria-labelledby="thread-title">
        <h2 id="thread-title">{t('ask.mine.thread')}</h2>
        <ol className="thread">
          {messages.map((message) => (
            <li
              key={`${message.at}-${message.from}`}
              className={`message message--${message.from === 'expert' ? 'expert' : 'person'}`}
            >
              <p className="message__meta">
                <span className="message__label">
                  {message.from === 'expert' ? t('ask.mine.fromExpert') : t('ask.mine.fromYou')}
                </span>
                <FormattedDate value={message.at} dateStyle="medium" timeStyle="short" />
              </p>
              <p className="message__body" lang={consultation.language}>
                {message.text}
              </p>
            </li>
          ))}
        </ol>
      </section>
      {consultation.mayRate && <Rating token={token} current={consultation.rating} />}
      {consultation.mayReply ? <Reply token={token} /> : <p>{t('ask.mine.closed')}</p>}
    </>
  );
}

function Rating({ token, current }: { token: string; current: number | null }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<string | null>(current ? String(current) : null);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (rating: number) => rateMyQuestion(token, rating),
    onSuccess: (view) => {
      queryClient.setQueryData(['my-question', token], view);
      setSaved(true);
      setProblem(null);
    },
    onError: (error) => setProblem(error.message || t('form.unexpectedError')),
  });
  return (
    <section className="section" aria-labelledby="rating-title">
      <h2 id="rating-title">{t('ask.rate.title')}</h2>
      {current !== null && (
        <p>
          <FormattedMessage id="ask.rate.current" values={{ rating: current }} />
        </p>
      )}
      <Form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!value) {
            setProblem(t('ask.rate.choose'));
            return;
          }
          mutation.mutate(Number(value));
        }}
      >
        <RadioGroupInput
          name="rating"
          label={t('ask.rate.label')}
          options={[1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: t(`ask.rate.${n}`) }))}
          value={value}
          onChange={(next) => {
            setValue(next);
            setSaved(false);
          }}
        />
        <div className="form__actions">
          <Button type="submit" className="button button--primary" isPending={mutation.isPending}>
            {t('ask.rate.submit')}
          </Button>
        </div>
      </Form>
      <p role="status">{saved ? t('ask.rate.thanks') : ''}</p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
    </section>
  );
}

function Reply({ token }: { token: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: string) => replyToMyQuestion(token, body),
    onSuccess: (view) => {
      queryClient.setQueryData(['my-question', token], view);
      setRound((n) => n + 1);
      setSent(true);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { text: t('ask.reply.label') };
  return (
    <section className="section" aria-labelledby="reply-title">
      <h2 id="reply-title">{t('ask.reply.title')}</h2>
      <FormShell
        key={round}
        errorState={errorState}
        labels={labels}
        submitLabel={t('ask.reply.submit')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const body = text(data, 'text');
          const problems = requireFields({ text: body }, ['text'], t('form.required'));
          if (problems.text) {
            errorState.fail({ message: null, fields: problems });
            return;
          }
          errorState.clear();
          setSent(false);
          mutation.mutate(body);
        }}
      >
        <TextAreaInput name="text" label={labels.text} />
      </FormShell>
      <p role="status">{sent ? t('ask.reply.sent') : ''}</p>
    </section>
  );
}
