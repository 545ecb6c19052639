export const roles = [
  'administrator',
  'coordinator',
  'case_worker',
  'expert',
  'monitor',
  'grants_manager',
  'network_secretariat',
  'viewer',
  'child_protection',
  'employer',
] as const;
/**
 * `employer` is the staff of an employer organisation: its own vacancies, and job seekers only as their consent
 * shows them. `child_protection` is held beside a working role: it opens children's records to it.
 */
export type Role = (typeof roles)[number];
