// The words of programmes and activities, without schemas: the web app shares them without loading zod.

/** IATI ActivityStatus codes 1–5, by name. */
export const programmeStatuses = [
  'pipeline',
  'implementation',
  'finalisation',
  'closed',
  'cancelled',
] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

export const activityTypes = [
  'training',
  'workshop',
  'forum',
  'job_fair',
  'online_seminar',
  'information_session',
  'campaign',
  'podcast_episode',
  'social_study',
  'round_table',
] as const;
export type ActivityType = (typeof activityTypes)[number];
