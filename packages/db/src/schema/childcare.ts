import type {
  BreakdownReason,
  CareArrangement,
  CarePlacementType,
  CareRecordKind,
  CarerKind,
  CarerState,
  GatekeepingOutcome,
  InstitutionAgeBand,
  MilestoneKind,
  PlacementEnding,
  PreventionService,
} from '@birge/domain';
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { programmes } from './programmes';
import { regions } from './regions';
import { users } from './users';

/** A residential institution for children (an organisation of that type) under reorganisation. */
export const careInstitutions = pgTable(
  'care_institutions',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    capacity: integer('capacity').notNull(),
    targetChildrenLeaving: integer('target_children_leaving').notNull(),
    targetDate: date('target_date', { mode: 'string' }),
    programmeId: uuid('programme_id').references(() => programmes.id),
  },
  (t) => [uniqueIndex('care_institutions_organisation_idx').on(t.organisationId)],
);

/** How many children an institution held on a day, by group; names are not needed to count. */
export const institutionCounts = pgTable(
  'institution_counts',
  {
    ...recordColumns,
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => careInstitutions.id),
    countedOn: date('counted_on', { mode: 'string' }).notNull(),
    ageBand: text('age_band').$type<InstitutionAgeBand>().notNull(),
    sex: text('sex').$type<'female' | 'male'>().notNull(),
    disability: text('disability').$type<'yes' | 'no'>().notNull(),
    children: integer('children').notNull(),
  },
  (t) => [
    uniqueIndex('institution_counts_group_idx').on(
      t.institutionId,
      t.countedOn,
      t.ageBand,
      t.sex,
      t.disability,
    ),
  ],
);

/** A step of an institution's reorganisation plan. */
export const reorganisationMilestones = pgTable(
  'reorganisation_milestones',
  {
    ...recordColumns,
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => careInstitutions.id),
    kind: text('kind').$type<MilestoneKind>().notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
  },
  (t) => [index('reorganisation_milestones_institution_idx').on(t.institutionId, t.dueOn)],
);

/** A gatekeeping commission of a local authority: it reviews every request to place a child in an institution. */
export const gatekeepingCommissions = pgTable(
  'gatekeeping_commissions',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    regionId: uuid('region_id').references(() => regions.id),
  },
  (t) => [index('gatekeeping_commissions_organisation_idx').on(t.organisationId)],
);

export const commissionMembers = pgTable(
  'commission_members',
  {
    ...recordColumns,
    commissionId: uuid('commission_id')
      .notNull()
      .references(() => gatekeepingCommissions.id),
    name: text('name').notNull(),
    position: text('position').notNull(),
  },
  (t) => [index('commission_members_commission_idx').on(t.commissionId)],
);

export const commissionMeetings = pgTable(
  'commission_meetings',
  {
    ...recordColumns,
    commissionId: uuid('commission_id')
      .notNull()
      .references(() => gatekeepingCommissions.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
  },
  (t) => [index('commission_meetings_commission_idx').on(t.commissionId, t.heldOn)],
);

/** A request to place a child in an institution, and the commission's decision on it. */
export const gatekeepingRequests = pgTable(
  'gatekeeping_requests',
  {
    ...recordColumns,
    commissionId: uuid('commission_id')
      .notNull()
      .references(() => gatekeepingCommissions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    institutionId: uuid('institution_id').references(() => careInstitutions.id),
    reason: text('reason').notNull(),
    meetingId: uuid('meeting_id').references(() => commissionMeetings.id),
    decidedOn: date('decided_on', { mode: 'string' }),
    outcome: text('outcome').$type<GatekeepingOutcome>(),
    reasons: text('reasons'),
    preventionServices: text('prevention_services')
      .array()
      .$type<PreventionService[]>()
      .notNull()
      .default([]),
  },
  (t) => [
    index('gatekeeping_requests_commission_idx').on(t.commissionId, t.requestedOn),
    index('gatekeeping_requests_person_idx').on(t.personId),
  ],
);

/** The registry of foster families, guardians and family-type homes. */
export const carers = pgTable(
  'carers',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<CarerKind>().notNull(),
    name: text('name').notNull(),
    regionId: uuid('region_id').references(() => regions.id),
    capacity: integer('capacity').notNull(),
    state: text('state').$type<CarerState>().notNull().default('applied'),
    assessedOn: date('assessed_on', { mode: 'string' }),
    trainedOn: date('trained_on', { mode: 'string' }),
    approvedOn: date('approved_on', { mode: 'string' }),
  },
  (t) => [index('carers_organisation_idx').on(t.organisationId)],
);

/** What is written in a child's deinstitutionalisation case: assessments, the child's views, the decision. */
export const careRecords = pgTable(
  'care_records',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<CareRecordKind>().notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    arrangement: text('arrangement').$type<CareArrangement>(),
    text: text('text').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('care_records_case_idx').on(t.caseId, t.recordedOn)],
);

/** A step of a child's individual transition plan: what, who, by when. */
export const transitionSteps = pgTable(
  'transition_steps',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    step: text('step').notNull(),
    responsible: text('responsible').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
  },
  (t) => [index('transition_steps_case_idx').on(t.caseId, t.dueOn)],
);

/** A child placed in family or community care, from the day it started to the day it ended. */
export const carePlacements = pgTable(
  'care_placements',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type').$type<CarePlacementType>().notNull(),
    carerId: uuid('carer_id').references(() => carers.id),
    institutionId: uuid('institution_id').references(() => careInstitutions.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    ending: text('ending').$type<PlacementEnding>(),
    breakdownReason: text('breakdown_reason').$type<BreakdownReason>(),
    endNote: text('end_note').notNull().default(''),
  },
  (t) => [
    index('care_placements_case_idx').on(t.caseId),
    index('care_placements_organisation_idx').on(t.organisationId, t.startedOn),
    index('care_placements_institution_idx').on(t.institutionId),
  ],
);

/** A monitoring visit of the schedule, or one made outside it, and what the worker found when it was made. */
export const placementVisits = pgTable(
  'placement_visits',
  {
    ...recordColumns,
    placementId: uuid('placement_id')
      .notNull()
      .references(() => carePlacements.id),
    /** The month of the schedule the visit belongs to; none for a visit made outside the schedule. */
    month: integer('month'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    visitedOn: date('visited_on', { mode: 'string' }),
    findings: text('findings').notNull().default(''),
    concerns: boolean('concerns').notNull().default(false),
    visitedBy: uuid('visited_by').references(() => users.id),
    /** The users the concerns went to as case tasks: the case's worker and supervisor. */
    escalatedTo: uuid('escalated_to').array().notNull().default([]),
  },
  (t) => [index('placement_visits_placement_idx').on(t.placementId, t.dueOn)],
);
