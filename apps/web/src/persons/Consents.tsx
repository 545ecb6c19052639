import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { FormShell, text } from '../forms/FormShell';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { type Consent, type FullPerson, localToday, recordConsent, withdrawConsent } from './api';
import { ConsentFields, useConsentLabels } from './ConsentFields';
import { checkConsent, consentOf } from './personForm';
import { useRefreshPerson } from './usePerson';

const purposes = ['registration', 'sharing', 'photos', 'reports'] as const;

/** A consent form: for sharing it names the organisation; reused by the referral form when consent is missing. */
export function RecordConsentForm({
  personId,
  sharingWith,
  onRecorded,
}: {
  personId: string;
  sharingWith?: string;
  onRecorded: () => void;
}) {
  const t = useT();
  const errorState = useFormErrors();
  const [purpose, setPurpose] = useState<string | null>(sharingWith ? 'sharing' : null);
  const labels = {
    ...useConsentLabels('consent'),
    purpose: t('consent.purpose'),
    sharedWithOrganisationId: t('consent.sharedWith'),
  };
  const save = useMutation({
    mutationFn: (input: Parameters<typeof recordConsent>[1]) => recordConsent(personId, input),
    onSuccess: onRecorded,
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <FormShell
      errorState={errorState}
      labels={labels}
      submitLabel={t('consent.record')}
      isPending={save.isPending}
      onSubmit={(data) => {
        const chosen = (sharingWith ? 'sharing' : text(data, 'purpose')) as Consent['purpose'];
        const organisation = sharingWith ?? text(data, 'sharedWithOrganisationId');
        const problems = checkConsent(data, 'consent', t('form.required'));
        if (!chosen) problems.purpose = t('form.required');
        if (chosen === 'sharing' && !organisation) problems.sharedWithOrganisationId = t('form.required');
        if (Object.keys(problems).length) return errorState.fail({ message: null, fields: problems });
        errorState.clear();
        save.mutate({
          ...consentOf(data, 'consent'),
          purpose: chosen,
          sharedWithOrganisationId: chosen === 'sharing' ? organisation : null,
        });
      }}
    >
      {sharingWith ? (
        <p>
          {t('consent.sharingWith')}{' '}
          <strong>
            <OrganisationName id={sharingWith} />
          </strong>
        </p>
      ) : (
        <>
          <RadioGroupInput
            name="purpose"
            label={labels.purpose}
            options={purposes.map((p) => ({ id: p, label: t(`consent.purpose.${p}`) }))}
            value={purpose}
            onChange={setPurpose}
            isRequired
          />
          {purpose === 'sharing' && (
            <OrganisationPicker
              name="sharedWithOrganisationId"
              label={labels.sharedWithOrganisationId}
              isRequired
            />
          )}
        </>
      )}
      <ConsentFields prefix="consent" legend={t('consent.who')} />
    </FormShell>
  );
}

export function Consents({ detail }: { detail: FullPerson }) {
  const t = useT();
  const id = detail.person.id;
  const refresh = useRefreshPerson(id);
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);
  const withdraw = useMutation({
    mutationFn: (consent: Consent) => withdrawConsent(id, consent, localToday()),
    onSuccess: async () => {
      await refresh();
      setMessage(t('consent.withdrawn'));
    },
    onError: (error) => setMessage(error.message || t('form.unexpectedError')),
  });
  return (
    <>
      <ul className="card-list">
        {detail.consents.map((consent) => (
          <li key={consent.id} className="card card--row">
            <div>
              <strong>{t(`consent.purpose.${consent.purpose}`)}</strong>
              {consent.sharedWithOrganisationId && (
                <>
                  {' — '}
                  <OrganisationName id={consent.sharedWithOrganisationId} />
                </>
              )}
              <p>
                {t(`consent.givenBy.${consent.givenBy}`)}
                {consent.representativeName && ` (${consent.representativeName})`} ·{' '}
                {t(`consent.method.${consent.method}`)} ·{' '}
                <FormattedDate value={consent.givenOn} dateStyle="medium" timeZone="UTC" />
              </p>
              {consent.withdrawnOn && (
                <p>
                  <span className="tag">{t('consent.withdrawnOn')}</span>{' '}
                  <FormattedDate value={consent.withdrawnOn} dateStyle="medium" timeZone="UTC" />
                </p>
              )}
            </div>
            {!consent.withdrawnOn && detail.abilities.update && (
              <Button
                className="button button--danger"
                isPending={withdraw.isPending}
                onPress={() => withdraw.mutate(consent)}
              >
                {t('consent.withdraw', { purpose: t(`consent.purpose.${consent.purpose}`) })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <p role="status" className="status">
        {message}
      </p>
      {detail.abilities.update && (
        <details className="subform">
          <summary>{t('consent.record')}</summary>
          <RecordConsentForm
            key={formKey}
            personId={id}
            onRecorded={async () => {
              await refresh();
              setFormKey((key) => key + 1);
              setMessage(t('consent.recorded'));
            }}
          />
        </details>
      )}
    </>
  );
}
