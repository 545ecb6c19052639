/**
 * The kinds of case an organisation runs. A kind is data, not a branch in the workflow: every kind follows
 * the same stages, so adding one is adding a word here and its translations.
 */
export const caseKinds = [
  'disability_support',
  'child_protection',
  'employment_support',
  'deinstitutionalisation',
] as const;
export type CaseKind = (typeof caseKinds)[number];

/** The kinds of case that are a child-protection record: opening one puts the person under child protection. */
export const childProtectionCaseKinds: readonly CaseKind[] = ['child_protection', 'deinstitutionalisation'];

export function isChildProtectionCase(kind: string): boolean {
  return (childProtectionCaseKinds as readonly string[]).includes(kind);
}

/** The areas of a person's life a needs assessment looks at, each becoming goals in the plan. */
export const needDomains = [
  'health_rehabilitation',
  'education',
  'family',
  'income_benefits',
  'housing',
  'legal',
  'social_participation',
  'employment',
] as const;
export type NeedDomain = (typeof needDomains)[number];
