// The kinds of organisation, without schemas: the web app shares them without loading zod.
export const organisationTypes = [
  'ngo',
  'parent_group',
  'local_action_group',
  'resource_group',
  'information_centre',
  'university',
  'authority',
  'employer',
  'residential_institution',
  'health_facility',
  'school',
  'training_workshop',
  'donor',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];
