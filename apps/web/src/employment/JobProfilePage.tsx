import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextAreaInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
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
  workHours,
} from './api';
import { skillsFrom } from './formValues';
import { consentFrom, ProfileConsent, useConsentLabels } from './ProfileConsent';
import { SeekerFunctioning } from './SeekerFunctioning';
import { SkillFields } from './SkillFields';

const all = (data: FormData, name: string) => data.getAll(name).map(String);
/** The API keeps up to this many regions a person can travel to. */
const mostRegions = 20;

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
  const save = useRecordAction(
    [['employment']],
    (body: unknown) => saveJobProfile(personId, body),
    t('employment.profile.saved'),
  );
  const labels = {
    education: t('employment.profile.education'),
    educationNote: t('employment.profile.educationNote'),
    skills: t('employment.profile.skills'),
    otherSkills: t('employment.profile.otherSkills'),
    experience: t('employment.profile.experience'),
    sectors: t('employment.profile.sectors'),
    hours: t('employment.profile.hours'),
    regionIds: t('employment.profile.regions'),
    accommodationsNeeded: t('employment.profile.accommodations'),
    readiness: t('employment.profile.readiness'),
    ...useConsentLabels(),
  };
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
          const regionIds = all(data, 'regionIds');
          const { consent, errors } = consentFrom(data, t('form.required'));
          const missing = {
            ...requireFields(values, ['education', 'readiness'], t('form.required')),
            ...(regionIds.length > mostRegions
              ? { regionIds: t('employment.profile.tooManyRegions', { most: mostRegions }) }
              : {}),
            ...errors,
          };
          if (Object.keys(missing).length) return save.errorState.fail({ message: null, fields: missing });
          save.mutation.mutate({
            ...values,
            educationNote: text(data, 'educationNote'),
            skills: skillsFrom(data),
            experience: text(data, 'experience'),
            sectors: all(data, 'sectors'),
            hours: all(data, 'hours'),
            regionIds,
            accommodationsNeeded: all(data, 'accommodationsNeeded'),
            consent,
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
        <TextAreaInput
          name="educationNote"
          label={labels.educationNote}
          description={t('employment.profile.educationNoteHint')}
          defaultValue={profile?.educationNote}
        />
        <SkillFields label={labels.skills} chosen={profile?.skills} />
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
        {regions.options.length > 0 && (
          <CheckboxGroupInput
            name="regionIds"
            label={labels.regionIds}
            description={t('employment.profile.regionsHint', { most: mostRegions })}
            options={regions.options}
            defaultValue={profile?.regionIds}
          />
        )}
        <fieldset className="fieldset">
          <legend>{t('employment.profile.needs')}</legend>
          <SeekerFunctioning personId={personId} />
          <CheckboxGroupInput
            name="accommodationsNeeded"
            label={labels.accommodationsNeeded}
            description={t('employment.profile.accommodationsHint')}
            options={accommodations.map((a) => ({ id: a, label: t(`employment.accommodation.${a}`) }))}
            defaultValue={profile?.accommodationsNeeded}
          />
        </fieldset>
        <ProfileConsent profile={profile} />
      </FormShell>
    </>
  );
}
