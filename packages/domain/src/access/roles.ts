export const roles = [
  'administrator',
  'coordinator',
  'case_worker',
  'expert',
  'monitor',
  'grants_manager',
  'network_secretariat',
  'viewer',
] as const;
export type Role = (typeof roles)[number];
