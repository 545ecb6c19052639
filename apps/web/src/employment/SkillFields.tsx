import { CheckboxGroupInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { skills } from './api';

const known = new Set<string>(skills);

/**
 * Skills from the shared list, and others in the writer's own words: a profile's or a vacancy's. The list is a
 * help, not a wall; words match words in the other record.
 */
export function SkillFields({ label, chosen = [] }: { label: string; chosen?: string[] }) {
  const t = useT();
  return (
    <>
      <CheckboxGroupInput
        name="skills"
        label={label}
        options={skills.map((s) => ({ id: s, label: t(`employment.skill.${s}`) }))}
        defaultValue={chosen.filter((s) => known.has(s))}
      />
      <TextInput
        name="otherSkills"
        label={t('employment.profile.otherSkills')}
        description={t('employment.profile.otherSkillsHint')}
        defaultValue={chosen.filter((s) => !known.has(s)).join(', ')}
      />
    </>
  );
}
