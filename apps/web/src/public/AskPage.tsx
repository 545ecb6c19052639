import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { type ConsultationTopic, consultationTopics } from '../consultations/api';
import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxInput, TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useLanguage } from '../i18n/LanguageProvider';
import { isLanguage, type Language, languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { askQuestion, getQuestionForm, type PublicQuestion } from './api';
import { PrivateLink } from './PrivateLink';
import { Suggestions } from './Suggestions';
import '../consultations/consultations.css';

/** Anyone may ask, without an account: the answer comes to a private link only they hold. */
export function AskPage() {
  const [sent, setSent] = useState<{ token: string; hours: number } | null>(null);
  if (sent) return <QuestionSent token={sent.token} hours={sent.hours} />;
  return <AskForm onSent={(token, hours) => setSent({ token, hours })} />;
}

function AskForm({ onSent }: { onSent: (token: string, hours: number) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const errorState = useFormErrors();
  const form = useQuery({
    queryKey: ['public-question-form'],
    queryFn: getQuestionForm,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const [draft, setDraft] = useState({ question: '', topic: '' });
  const [answerLanguage, setAnswerLanguage] = useState<string>(language);
  const mutation = useMutation({
    mutationFn: (input: PublicQuestion) => askQuestion(input),
    onSuccess: (result) => onSent(result.token, result.responseTargetHours),
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });

  const labels: Record<string, string> = {
    topic: t('ask.topic'),
    language: t('ask.language'),
    question: t('ask.question'),
    name: t('ask.name'),
    contact: t('ask.contact'),
    consent: t('ask.consent'),
    formToken: t('ask.title'),
  };

  function submit(data: FormData) {
    const values = {
      topic: text(data, 'topic'),
      language: text(data, 'language'),
      question: text(data, 'question'),
    };
    const problems = requireFields(values, ['topic', 'language', 'question'], t('form.required'));
    if (!problems.question && values.question.length < 10) problems.question = t('ask.questionTooShort');
    if (!flag(data, 'consent')) problems.consent = t('ask.consentRequired');
    if (Object.keys(problems).length > 0) {
      errorState.fail({ message: null, fields: problems });
      return;
    }
    errorState.clear();
    mutation.mutate({
      formToken: form.data?.formToken ?? '',
      website: String(data.get('website') ?? ''),
      topic: values.topic as ConsultationTopic,
      language: isLanguage(values.language) ? values.language : language,
      question: values.question,
      name: text(data, 'name'),
      contact: text(data, 'contact'),
      consent: true,
    });
  }

  const organisation = form.data?.organisation?.name;
  return (
    <div className="narrow">
      <PageHeading title={t('ask.title')} />
      <p>{t('ask.intro')}</p>
      <ul>
        <li>{t('ask.point.noAccount')}</li>
        <li>
          {organisation ? (
            <FormattedMessage id="ask.point.whoAnswers" values={{ organisation }} />
          ) : (
            t('ask.point.expertsAnswer')
          )}
        </li>
        <li>{t('ask.point.privateLink')}</li>
      </ul>
      <QueryState query={form}>
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('ask.submit')}
          isPending={mutation.isPending}
          onSubmit={submit}
          onInput={(element) => {
            const data = new FormData(element);
            setDraft({ question: text(data, 'question'), topic: text(data, 'topic') });
          }}
        >
          <RadioGroupInput
            name="topic"
            label={labels.topic ?? ''}
            options={consultationTopics.map((topic) => ({ id: topic, label: t(`topic.${topic}`) }))}
            onChange={(topic) => setDraft((previous) => ({ ...previous, topic }))}
            value={draft.topic || null}
            isRequired
          />
          <RadioGroupInput
            name="language"
            label={labels.language ?? ''}
            description={t('ask.languageHint')}
            orientation="horizontal"
            options={languages.map((code) => ({ id: code, label: languageNames[code], lang: code }))}
            value={answerLanguage}
            onChange={setAnswerLanguage}
            isRequired
          />
          <TextAreaInput name="question" label={labels.question ?? ''} description={t('ask.questionHint')} />
          <Suggestions
            question={draft.question}
            topic={draft.topic}
            language={isLanguage(answerLanguage) ? answerLanguage : (language as Language)}
          />
          <TextInput
            name="name"
            label={labels.name ?? ''}
            description={t('ask.optional')}
            autoComplete="name"
          />
          <TextInput
            name="contact"
            label={labels.contact ?? ''}
            description={t('ask.contactHint')}
            autoComplete="tel"
          />
          {/* A field only robots fill in: hidden from sight, from the keyboard and from screen readers. */}
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="ask-website">{t('ask.honeypot')}</label>
            <input
              id="ask-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <div data-field="consent">
            <p className="field__description" id="ask-privacy">
              {t('ask.privacy')}
            </p>
            <CheckboxInput name="consent" label={labels.consent} />
            {errorState.errors.fields.consent && (
              <p className="field__error">{errorState.errors.fields.consent}</p>
            )}
          </div>
        </FormShell>
      </QueryState>
      <p>
        <Link className="inline-link" to="/sign-in">
          {t('ask.staffSignIn')}
        </Link>
      </p>
    </div>
  );
}

function QuestionSent({ token, hours }: { token: string; hours: number }) {
  const t = useT();
  return (
    <div className="narrow">
      <PageHeading title={t('ask.sent.title')} />
      <p>
        <FormattedMessage id="ask.sent.body" values={{ days: Math.ceil(hours / 24) }} />
      </p>
      <PrivateLink token={token} />
      <p>
        <Link className="button button--primary" to={`/ask/${encodeURIComponent(token)}`}>
          {t('ask.sent.open')}
        </Link>
      </p>
    </div>
  );
}
