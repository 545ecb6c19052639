// The words of the person registry, without schemas: the web app shares them without loading zod.
export const sexes = ['female', 'male'] as const;
export const disabilityStatuses = [
  'none',
  'group_1',
  'group_2',
  'group_3',
  'child_with_disabilities',
] as const;
export const personTags = [
  'child',
  'youth',
  'parent',
  'trainee',
  'volunteer',
  'facilitator',
  'job_seeker',
] as const;
export const personRelations = [
  'parent',
  'child',
  'guardian',
  'ward',
  'sibling',
  'spouse',
  'carer',
  'cared_for',
] as const;

/** The relation seen from the other person: a parent's child, a guardian's ward. */
export const inverseRelation: Record<(typeof personRelations)[number], (typeof personRelations)[number]> = {
  parent: 'child',
  child: 'parent',
  guardian: 'ward',
  ward: 'guardian',
  sibling: 'sibling',
  spouse: 'spouse',
  carer: 'cared_for',
  cared_for: 'carer',
};

/** The parts of a person's record a referral may carry; identity is always shared with a referral. */
export const shareableParts = ['identity', 'contacts', 'disability', 'functioning', 'case_summary'] as const;
export type ShareablePart = (typeof shareableParts)[number];
