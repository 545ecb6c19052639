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

/** IATI OrganisationRole codes 1–4, by name: who funds, who is accountable, who extends, who implements. */
export const participantRoles = ['funding', 'accountable', 'extending', 'implementing'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** The levels of a logframe, top down: one goal (impact), outcomes under it, outputs under an outcome. */
export const resultLevels = ['goal', 'outcome', 'output'] as const;
export type ResultLevel = (typeof resultLevels)[number];

/** IATI PolicyMarker code of disability inclusion. */
export const disabilityPolicyMarker = '11';
/** IATI PolicySignificance: 0 not targeted, 1 significant objective, 2 principal objective, 3 principal objective and in support of an action programme, 4 explicit primary objective. */
export const policySignificances = [0, 1, 2, 3, 4] as const;
