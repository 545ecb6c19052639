import { z } from 'zod';
import { factDisabilities, factSexes } from '../indicators/vocabulary';
import { languages } from '../languages';
import {
  activityStatuses,
  activityTypes,
  attendanceAgeBands,
  attendanceRoles,
  visitScores,
} from './vocabulary';

const isoDate = z.iso.date();
const moment = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().positive();

const activityFields = {
  type: z.enum(activityTypes),
  /** Titles are written once, in the language of the activity, like the other records of the work. */
  title: text(300),
  language: z.enum(languages),
  description: z.string().trim().max(4000),
  startsAt: moment,
  endsAt: moment.nullable(),
  regionId: z.uuid().nullable(),
  /** The address, where it is held in a place. */
  place: z.string().trim().max(500),
  onlineLink: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]),
  /** The lead organiser: the organisation that holds the record and answers for its figures. */
  organisationId: z.uuid(),
  coOrganiserIds: z.array(z.uuid()).max(20),
  programmeId: z.uuid().nullable(),
  capacity: z.number().int().min(1).max(100_000).nullable(),
  status: z.enum(activityStatuses),
  /** A training of facilitators: those who complete it are the organisation's facilitators. */
  trainsFacilitators: z.boolean(),
};

export const createActivitySchema = z.object({
  ...activityFields,
  id: z.uuid().optional(),
  description: activityFields.description.default(''),
  endsAt: activityFields.endsAt.default(null),
  regionId: activityFields.regionId.default(null),
  place: activityFields.place.default(''),
  onlineLink: activityFields.onlineLink.default(''),
  coOrganiserIds: activityFields.coOrganiserIds.default([]),
  programmeId: activityFields.programmeId.default(null),
  capacity: activityFields.capacity.default(null),
  status: activityFields.status.default('planned'),
  trainsFacilitators: activityFields.trainsFacilitators.default(false),
});
export type CreateActivity = z.infer<typeof createActivitySchema>;

export const updateActivitySchema = z
  .object(activityFields)
  .omit({ organisationId: true })
  .partial()
  .extend({ version });
export type UpdateActivity = z.infer<typeof updateActivitySchema>;

export const activityListSchema = z.object({
  type: z.enum(activityTypes).optional(),
  programmeId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  status: z.enum(activityStatuses).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The end may not come before the start. */
export function activityTimesProblem(startsAt: string | Date, endsAt: string | Date | null): boolean {
  return endsAt !== null && new Date(endsAt).getTime() < new Date(startsAt).getTime();
}

export const registerAttendeeSchema = z.object({
  personId: z.uuid(),
  role: z.enum(attendanceRoles).default('participant'),
});

/** Completion of a training, on a day within or after it; `completed: false` takes it back. */
export const markCompletionSchema = z.object({
  completed: z.boolean(),
  completedOn: isoDate.nullable().default(null),
});

const countRow = z.object({
  sex: z.enum(factSexes),
  ageBand: z.enum(attendanceAgeBands),
  disability: z.enum(factDisabilities),
  role: z.enum(attendanceRoles).default('participant'),
  count: z.number().int().min(1).max(100_000),
});
export type AttendanceCountRow = z.infer<typeof countRow>;

/** Counted attendance replaces the activity's whole table, as it is kept on one paper sheet. */
export const attendanceCountsSchema = z.object({ rows: z.array(countRow).max(200) });

export const materialUploadSchema = z.object({
  name: text(200),
  type: z
    .string()
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+$/)
    .max(100)
    .default('application/octet-stream'),
});

export const recordVisitSchema = z.object({
  /** The organisation whose training of facilitators the facilitator completed, and which holds the visit. */
  organisationId: z.uuid(),
  facilitatorId: z.uuid(),
  visitedOn: isoDate,
  activityId: z.uuid().nullable().default(null),
  place: z.string().trim().max(500).default(''),
  findings: z.string().trim().max(4000).default(''),
  score: z
    .union(visitScores.map((s) => z.literal(s)))
    .nullable()
    .default(null),
  followUpNeeded: z.boolean().default(false),
  programmeId: z.uuid().nullable().default(null),
});
export type RecordVisit = z.infer<typeof recordVisitSchema>;
