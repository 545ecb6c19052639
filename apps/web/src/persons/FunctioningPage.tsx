import { instrumentsForAge } from '@birge/domain/functioning/assessment';
import { childFunctioning2to4Questions } from '@birge/domain/functioning/child-2-to-4';
import { childFunctioning5to17Questions } from '@birge/domain/functioning/child-5-to-17';
import { type FunctioningQuestion, isAsked } from '@birge/domain/functioning/questions';
import { type AnyAnswer, answerScales, missingAnswers } from '@birge/domain/functioning/scales';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { type Assessment, ageOf, type FullPerson, fullName, localToday, recordAssessment } from './api';
import { usePerson, useRefreshPerson } from './usePerson';

type Instrument = Assessment['instrument'];
type Answers = Record<string, AnyAnswer>;

/** The Washington Group Short Set, for persons aged 5 and over: one question per domain. */
const shortSetQuestions: readonly FunctioningQuestion[] = [
  'seeing',
  'hearing',
  'walking',
  'cognition',
  'selfCare',
  'communication',
].map((domain) => ({ id: domain, domain, scale: 'difficulty' }));

/** Each instrument's questions in questionnaire order, with the skip logic the server checks. */
const questionsOf: Record<Instrument, readonly FunctioningQuestion[]> = {
  wg_ss: shortSetQuestions,
  cfm_2_4: childFunctioning2to4Questions,
  cfm_5_17: childFunctioning5to17Questions,
};

/** The instruments to offer, preferred first; without a known age, the short set as before. */
function instrumentsFor(person: FullPerson['person']): readonly Instrument[] {
  const age = ageOf(person);
  if (age === null || age < 0) return ['wg_ss'];
  return instrumentsForAge(age);
}

/** Drops answers to questions that an earlier changed answer now skips, until nothing more changes. */
function withoutSkipped(questions: readonly FunctioningQuestion[], answers: Answers): Answers {
  let current = answers;
  for (;;) {
    const kept = Object.fromEntries(
      Object.entries(current).filter(([id]) => {
        const question = questions.find((q) => q.id === id);
        return question !== undefined && isAsked(question, current);
      }),
    );
    if (Object.keys(kept).length === Object.keys(current).length) return kept;
    current = kept;
  }
}

/**
 * The functioning questions for a person's age: the Child Functioning Module for children of 2–17 (the
 * mother or carer answers), the Washington Group Short Set from 5 years. Only the questions the earlier
 * answers lead to are shown; the server scores the answers.
 */
export function FunctioningPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const name = detail.data ? fullName(detail.data.person) : '';
  return (
    <>
      <PageHeading title={t('functioning.formTitle', { name })} />
      <QueryState query={detail}>
        {detail.data?.access === 'full' && <Questionnaire person={detail.data.person} />}
        <p>
          <Link to={`/persons/${id}`}>{t('common.back', { name })}</Link>
        </p>
      </QueryState>
    </>
  );
}

function Questionnaire({ person }: { person: FullPerson['person'] }) {
  const t = useT();
  const offered = instrumentsFor(person);
  const [instrument, setInstrument] = useState<Instrument | undefined>(offered[0]);
  if (!instrument) return <p>{t('functioning.tooYoung')}</p>;
  return (
    <>
      {offered.length > 1 && (
        <RadioGroupInput
          name="instrument"
          label={t('functioning.instrumentChoice')}
          options={offered.map((option, index) => ({
            id: option,
            label:
              index === 0
                ? t('functioning.preferred', { instrument: t(`functioning.instrument.${option}`) })
                : t(`functioning.instrument.${option}`),
          }))}
          value={instrument}
          onChange={(value) => setInstrument(value as Instrument)}
        />
      )}
      <AnswersForm key={instrument} person={person} instrument={instrument} />
    </>
  );
}

function AnswersForm({ person, instrument }: { person: FullPerson['person']; instrument: Instrument }) {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshPerson(person.id);
  const errorState = useFormErrors();
  const [answers, setAnswers] = useState<Answers>({});
  const questions = questionsOf[instrument];
  const shown = questions.filter((question) => isAsked(question, answers));
  const child = instrument !== 'wg_ss';
  const questionText = (question: FunctioningQuestion) =>
    child
      ? t(`functioning.${instrument}.${question.id}`, { name: person.givenName || fullName(person) })
      : t(`functioning.question.${question.id}`);
  const labels: Record<string, string> = { assessedOn: t('functioning.assessedOn') };
  for (const question of questions) labels[`answers.${question.id}`] = questionText(question);
  const save = useMutation({
    mutationFn: (input: { answers: Answers; assessedOn: string }) =>
      recordAssessment(person.id, instrument, input.answers, input.assessedOn),
    onSuccess: async (answer) => {
      await refresh();
      const outcome = t(`functioning.outcome.${answer.result.functionalDifficulty}`);
      const domains = answer.result.domainsAtCutOff.map((domain) => t(`functioning.domain.${domain}`));
      navigate(`/persons/${person.id}`, {
        state: {
          message: domains.length
            ? t('functioning.savedWithDomains', { outcome, domains: domains.join(', ') })
            : t('functioning.saved', { outcome }),
        },
      });
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <>
      <p>{t(child ? 'functioning.introChild' : 'functioning.intro')}</p>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('functioning.save')}
        isPending={save.isPending}
        onSubmit={(data) => {
          const problems: Record<string, string> = {};
          for (const question of shown) {
            if (!answers[question.id]) problems[`answers.${question.id}`] = t('functioning.answerRequired');
          }
          const assessedOn = text(data, 'assessedOn');
          if (!assessedOn) problems.assessedOn = t('form.required');
          if (Object.keys(problems).length) return errorState.fail({ message: null, fields: problems });
          errorState.clear();
          save.mutate({ answers: withoutSkipped(questions, answers), assessedOn });
        }}
      >
        <TextInput
          name="assessedOn"
          type="date"
          label={labels.assessedOn ?? ''}
          defaultValue={localToday()}
          isRequired
        />
        {shown.map((question, index) => (
          <RadioGroupInput
            key={question.id}
            name={`answers.${question.id}`}
            label={`${index + 1}. ${labels[`answers.${question.id}`]}`}
            options={[...answerScales[question.scale], ...missingAnswers].map((answer) => ({
              id: answer,
              label: t(`functioning.answer.${answer}`),
            }))}
            value={answers[question.id] ?? null}
            onChange={(value) =>
              setAnswers((previous) =>
                withoutSkipped(questions, { ...previous, [question.id]: value as AnyAnswer }),
              )
            }
            isRequired
          />
        ))}
      </FormShell>
    </>
  );
}
