import { z } from 'zod';
import {
  breakdownReasons,
  careArrangements,
  carePlacementTypes,
  careRecordKinds,
  carerKinds,
  carerStates,
  countedDisability,
  countedSexes,
  gatekeepingOutcomes,
  institutionAgeBands,
  milestoneKinds,
  preventionServices,
} from './vocabulary';

const version = z.number().int().positive();
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const note = (max: number) => z.string().trim().max(max).default('');

export const registerInstitutionSchema = z.object({
  organisationId: z.uuid(),
  capacity: z.number().int().min(1).max(5000),
  /** How many children the reorganisation plan means to move to families. */
  targetChildrenLeaving: z.number().int().min(0).max(5000),
  targetDate: isoDate.nullable().default(null),
  programmeId: z.uuid().nullable().default(null),
});
export type RegisterInstitutionInput = z.infer<typeof registerInstitutionSchema>;

/** The children an institution held on a day, one row per group: names are not needed to count them. */
export const institutionCountSchema = z.object({
  countedOn: isoDate,
  rows: z
    .array(
      z.object({
        ageBand: z.enum(institutionAgeBands),
        sex: z.enum(countedSexes),
        disability: z.enum(countedDisability),
        children: z.number().int().min(0).max(5000),
      }),
    )
    .min(1)
    .max(12),
});
export type InstitutionCountInput = z.infer<typeof institutionCountSchema>;

export const milestoneSchema = z.object({
  kind: z.enum(milestoneKinds),
  title: text(300),
  dueOn: isoDate,
});

export const milestoneDoneSchema = z.object({ doneOn: isoDate, version });

export const createCommissionSchema = z.object({
  organisationId: z.uuid(),
  name: text(300),
  regionId: z.uuid().nullable().default(null),
});

export const commissionMemberSchema = z.object({ name: text(200), position: text(200) });

export const commissionMeetingSchema = z.object({ heldOn: isoDate, place: note(300) });

/** A request to place a child in an institution: it comes to the commission before any admission. */
export const gatekeepingRequestSchema = z.object({
  personId: z.uuid(),
  requestedOn: isoDate,
  institutionId: z.uuid().nullable().default(null),
  reason: text(2000),
});

/**
 * A decision that keeps a child at home names the services given to the family (see `preventionMissing`). A
 * decision already taken is corrected only with the reason for the correction, which the audit trail keeps.
 */
export const gatekeepingDecisionSchema = z.object({
  meetingId: z.uuid(),
  outcome: z.enum(gatekeepingOutcomes),
  reasons: text(2000),
  preventionServices: z.array(z.enum(preventionServices)).max(preventionServices.length).default([]),
  correction: note(2000),
  version,
});
export type GatekeepingDecisionInput = z.infer<typeof gatekeepingDecisionSchema>;

export const carerSchema = z.object({
  organisationId: z.uuid(),
  kind: z.enum(carerKinds),
  name: text(200),
  regionId: z.uuid().nullable().default(null),
  capacity: z.number().int().min(1).max(12),
});

export const carerStateSchema = z.object({
  state: z.enum(carerStates),
  on: isoDate,
  version,
});
export type CarerStateInput = z.infer<typeof carerStateSchema>;

export const careRecordSchema = z.object({
  kind: z.enum(careRecordKinds),
  recordedOn: isoDate,
  arrangement: z.enum(careArrangements).nullable().default(null),
  text: text(4000),
});
export type CareRecordInput = z.infer<typeof careRecordSchema>;

export const transitionStepSchema = z.object({
  step: text(500),
  responsible: text(200),
  dueOn: isoDate,
});

/** A step of the transition plan done on a day, or open again (`null`) when it was marked by mistake. */
export const transitionStepDoneSchema = z.object({ doneOn: isoDate.nullable(), version });

export const startPlacementSchema = z.object({
  type: z.enum(carePlacementTypes),
  startedOn: isoDate,
  carerId: z.uuid().nullable().default(null),
  /** The institution the child leaves, when they leave one: that is what the reorganisation counts. */
  institutionId: z.uuid().nullable().default(null),
  programmeId: z.uuid().nullable().default(null),
  visitMonths: z.array(z.number().int().min(1).max(36)).min(1).max(12).optional(),
});
export type StartPlacementInput = z.infer<typeof startPlacementSchema>;

export const endPlacementSchema = z.discriminatedUnion('ending', [
  z.object({ ending: z.literal('planned'), endedOn: isoDate, version }),
  z.object({
    ending: z.literal('breakdown'),
    endedOn: isoDate,
    breakdownReason: z.enum(breakdownReasons),
    note: note(2000),
    version,
  }),
]);
export type EndPlacementInput = z.infer<typeof endPlacementSchema>;

/** A visit made outside the schedule, when the worker heard of a difficulty: recorded as it was made. */
export const extraVisitSchema = z.object({
  visitedOn: isoDate,
  findings: text(4000),
  concerns: z.boolean(),
});
export type ExtraVisitInput = z.infer<typeof extraVisitSchema>;

export const visitRecordSchema = extraVisitSchema.extend({ version });
export type VisitRecordInput = z.infer<typeof visitRecordSchema>;
