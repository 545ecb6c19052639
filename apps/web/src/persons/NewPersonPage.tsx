import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useSignedInSession, workingMemberships } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { type DuplicateCandidate, type Registration, registerPerson } from './api';
import { ConsentFields, useConsentLabels } from './ConsentFields';
import { DuplicateList, DuplicateWarning, useDuplicateCheck } from './DuplicateCandidates';
import { PersonFormFields, usePersonLabels } from './PersonFormFields';
import { checkConsent, checkPersonFields, consentOf, personFieldsOf, probeOf } from './personForm';

const consentPrefix = 'registrationConsent';

function candidatesOf(error: unknown): DuplicateCandidate[] | null {
  if (!(error instanceof ApiError) || error.code !== 'persons.possibleDuplicates') return null;
  const details = error.details as { candidates?: DuplicateCandidate[] } | undefined;
  return details?.candidates ?? [];
}

export function NewPersonPage() {
  const t = useT();
  const navigate = useNavigate();
  const session = useSignedInSession();
  const organisations = workingMemberships(session);
  const errorState = useFormErrors();
  const duplicates = useDuplicateCheck();
  const [refused, setRefused] = useState<{
    registration: Registration;
    candidates: DuplicateCandidate[];
  } | null>(null);
  const refusedHeading = useRef<HTMLHeadingElement>(null);
  const labels = {
    ...usePersonLabels(),
    ...useConsentLabels(consentPrefix),
    ownerOrganisationId: t('person.field.ownerOrganisation'),
  };
  const register = useMutation({
    mutationFn: registerPerson,
    onSuccess: (person) => navigate(`/persons/${person.id}`, { state: { message: t('person.registered') } }),
    onError: (error, registration) => {
      const candidates = candidatesOf(error);
      if (candidates) {
        setRefused({ registration, candidates });
        requestAnimationFrame(() => refusedHeading.current?.focus());
        return;
      }
      errorState.failWith(error, t('form.unexpectedError'));
    },
  });

  function submit(data: FormData) {
    const fields = personFieldsOf(data);
    const problems = {
      ...checkPersonFields(fields, text(data, 'sex') !== '', {
        required: t('form.required'),
        year: t('person.form.badYear'),
      }),
      ...checkConsent(data, consentPrefix, t('form.required')),
    };
    const ownerOrganisationId = text(data, 'ownerOrganisationId');
    if (!ownerOrganisationId) problems.ownerOrganisationId = t('form.required');
    if (Object.keys(problems).length > 0) {
      errorState.fail({ message: null, fields: problems });
      return;
    }
    errorState.clear();
    setRefused(null);
    register.mutate({
      ...fields,
      ownerOrganisationId,
      registrationConsent: consentOf(data, consentPrefix),
      confirmedNotDuplicate: false,
    });
  }

  return (
    <>
      <PageHeading title={t('person.new.title')} />
      <p>{t('person.new.intro')}</p>
      {refused && (
        <section className="notice notice--warning" aria-labelledby="refused-heading">
          <h2 id="refused-heading" ref={refusedHeading} tabIndex={-1}>
            {t('duplicates.title', { count: refused.candidates.length })}
          </h2>
          <p>{t('duplicates.refusedIntro')}</p>
          <DuplicateList candidates={refused.candidates} />
          <Button
            className="button button--primary"
            isPending={register.isPending}
            onPress={() => register.mutate({ ...refused.registration, confirmedNotDuplicate: true })}
          >
            {t('duplicates.registerAnyway')}
          </Button>
        </section>
      )}
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('person.new.submit')}
        isPending={register.isPending}
        onSubmit={submit}
        onInput={(form) => duplicates.check(probeOf(new FormData(form)))}
      >
        <SelectInput
          name="ownerOrganisationId"
          label={labels.ownerOrganisationId}
          placeholder={t('form.choose')}
          options={organisations.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
          defaultValue={organisations[0]?.organisationId}
          isRequired
        />
        <PersonFormFields />
        <DuplicateWarning candidates={duplicates.candidates} />
        <ConsentFields prefix={consentPrefix} legend={t('consent.registrationLegend')} childHint />
      </FormShell>
    </>
  );
}
