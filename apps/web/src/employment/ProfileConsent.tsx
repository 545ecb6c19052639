import { useState } from 'react';
import { flag, text } from '../forms/FormShell';
import { CheckboxInput, SelectInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { type JobProfile, representativeRelations } from './api';

const inForce = (profile: JobProfile | null) =>
  Boolean(profile?.consentGivenOn && !profile.consentWithdrawnOn);

export function useConsentLabels(): Record<string, string> {
  const t = useT();
  return {
    'consent.givenOn': t('employment.profile.consentOn'),
    'consent.givenBy': t('employment.profile.consentBy'),
    'consent.representativeName': t('employment.profile.representativeName'),
    'consent.representativeRelation': t('employment.profile.representativeRelation'),
  };
}

/**
 * Consent to show the profile to employers, and what it opens, said before it is given: who consented (the
 * person, or a parent, guardian or carer, named, with the relation), on which day, and what else employers see.
 */
export function ProfileConsent({ profile }: { profile: JobProfile | null }) {
  const t = useT();
  const labels = useConsentLabels();
  const [given, setGiven] = useState(inForce(profile));
  const [givenBy, setGivenBy] = useState<string | null>(profile?.consentGivenBy ?? 'person');
  return (
    <fieldset className="fieldset">
      <legend>{t('employment.profile.consent')}</legend>
      <div className="notice">
        <p>{t('employment.profile.consentOpens')}</p>
        <p>{t('employment.profile.consentNever')}</p>
      </div>
      <CheckboxInput
        name="consentGiven"
        label={t('employment.profile.consentGiven')}
        isSelected={given}
        onChange={setGiven}
      />
      {given && (
        <>
          <RadioGroupInput
            name="consent.givenBy"
            label={labels['consent.givenBy'] ?? ''}
            options={[
              { id: 'person', label: t('employment.profile.consentBy.person') },
              { id: 'representative', label: t('employment.profile.consentBy.representative') },
            ]}
            value={givenBy}
            onChange={setGivenBy}
            isRequired
          />
          {givenBy === 'representative' && (
            <>
              <TextInput
                name="consent.representativeName"
                label={labels['consent.representativeName'] ?? ''}
                defaultValue={profile?.consentRepresentativeName}
                autoComplete="off"
                isRequired
              />
              <SelectInput
                name="consent.representativeRelation"
                label={labels['consent.representativeRelation'] ?? ''}
                placeholder={t('form.choose')}
                options={representativeRelations.map((r) => ({ id: r, label: t(`relation.${r}`) }))}
                defaultValue={profile?.consentRepresentativeRelation}
                isRequired
              />
            </>
          )}
          <TextInput
            name="consent.givenOn"
            type="date"
            label={labels['consent.givenOn'] ?? ''}
            defaultValue={profile?.consentGivenOn ?? localToday()}
            isRequired
          />
          <CheckboxInput
            name="consent.showContacts"
            label={t('employment.profile.showContacts')}
            defaultSelected={profile?.showContacts}
          />
          <CheckboxInput
            name="consent.showFunctioning"
            label={t('employment.profile.showFunctioning')}
            defaultSelected={profile?.showFunctioning}
          />
        </>
      )}
    </fieldset>
  );
}

/** The consent as the API takes it, or null when none is given; the fields to fill in first, if any. */
export function consentFrom(
  data: FormData,
  required: string,
): { consent: Record<string, unknown> | null; errors: Record<string, string> } {
  if (!flag(data, 'consentGiven')) return { consent: null, errors: {} };
  const givenBy = text(data, 'consent.givenBy');
  const consent = {
    givenOn: text(data, 'consent.givenOn'),
    givenBy,
    representativeName: givenBy === 'representative' ? text(data, 'consent.representativeName') : '',
    representativeRelation:
      givenBy === 'representative' ? text(data, 'consent.representativeRelation') || null : null,
    showContacts: flag(data, 'consent.showContacts'),
    showFunctioning: flag(data, 'consent.showFunctioning'),
  };
  const needed = ['givenOn', 'givenBy'];
  if (givenBy === 'representative') needed.push('representativeName', 'representativeRelation');
  const errors = Object.fromEntries(
    Object.entries(requireFields(consent, needed, required)).map(([name, m]) => [`consent.${name}`, m]),
  );
  return { consent, errors };
}
