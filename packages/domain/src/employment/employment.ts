import { z } from 'zod';
import {
  accommodations,
  educationLevels,
  fairAccessibilityNeeds,
  fairRoles,
  followUpMonths,
  interviewOutcomes,
  leavingReasons,
  type PremisesFeature,
  payCurrencies,
  premisesFeatures,
  proposalStatuses,
  readinessStages,
  representativeRelations,
  sectors,
  vacancyStatuses,
  workHours,
} from './vocabulary';

const version = z.number().int().positive();
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const unique = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, { message: 'each item once' })
    .default([]);
/** A skill from the shared list (`baking`) or in the person's own words. */
const skill = text(80);

/** A page of a list: continue after the cursor the last page gave. */
const pageFields = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

/**
 * Consent to show the profile to employers: given on a day, by whom, and which parts beyond the profile. A
 * representative who consents for the person is named, with what they are to the person.
 */
const employerConsentSchema = z
  .object({
    givenOn: isoDate,
    givenBy: z.enum(['person', 'representative']),
    representativeName: optionalText(200),
    representativeRelation: z.enum(representativeRelations).nullable().default(null),
    showContacts: z.boolean().default(false),
    showFunctioning: z.boolean().default(false),
  })
  .refine((c) => c.givenBy !== 'representative' || c.representativeName.length > 0, {
    path: ['representativeName'],
    message: 'required',
  })
  .refine((c) => c.givenBy !== 'representative' || c.representativeRelation !== null, {
    path: ['representativeRelation'],
    message: 'required',
  });

export const jobProfileSchema = z.object({
  education: z.enum(educationLevels),
  educationNote: optionalText(500),
  skills: unique(skill, 40),
  experience: optionalText(2000),
  sectors: unique(z.enum(sectors), sectors.length),
  hours: unique(z.enum(workHours), workHours.length),
  regionIds: unique(z.uuid(), 20),
  accommodationsNeeded: unique(z.enum(accommodations), accommodations.length),
  readiness: z.enum(readinessStages),
  consent: employerConsentSchema.nullable().default(null),
  /** The profile's version when changing it; absent when writing it the first time. */
  version: version.optional(),
});
export type JobProfileInput = z.infer<typeof jobProfileSchema>;

export const jobSeekerListSchema = z.object({
  readiness: z.enum(readinessStages).optional(),
  consented: z.enum(['yes', 'no']).optional(),
  ...pageFields,
});

export const employerListSchema = z.object(pageFields);

/**
 * The candidates for a vacancy, best first, a page at a time. `excluded` asks instead for those a hard rule
 * keeps out, with the reasons: for case workers, who may ask the employer to change what excludes them.
 */
export const candidateListSchema = z.object({
  excluded: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  cursor: pageFields.cursor,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const contactSchema = z.object({
  name: text(200),
  position: optionalText(200),
  phone: optionalText(40),
  email: z.union([z.email(), z.literal('')]).default(''),
});

/** The employer's own assessment of its premises: what a person with a disability meets at the door and inside. */
export const premisesSchema = z.object({
  ...(Object.fromEntries(premisesFeatures.map((feature) => [feature, z.boolean().default(false)])) as Record<
    PremisesFeature,
    z.ZodDefault<z.ZodBoolean>
  >),
  note: optionalText(1000),
});
export type Premises = z.infer<typeof premisesSchema>;

export const employerDetailsSchema = z.object({
  /** The organisation keeping the details: the employer itself, or the NGO that works with it. */
  keeperOrganisationId: z.uuid(),
  sector: z.enum(sectors).nullable().default(null),
  headcount: z.number().int().min(0).max(1_000_000),
  employeesWithDisabilities: z.number().int().min(0).max(1_000_000),
  contacts: z.array(contactSchema).max(10).default([]),
  premises: premisesSchema.default(premisesSchema.parse({})),
  version: version.optional(),
});
export type EmployerDetailsInput = z.infer<typeof employerDetailsSchema>;

const vacancyFields = {
  title: text(200),
  description: optionalText(4000),
  regionId: z.uuid(),
  address: optionalText(300),
  sector: z.enum(sectors).nullable().default(null),
  hours: z.enum(workHours),
  payFrom: z.number().int().min(0).max(100_000_000).nullable().default(null),
  payTo: z.number().int().min(0).max(100_000_000).nullable().default(null),
  currency: z.enum(payCurrencies),
  requirements: optionalText(2000),
  skills: unique(skill, 20),
  accommodationsOffered: unique(z.enum(accommodations), accommodations.length),
  openings: z.number().int().min(1).max(1000).default(1),
  status: z.enum(vacancyStatuses).default('open'),
};
const payInOrder = (v: { payFrom?: number | null; payTo?: number | null }) =>
  v.payFrom == null || v.payTo == null || v.payFrom <= v.payTo;

export const createVacancySchema = z
  .object({ employerId: z.uuid(), publisherOrganisationId: z.uuid(), ...vacancyFields })
  .refine(payInOrder, { path: ['payTo'], message: 'payTo must not be below payFrom' });
export type CreateVacancyInput = z.infer<typeof createVacancySchema>;

export const updateVacancySchema = z
  .object({ ...vacancyFields, version })
  .refine(payInOrder, { path: ['payTo'], message: 'payTo must not be below payFrom' });
export type UpdateVacancyInput = z.infer<typeof updateVacancySchema>;

export const vacancyListSchema = z.object({
  status: z.enum(vacancyStatuses).optional(),
  employerId: z.uuid().optional(),
  ...pageFields,
});

export const proposeCandidateSchema = z.object({ personId: z.uuid(), note: optionalText(1000) });
export const proposalStatusSchema = z.object({ status: z.enum(proposalStatuses), version });

export const fairRegistrationSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal(fairRoles[0]),
    personId: z.uuid(),
    accessibilityNeeds: unique(z.enum(fairAccessibilityNeeds), fairAccessibilityNeeds.length),
    note: optionalText(500),
  }),
  z.object({
    role: z.literal(fairRoles[1]),
    employerId: z.uuid(),
    accessibilityNeeds: unique(z.enum(fairAccessibilityNeeds), fairAccessibilityNeeds.length),
    note: optionalText(500),
  }),
]);
export type FairRegistrationInput = z.infer<typeof fairRegistrationSchema>;

export const scheduleInterviewSchema = z.object({
  seekerRegistrationId: z.uuid(),
  employerRegistrationId: z.uuid(),
  vacancyId: z.uuid().nullable().default(null),
  scheduledAt: z.iso.datetime({ offset: true }),
});
export type ScheduleInterviewInput = z.infer<typeof scheduleInterviewSchema>;

export const interviewOutcomeSchema = z.object({
  outcome: z.enum(interviewOutcomes),
  note: optionalText(1000),
  version,
});

export const createPlacementSchema = z.object({
  personId: z.uuid(),
  employerId: z.uuid(),
  vacancyId: z.uuid().nullable().default(null),
  position: text(200),
  startedOn: isoDate,
  accommodationsProvided: unique(z.enum(accommodations), accommodations.length),
  jobCoach: z.boolean().default(false),
  support: optionalText(1000),
  programmeId: z.uuid().nullable().default(null),
});
export type CreatePlacementInput = z.infer<typeof createPlacementSchema>;

export const placementListSchema = z.object({ organisationId: z.uuid().optional(), ...pageFields });

/** A follow-up; when it finds the person no longer employed, the day the job ended and why. */
export const followUpSchema = z.object({
  months: z.union(followUpMonths.map((m) => z.literal(m))),
  checkedOn: isoDate,
  stillEmployed: z.boolean(),
  endedOn: isoDate.optional(),
  leavingReason: z.enum(leavingReasons).optional(),
  note: optionalText(1000),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;
