import { useT } from '../i18n/useT';
import { volunteerSkills } from './api';

/** A skill of the shared list in the reader's language; one written in the coordinator's words as written. */
export function useSkillName() {
  const t = useT();
  return (skill: string) =>
    (volunteerSkills as readonly string[]).includes(skill) ? t(`volunteers.skill.${skill}`) : skill;
}
