/** Skills volunteers and experts bring, shared so a coordinator can find them; free entries are allowed too. */
export const volunteerSkills = [
  'teaching',
  'sign_language',
  'legal',
  'psychology',
  'social_work',
  'medical',
  'rehabilitation',
  'it',
  'translation',
  'driving',
  'events',
  'crafts',
] as const;
export type VolunteerSkill = (typeof volunteerSkills)[number];

/** The languages a volunteer may speak with the people they help; more than the four of the interface. */
export const spokenLanguages = ['ky', 'kk', 'ru', 'en', 'uz', 'dng'] as const;
export type SpokenLanguage = (typeof spokenLanguages)[number];

export const volunteerAvailabilities = ['weekdays', 'evenings', 'weekends', 'occasionally'] as const;
export type VolunteerAvailability = (typeof volunteerAvailabilities)[number];

export const volunteerStatuses = ['active', 'inactive'] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];
