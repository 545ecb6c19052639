import type {
  Accommodation,
  EducationLevel,
  FairAccessibilityNeed,
  FairRole,
  InterviewOutcome,
  LeavingReason,
  PayCurrency,
  Premises,
  ProposalStatus,
  ReadinessStage,
  RepresentativeRelation,
  Sector,
  VacancyStatus,
  WorkHours,
} from '@birge/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { programmes } from './programmes';
import { regions } from './regions';
import { users } from './users';

/** A person as a job seeker: what they can do, what they wish, what they need, and whether employers may see it. */
export const jobSeekerProfiles = pgTable(
  'job_seeker_profiles',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    education: text('education').$type<EducationLevel>().notNull(),
    educationNote: text('education_note').notNull().default(''),
    /** Keys of the shared skills list, or the person's own words. */
    skills: text('skills').array().notNull().default([]),
    experience: text('experience').notNull().default(''),
    sectors: text('sectors').array().$type<Sector[]>().notNull().default([]),
    hours: text('hours').array().$type<WorkHours[]>().notNull().default([]),
    /** The regions the person can travel to for work. */
    regionIds: uuid('region_ids').array().notNull().default([]),
    accommodationsNeeded: text('accommodations_needed')
      .array()
      .$type<Accommodation[]>()
      .notNull()
      .default([]),
    readiness: text('readiness').$type<ReadinessStage>().notNull(),
    consentGivenOn: date('consent_given_on', { mode: 'string' }),
    consentGivenBy: text('consent_given_by').$type<'person' | 'representative'>(),
    /** The parent, guardian or carer who consented for the person, and what they are to the person. */
    consentRepresentativeName: text('consent_representative_name').notNull().default(''),
    consentRepresentativeRelation: text('consent_representative_relation').$type<RepresentativeRelation>(),
    consentWithdrawnOn: date('consent_withdrawn_on', { mode: 'string' }),
    showContacts: boolean('show_contacts').notNull().default(false),
    showFunctioning: boolean('show_functioning').notNull().default(false),
  },
  (t) => [
    uniqueIndex('job_seeker_profiles_person_idx').on(t.personId),
    // Matching finds the job seekers not at work who reach a vacancy's region, or who named none.
    index('job_seeker_profiles_reach_idx').using('gin', t.regionIds).where(sql`${t.readiness} <> 'working'`),
    index('job_seeker_profiles_anywhere_idx')
      .on(t.id)
      .where(sql`${t.readiness} <> 'working' and cardinality(${t.regionIds}) = 0`),
  ],
);

export type EmployerContact = { name: string; position: string; phone: string; email: string };

/** What Birge keeps of an organisation of type employer beyond the directory: its size, quota and premises. */
export const employerDetails = pgTable(
  'employer_details',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    keeperOrganisationId: uuid('keeper_organisation_id')
      .notNull()
      .references(() => organisations.id),
    sector: text('sector').$type<Sector>(),
    headcount: integer('headcount').notNull(),
    employeesWithDisabilities: integer('employees_with_disabilities').notNull(),
    contacts: jsonb('contacts').$type<EmployerContact[]>().notNull().default([]),
    premises: jsonb('premises').$type<Premises>().notNull(),
  },
  (t) => [uniqueIndex('employer_details_organisation_idx').on(t.organisationId)],
);

/** A job an employer offers, published by its own staff or by the organisation that works with it. */
export const vacancies = pgTable(
  'vacancies',
  {
    ...recordColumns,
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    publisherOrganisationId: uuid('publisher_organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    address: text('address').notNull().default(''),
    sector: text('sector').$type<Sector>(),
    hours: text('hours').$type<WorkHours>().notNull(),
    payFrom: integer('pay_from'),
    payTo: integer('pay_to'),
    currency: text('currency').$type<PayCurrency>().notNull(),
    requirements: text('requirements').notNull().default(''),
    skills: text('skills').array().notNull().default([]),
    accommodationsOffered: text('accommodations_offered')
      .array()
      .$type<Accommodation[]>()
      .notNull()
      .default([]),
    openings: integer('openings').notNull().default(1),
    status: text('status').$type<VacancyStatus>().notNull(),
  },
  (t) => [
    index('vacancies_employer_idx').on(t.employerId),
    index('vacancies_publisher_idx').on(t.publisherOrganisationId),
  ],
);

/** A case worker puts a consented job seeker forward for a vacancy, with the score it had then. */
export const vacancyProposals = pgTable(
  'vacancy_proposals',
  {
    ...recordColumns,
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => jobSeekerProfiles.id),
    proposedBy: uuid('proposed_by').references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    score: integer('score').notNull(),
    note: text('note').notNull().default(''),
    status: text('status').$type<ProposalStatus>().notNull().default('proposed'),
  },
  (t) => [uniqueIndex('vacancy_proposals_once_idx').on(t.vacancyId, t.profileId)],
);

/** A job seeker or an employer registered for a job fair, which is an activity of type job_fair. */
export const fairRegistrations = pgTable(
  'fair_registrations',
  {
    ...recordColumns,
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    role: text('role').$type<FairRole>().notNull(),
    personId: uuid('person_id').references(() => persons.id),
    employerId: uuid('employer_id').references(() => organisations.id),
    accessibilityNeeds: text('accessibility_needs')
      .array()
      .$type<FairAccessibilityNeed[]>()
      .notNull()
      .default([]),
    note: text('note').notNull().default(''),
    attended: boolean('attended').notNull().default(true),
  },
  (t) => [
    index('fair_registrations_activity_idx').on(t.activityId),
    uniqueIndex('fair_registrations_person_idx').on(t.activityId, t.personId),
    uniqueIndex('fair_registrations_employer_idx').on(t.activityId, t.employerId),
  ],
);

/** An interview at a fair between a registered job seeker and a registered employer, and how it went. */
export const fairInterviews = pgTable(
  'fair_interviews',
  {
    ...recordColumns,
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    seekerRegistrationId: uuid('seeker_registration_id')
      .notNull()
      .references(() => fairRegistrations.id),
    employerRegistrationId: uuid('employer_registration_id')
      .notNull()
      .references(() => fairRegistrations.id),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    outcome: text('outcome').$type<InterviewOutcome>().notNull().default('scheduled'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('fair_interviews_activity_idx').on(t.activityId)],
);

/** A person started a job, supported by an organisation that follows them up. */
export const placements = pgTable(
  'placements',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id),
    position: text('position').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    accommodationsProvided: text('accommodations_provided')
      .array()
      .$type<Accommodation[]>()
      .notNull()
      .default([]),
    jobCoach: boolean('job_coach').notNull().default(false),
    support: text('support').notNull().default(''),
    programmeId: uuid('programme_id').references(() => programmes.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    /** The day the person left the job, which a follow-up found, and why. */
    endedOn: date('ended_on', { mode: 'string' }),
    leavingReason: text('leaving_reason').$type<LeavingReason>(),
  },
  (t) => [
    index('placements_organisation_idx').on(t.organisationId, t.startedOn),
    index('placements_person_idx').on(t.personId),
    uniqueIndex('placements_once_idx').on(t.personId, t.employerId, t.startedOn),
  ],
);

/** A check 1, 3 or 6 months after the start: is the person still employed? */
export const placementFollowUps = pgTable(
  'placement_follow_ups',
  {
    ...recordColumns,
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id),
    months: integer('months').notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    stillEmployed: boolean('still_employed').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('placement_follow_ups_once_idx').on(t.placementId, t.months)],
);
