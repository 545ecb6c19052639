/**
 * The shared list of skills, in the domain's words; web labels are `employment.skill.<key>` in four languages.
 * A profile may add its own skills in words: the list is a help, not a wall.
 */
export const skills = [
  'computer_basics',
  'office_software',
  'data_entry',
  'customer_service',
  'sales',
  'cooking',
  'baking',
  'sewing',
  'carpentry',
  'gardening',
  'crafts',
  'cleaning',
  'driving',
  'warehouse',
  'accounting',
  'languages',
  'childcare',
  'design',
] as const;
export type Skill = (typeof skills)[number];

/** What a workplace may do so a person with a disability can work there. */
export const accommodations = [
  'accessible_workplace',
  'flexible_hours',
  'sign_language',
  'assistive_technology',
  'job_coach',
  'transport',
  'adapted_tasks',
] as const;
export type Accommodation = (typeof accommodations)[number];

/**
 * Accommodations a vacancy cannot do without when a person needs them: someone who needs a step-free
 * workplace or a sign-language interpreter cannot take a job that offers neither. The others lower the score.
 */
export const essentialAccommodations: readonly Accommodation[] = ['accessible_workplace', 'sign_language'];

/** What the employer's own assessment of its premises asks: what a person with a disability meets there. */
export const premisesFeatures = [
  'stepFreeEntrance',
  'accessibleToilet',
  'lift',
  'accessibleParking',
  'tactileSigns',
  'quietSpace',
] as const;
export type PremisesFeature = (typeof premisesFeatures)[number];

/** Where a job seeker stands, from first meeting to work. */
export const readinessStages = ['exploring', 'training', 'ready', 'working'] as const;
export type ReadinessStage = (typeof readinessStages)[number];

export const educationLevels = ['none', 'primary', 'secondary', 'vocational', 'higher'] as const;
export type EducationLevel = (typeof educationLevels)[number];

export const workHours = ['full_time', 'part_time', 'flexible', 'shifts'] as const;
export type WorkHours = (typeof workHours)[number];

export const sectors = [
  'food',
  'retail',
  'manufacturing',
  'agriculture',
  'services',
  'it',
  'education',
  'health',
  'public',
  'construction',
] as const;
export type Sector = (typeof sectors)[number];

export const vacancyStatuses = ['draft', 'open', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof vacancyStatuses)[number];

export const payCurrencies = ['KGS', 'KZT'] as const;
export type PayCurrency = (typeof payCurrencies)[number];

/**
 * What the representative who consents for a job seeker is to them, in the words of the person registry's
 * relations: a parent or a guardian most often, a spouse, a brother or sister, or a carer.
 */
export const representativeRelations = ['parent', 'guardian', 'spouse', 'sibling', 'carer'] as const;
export type RepresentativeRelation = (typeof representativeRelations)[number];

/** A proposal of a candidate to an employer, and what became of it. */
export const proposalStatuses = ['proposed', 'invited', 'declined', 'hired'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** Who registers for a job fair: the indicator source counts them by this role. */
export const fairRoles = ['job_seeker', 'employer'] as const;
export type FairRole = (typeof fairRoles)[number];

/** What an attendee needs to take part in the fair itself. */
export const fairAccessibilityNeeds = [
  'step_free_access',
  'sign_language',
  'easy_read',
  'large_print',
  'personal_assistant',
  'transport',
  'quiet_room',
] as const;
export type FairAccessibilityNeed = (typeof fairAccessibilityNeeds)[number];

export const interviewOutcomes = [
  'scheduled',
  'no_show',
  'not_suitable',
  'second_interview',
  'offer',
  'hired',
] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

/** Months after the start at which a placement is followed up; retention is counted at each. */
export const followUpMonths = [1, 3, 6] as const;
export type FollowUpMonths = (typeof followUpMonths)[number];

export type FollowUpState = 'done' | 'upcoming' | 'due' | 'overdue' | 'not_needed';

/** Why a person left a job a follow-up found them no longer in. */
export const leavingReasons = [
  'resigned',
  'dismissed',
  'contract_ended',
  'health',
  'workplace_barriers',
  'moved',
  'other',
] as const;
export type LeavingReason = (typeof leavingReasons)[number];

/**
 * Where a placement stands at a follow-up month, for retention: still employed, gone by then (a follow-up found
 * the person no longer employed), or the follow-up was not recorded, which is not counted as lost.
 */
export const retentionStates = ['retained', 'left', 'missing'] as const;
export type RetentionState = (typeof retentionStates)[number];
