import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  accommodations,
  educationLevels,
  type JobProfile,
  jobProfileOf,
  readinessStages,
  saveJobProfile,
  sectors,
  skills,
  workHours,
} from './api';

const all = (data: FormData, name: string) => data.getAll(name).map(String);

/** A person's job-seeker profile: what they can do, wish and need, and their consent to show it to employers. */
export function JobProfilePage() {
  const { id = '' } = useParams();
  const t = useT();
  const file = useQuery({ queryKey: ['employment', 'profile', id], queryFn: () => jobProfileOf(id) });
  return (
    <>
      <PageHeading title={t('employment.profile.title')} />
      <p>
        <Link to={`/persons/${id}`}>{t('employment.profile.back')}</Link>
      </p>
      <QueryState query={file}>
        {file.data && <ProfileForm personId={id} profile={file.data.profile} />}
      </QueryState>
    </>
  );
}

function ProfileForm({ personId, profile }: { personId: string; profile: JobProfile | null }) {
  const t = useT();
  const regions = useRegionOptions();
  const consented = Boolean(profile?.consentGivenOn && !profile.consentWithdrawnOn);
  const [consent, setConsent] = useState(consented);
  const save = useRecordAction(
    [['employment']],
    (body: unknown) => saveJobProfile(personId, body),
    t('employment.profile.saved'),
  );
  const labels = {
    education: t('employment.profile.education'),
    skills: t('employment.profile.skills'),
    otherSkills: t('employment.profile.otherSkills'),
    experience: t('employment.profile.experience'),
    sectors: t('employment.profile.sectors'),
    hours: t('employment.profile.hours'),
    regionId: t('employment.profile.region'),
    accommodationsNeeded: t('employment.profile.accommodations'),
    readiness: t('employment.profile.readiness'),
    consentGivenOn: t('employment.profile.consentOn'),
  };
  const known = new Set<string>(skills);
  return (
    <>
      <p role="status" className="status">
        {save.message}
      </p>
      <FormShell
        errorState={save.errorState}
        labels={labels}
        submitLabel={t('employment.profile.save')}
        isPending={save.mutation.isPending}
        onSubmit={(data) => {
          const values = { education: text(data, 'education'), readiness: text(data, 'readiness') };
          const missing = requireFields(values, ['education', 'readiness'], t('form.required'));
          if (Object.keys(missing).length) return save.errorState.fail({ message: null, fields: missing });
          const own = text(data, 'otherSkills')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          const region = text(data, 'regionId');
          save.mutation.mutate({
            ...values,
            skills: [...new Set([...all(data, 'skills'), ...own])],
            experience: text(data, 'experience'),
            sectors: all(data, 'sectors'),
            hours: all(data, 'hours'),
            regionIds: region ? [region] : [],
            accommodationsNeeded: all(data, 'accommodationsNeeded'),
            consent: consent
              ? {
                  givenOn: text(data, 'consentGivenOn') || localToday(),
                  givenBy: 'person',
                  showContacts: data.get('showContacts') === 'true',
                  showFunctioning: data.get('showFunctioning') === 'true',
                }
              : null,
            version: save.mutation.data ? (save.mutation.data as JobProfile).version : profile?.version,
          });
        }}
      >
        <SelectInput
          name="readiness"
          label={labels.readiness}
          placeholder={t('form.choose')}
          options={readinessStages.map((s) => ({ id: s, label: t(`employment.readiness.${s}`) }))}
          defaultValue={profile?.readiness}
          isRequired
        />
        <SelectInput
          name="education"
          label={labels.education}
          placeholder={t('form.choose')}
          options={educationLevels.map((e) => ({ id: e, label: t(`employment.education.${e}`) }))}
          defaultValue={profile?.education}
          isRequired
        />
        <CheckboxGroupInput
          name="skills"
          label={labels.skills}
          options={skills.map((s) => ({ id: s, label: t(`employment.skill.${s}`) }))}
          defaultValue={profile?.skills.filter((s) => known.has(s))}
        />
        <TextInput
          name="otherSkills"
          label={labels.otherSkills}
          description={t('employment.profile.otherSkillsHint')}
          defaultValue={profile?.skills.filter((s) => !known.has(s)).join(', ')}
        />
        <TextAreaInput name="experience" label={labels.experience} defaultValue={profile?.experience} />
        <CheckboxGroupInput
          name="sectors"
          label={labels.sectors}
          options={sectors.map((s) => ({ id: s, label: t(`employment.sector.${s}`) }))}
          defaultValue={profile?.sectors}
        />
        <CheckboxGroupInput
          name="hours"
          label={labels.hours}
          options={workHours.map((h) => ({ id: h, label: t(`employment.hours.${h}`) }))}
          defaultValue={profile?.hours}
        />
        <SelectInput
          name="regionId"
          label={labels.regionId}
          placeholder={t('form.choose')}
          options={regions.options}
          defaultValue={profile?.regionIds[0]}
        />
        <CheckboxGroupInput
          name="accommodationsNeeded"
          label={labels.accommodationsNeeded}
          options={accommodations.map((a) => ({ id: a, label: t(`employment.accommodation.${a}`) }))}
          defaultValue={profile?.accommodationsNeeded}
        />
        <fieldset className="fieldset">
          <legend>{t('employment.profile.consent')}</legend>
          <p>{t('employment.profile.consentHint')}</p>
          <CheckboxInput
            label={t('employment.profile.consentGiven')}
            isSelected={consent}
            onChange={setConsent}
          />
          {consent && (
            <>
              <TextInput
                name="consentGivenOn"
                type="date"
                label={labels.consentGivenOn}
                defaultValue={profile?.consentGivenOn ?? localToday()}
              />
              <CheckboxInput
                name="showContacts"
                label={t('employment.profile.showContacts')}
                defaultSelected={profile?.showContacts}
              />
              <CheckboxInput
                name="showFunctioning"
                label={t('employment.profile.showFunctioning')}
                defaultSelected={profile?.showFunctioning}
              />
            </>
          )}
        </fieldset>
      </FormShell>
    </>
  );
}
