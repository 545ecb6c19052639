// The words of a case file, without schemas: the web app shares them without loading zod.
export const needLevels = ['none', 'low', 'medium', 'high'] as const;
export const noteKinds = ['follow_up', 'visit', 'call', 'note'] as const;
export const serviceTypes = [
  'rehabilitation',
  'medical',
  'psychological',
  'legal_aid',
  'benefits_application',
  'education_support',
  'inclusive_education',
  'vocational_training',
  'job_placement',
  'family_support',
  'day_care',
  'assistive_device',
  'home_visit',
  'other',
] as const;
