import { text } from '../forms/FormShell';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { spokenLanguages, type Volunteer, volunteerAvailabilities, volunteerSkills } from './api';

const listed = (skill: string) => (volunteerSkills as readonly string[]).includes(skill);

type RosterEntry = Pick<Volunteer, 'skills' | 'languages' | 'expert' | 'expertise' | 'availability'>;

export function useRosterLabels() {
  const t = useT();
  return {
    skills: t('volunteers.skills'),
    otherSkills: t('volunteers.otherSkills'),
    languages: t('volunteers.languages'),
    expertise: t('volunteers.expertise'),
    availability: t('volunteers.availability'),
  };
}

/** The roster entry as the API takes it: listed skills and free ones, and the area only for an expert. */
export function rosterEntryOf(data: FormData, expert: boolean) {
  const others = text(data, 'otherSkills')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    skills: [...data.getAll('skills').map(String), ...others],
    languages: data.getAll('languages').map(String),
    expert,
    expertise: expert ? text(data, 'expertise') : '',
    availability: text(data, 'availability') || 'occasionally',
  };
}

/** What a volunteer offers, the same when joining the roster and when the entry changes. */
export function RosterFields({
  entry,
  expert,
  onExpertChange,
}: {
  entry?: RosterEntry;
  expert: boolean;
  onExpertChange: (expert: boolean) => void;
}) {
  const t = useT();
  const labels = useRosterLabels();
  return (
    <>
      <CheckboxGroupInput
        name="skills"
        label={labels.skills}
        options={volunteerSkills.map((s) => ({ id: s, label: t(`volunteers.skill.${s}`) }))}
        defaultValue={entry?.skills.filter(listed)}
      />
      <TextInput
        name="otherSkills"
        label={labels.otherSkills}
        description={t('volunteers.otherSkillsHint')}
        defaultValue={entry?.skills.filter((s) => !listed(s)).join(', ')}
      />
      <CheckboxGroupInput
        name="languages"
        label={labels.languages}
        options={spokenLanguages.map((l) => ({ id: l, label: t(`volunteers.language.${l}`) }))}
        defaultValue={entry?.languages}
      />
      <CheckboxInput
        name="expert"
        label={t('volunteers.isExpert')}
        isSelected={expert}
        onChange={onExpertChange}
      />
      {expert && (
        <TextInput name="expertise" label={labels.expertise} defaultValue={entry?.expertise} isRequired />
      )}
      <SelectInput
        name="availability"
        label={labels.availability}
        placeholder={t('form.choose')}
        options={volunteerAvailabilities.map((a) => ({ id: a, label: t(`volunteers.availability.${a}`) }))}
        defaultValue={entry?.availability ?? 'occasionally'}
      />
    </>
  );
}
