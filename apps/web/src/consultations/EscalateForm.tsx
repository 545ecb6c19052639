import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { ConsentFields, useConsentLabels } from '../persons/ConsentFields';
import { PersonPicker } from '../persons/PersonPicker';
import { type Consultation, type EscalationConsent, type EscalationPerson, escalate } from './api';

type Who = 'existing' | 'new';

/**
 * When a question needs more than an answer: the person, found or registered with their consent, gets a case
 * at the organisation. The case page belongs to case management; this form only links to it.
 */
export function EscalateForm({ consultation }: { consultation: Consultation }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [who, setWho] = useState<Who>('existing');
  const [opened, setOpened] = useState<string | null>(null);
  const consentLabels = useConsentLabels('consent');
  const mutation = useMutation({
    mutationFn: (input: {
      personId?: string;
      person?: EscalationPerson;
      consent: EscalationConsent;
      summary: string;
    }) => escalate(consultation.id, { ...input, version: consultation.version }),
    onSuccess: async (result) => {
      setOpened(result.caseId);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['consultation', consultation.id] }),
        queryClient.invalidateQueries({ queryKey: ['consultations'] }),
      ]);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });

  if (opened) {
    return (
      <div className="notice" role="status">
        <p>{t('desk.escalate.done')}</p>
        <p>
          <Link className="button button--primary" to={`/cases/${opened}`}>
            {t('desk.openCase')}
          </Link>
        </p>
      </div>
    );
  }

  const labels: Record<string, string> = {
    personId: t('desk.escalate.person'),
    'person.familyName': t('desk.escalate.familyName'),
    'person.givenName': t('desk.escalate.givenName'),
    'person.patronymic': t('desk.escalate.patronymic'),
    'person.sex': t('desk.escalate.sex'),
    'person.birthYear': t('desk.escalate.birthYear'),
    'person.phones': t('desk.escalate.phone'),
    summary: t('desk.escalate.summary'),
    ...consentLabels,
  };

  function submit(data: FormData) {
    const required = t('form.required');
    const problems: Record<string, string> = {};
    const consent: EscalationConsent = {
      givenBy: text(data, 'consent.givenBy') === 'representative' ? 'representative' : 'person',
      representativeName: text(data, 'consent.representativeName'),
      method:
        (['paper', 'verbal', 'digital'] as const).find((m) => m === text(data, 'consent.method')) ?? 'paper',
      givenOn: text(data, 'consent.givenOn'),
    };
    for (const name of ['consent.givenBy', 'consent.method', 'consent.givenOn']) {
      if (!text(data, name)) problems[name] = required;
    }
    if (consent.givenBy === 'representative' && !consent.representativeName)
      problems['consent.representativeName'] = required;
    const summary = text(data, 'summary');
    if (who === 'existing') {
      const personId = text(data, 'personId');
      if (!personId) problems.personId = t('desk.escalate.pickPerson');
      if (Object.keys(problems).length > 0) return errorState.fail({ message: null, fields: problems });
      errorState.clear();
      mutation.mutate({ personId, consent, summary });
      return;
    }
    const yearText = text(data, 'person.birthYear');
    const year = yearText ? Number(yearText) : null;
    const phone = text(data, 'person.phones');
    const person: EscalationPerson = {
      familyName: text(data, 'person.familyName'),
      givenName: text(data, 'person.givenName'),
      patronymic: text(data, 'person.patronymic'),
      sex: text(data, 'person.sex') === 'male' ? 'male' : 'female',
      birthYear: year,
      phones: phone ? [phone] : [],
    };
    if (!person.familyName) problems['person.familyName'] = required;
    if (!person.givenName) problems['person.givenName'] = required;
    if (!text(data, 'person.sex')) problems['person.sex'] = required;
    if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100))
      problems['person.birthYear'] = t('desk.escalate.badYear');
    if (Object.keys(problems).length > 0) return errorState.fail({ message: null, fields: problems });
    errorState.clear();
    mutation.mutate({ person, consent, summary });
  }

  return (
    <>
      <p>{t('desk.escalate.intro')}</p>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('desk.escalate.submit')}
        isPending={mutation.isPending}
        onSubmit={submit}
      >
        <RadioGroupInput
          name="who"
          label={t('desk.escalate.who')}
          options={[
            { id: 'existing', label: t('desk.escalate.who.existing') },
            { id: 'new', label: t('desk.escalate.who.new') },
          ]}
          value={who}
          onChange={(value) => setWho(value === 'new' ? 'new' : 'existing')}
        />
        {who === 'existing' ? (
          <PersonPicker name="personId" label={labels.personId ?? ''} />
        ) : (
          <fieldset className="fieldset">
            <legend>{t('desk.escalate.newPerson')}</legend>
            <TextInput
              name="person.familyName"
              label={labels['person.familyName'] ?? ''}
              isRequired
              autoComplete="off"
            />
            <TextInput
              name="person.givenName"
              label={labels['person.givenName'] ?? ''}
              isRequired
              autoComplete="off"
            />
            <TextInput
              name="person.patronymic"
              label={labels['person.patronymic'] ?? ''}
              autoComplete="off"
            />
            <RadioGroupInput
              name="person.sex"
              label={labels['person.sex'] ?? ''}
              orientation="horizontal"
              options={[
                { id: 'female', label: t('desk.escalate.sex.female') },
                { id: 'male', label: t('desk.escalate.sex.male') },
              ]}
              isRequired
            />
            <TextInput
              name="person.birthYear"
              label={labels['person.birthYear'] ?? ''}
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
            />
            <TextInput
              name="person.phones"
              type="tel"
              label={labels['person.phones'] ?? ''}
              autoComplete="off"
            />
          </fieldset>
        )}
        <ConsentFields prefix="consent" legend={t('desk.escalate.consent')} />
        <TextAreaInput
          name="summary"
          label={labels.summary ?? ''}
          description={t('desk.escalate.summaryHint')}
        />
      </FormShell>
    </>
  );
}
