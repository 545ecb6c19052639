import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { consents, persons } from './persons';
import { users } from './users';

/** Case management for one person, held by one organisation and assigned to one worker. */
export const cases = pgTable(
  'cases',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    state: text('state').notNull().default('referral_received'),
    workerId: uuid('worker_id').references(() => users.id),
    supervisorId: uuid('supervisor_id').references(() => users.id),
    summary: text('summary').notNull().default(''),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    closureReason: text('closure_reason'),
    planApprovedBy: uuid('plan_approved_by').references(() => users.id),
    planApprovedAt: timestamp('plan_approved_at', { withTimezone: true }),
    closureApprovedBy: uuid('closure_approved_by').references(() => users.id),
    closureApprovedAt: timestamp('closure_approved_at', { withTimezone: true }),
  },
  (t) => [
    index('cases_person_idx').on(t.personId),
    index('cases_org_state_idx').on(t.organisationId, t.state),
    index('cases_worker_idx').on(t.workerId, t.state),
  ],
);

/** The assessment of needs, one row per domain. */
export const caseNeeds = pgTable(
  'case_needs',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    domain: text('domain').notNull(),
    level: text('level').$type<'none' | 'low' | 'medium' | 'high'>().notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('case_needs_case_idx').on(t.caseId)],
);

export const caseGoals = pgTable(
  'case_goals',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    domain: text('domain').notNull(),
    description: text('description').notNull(),
    status: text('status').$type<'open' | 'achieved' | 'dropped'>().notNull().default('open'),
  },
  (t) => [index('case_goals_case_idx').on(t.caseId)],
);

/** The actions of the plan, and the tasks of the case: who does what by when. */
export const caseTasks = pgTable(
  'case_tasks',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    goalId: uuid('goal_id').references(() => caseGoals.id),
    title: text('title').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    responsible: text('responsible').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    doneOn: date('done_on', { mode: 'string' }),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId),
    index('case_tasks_assignee_idx').on(t.assigneeId, t.dueOn),
  ],
);

export const caseServices = pgTable(
  'case_services',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').notNull(),
    providerOrganisationId: uuid('provider_organisation_id').references(() => organisations.id),
    deliveredOn: date('delivered_on', { mode: 'string' }).notNull(),
    outcome: text('outcome').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('case_services_case_idx').on(t.caseId, t.deliveredOn)],
);

/** Follow-up visits, calls and notes, in the order they happened. */
export const caseNotes = pgTable(
  'case_notes',
  {
    ...recordColumns,
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').$type<'follow_up' | 'visit' | 'call' | 'note'>().notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => users.id),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.happenedOn)],
);

/**
 * A person referred to a service of another organisation. What the receiving organisation may see is the
 * list in `shared_fields`, carried only with consent to share with it (or an audited override).
 */
export const referrals = pgTable(
  'referrals',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    caseId: uuid('case_id').references(() => cases.id),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    service: text('service').notNull(),
    reason: text('reason').notNull().default(''),
    urgency: text('urgency').$type<'routine' | 'urgent'>().notNull().default('routine'),
    sharedFields: text('shared_fields').array().notNull(),
    consentId: uuid('consent_id').references(() => consents.id),
    consentOverrideReason: text('consent_override_reason'),
    status: text('status').$type<'pending' | 'accepted' | 'declined' | 'completed' | 'withdrawn'>().notNull(),
    decisionReason: text('decision_reason').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    referredBy: uuid('referred_by').references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('referrals_to_idx').on(t.toOrganisationId, t.status),
    index('referrals_from_idx').on(t.fromOrganisationId, t.status),
    index('referrals_person_idx').on(t.personId),
  ],
);
