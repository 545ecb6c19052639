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
] as const;
/** `child_protection` is held beside a working role: it opens children's records to it. */
export type Role = (typeof roles)[number];
