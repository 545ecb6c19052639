import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { fullName, localToday, recordAssessment } from './api';
import { usePerson, useRefreshPerson } from './usePerson';

const domains = ['seeing', 'hearing', 'walking', 'cognition', 'selfCare', 'communication'] as const;
const answers = [
  'no_difficulty',
  'some_difficulty',
  'a_lot_of_difficulty',
  'cannot_do_at_all',
  'refused',
  'dont_know',
] as const;

/** The Washington Group Short Set: six questions, read aloud as written, for persons aged 5 and over. */
export function FunctioningPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = usePerson(id);
  const refresh = useRefreshPerson(id);
  const errorState = useFormErrors();
  const labels: Record<string, string> = { assessedOn: t('functioning.assessedOn') };
  for (const domain of domains) labels[`answers.${domain}`] = t(`functioning.question.${domain}`);
  const save = useMutation({
    mutationFn: (input: { answers: Record<string, string>; assessedOn: string }) =>
      recordAssessment(id, 'wg_ss', input.answers, input.assessedOn),
    onSuccess: async (answer) => {
      await refresh();
      navigate(`/persons/${id}`, {
        state: {
          message: t('functioning.saved', {
            outcome: t(`functioning.outcome.${answer.result.functionalDifficulty}`),
          }),
        },
      });
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const name = detail.data ? fullName(detail.data.person) : '';
  return (
    <>
      <PageHeading title={t('functioning.formTitle', { name })} />
      <QueryState query={detail}>
        <p>{t('functioning.intro')}</p>
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('functioning.save')}
          isPending={save.isPending}
          onSubmit={(data) => {
            const given: Record<string, string> = {};
            const problems: Record<string, string> = {};
            for (const domain of domains) {
              const answer = text(data, `answers.${domain}`);
              if (answer) given[domain] = answer;
              else problems[`answers.${domain}`] = t('functioning.answerRequired');
            }
            const assessedOn = text(data, 'assessedOn');
            if (!assessedOn) problems.assessedOn = t('form.required');
            if (Object.keys(problems).length) return errorState.fail({ message: null, fields: problems });
            errorState.clear();
            save.mutate({ answers: given, assessedOn });
          }}
        >
          <TextInput
            name="assessedOn"
            type="date"
            label={labels.assessedOn ?? ''}
            defaultValue={localToday()}
            isRequired
          />
          {domains.map((domain, index) => (
            <RadioGroupInput
              key={domain}
              name={`answers.${domain}`}
              label={`${index + 1}. ${labels[`answers.${domain}`]}`}
              options={answers.map((answer) => ({ id: answer, label: t(`functioning.answer.${answer}`) }))}
              isRequired
            />
          ))}
        </FormShell>
        <p>
          <Link to={`/persons/${id}`}>{t('common.back', { name })}</Link>
        </p>
      </QueryState>
    </>
  );
}
