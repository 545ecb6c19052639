import type {
  ActivityStatus,
  ActivityType,
  AttendanceAgeBand,
  AttendanceRole,
  FactDisability,
  FactSex,
  Language,
} from '@birge/domain';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { programmes } from './programmes';
import { regions } from './regions';
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Something that happened on a date with people taking part: a training, a forum, a job fair, a seminar. */
export const activities = pgTable(
  'activities',
  {
    ...recordColumns,
    /** The lead organiser, which holds the record. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    type: text('type').$type<ActivityType>().notNull(),
    title: text('title').notNull(),
    language: text('language').$type<Language>().notNull().default('ru'),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    regionId: uuid('region_id').references(() => regions.id),
    /** The address, where the activity is held in a place. */
    place: text('place').notNull().default(''),
    onlineLink: text('online_link').notNull().default(''),
    capacity: integer('capacity'),
    status: text('status').$type<ActivityStatus>().notNull().default('planned'),
    trainsFacilitators: boolean('trains_facilitators').notNull().default(false),
  },
  (t) => [
    index('activities_organisation_idx').on(t.organisationId, t.startsAt),
    index('activities_programme_idx').on(t.programmeId, t.startsAt),
  ],
);

/** The organisations organising an activity beside its lead organiser. */
export const activityOrganisers = pgTable(
  'activity_organisers',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.organisationId] }),
    index('activity_organisers_org_idx').on(t.organisationId),
  ],
);

/** A person from the registry who took part, in a role; for a training, whether and when they completed it. */
export const attendees = pgTable(
  'attendees',
  {
    ...recordColumns,
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role').$type<AttendanceRole>().notNull().default('participant'),
    completedOn: date('completed_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('attendees_activity_person_idx').on(t.activityId, t.personId),
    index('attendees_person_idx').on(t.personId),
  ],
);

/** Attendance counted on a sheet where names are not taken: how many of one sex, age band, disability and role. */
export const attendanceCounts = pgTable(
  'attendance_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    sex: text('sex').$type<FactSex>().notNull(),
    ageBand: text('age_band').$type<AttendanceAgeBand>().notNull(),
    disability: text('disability').$type<FactDisability>().notNull(),
    role: text('role').$type<AttendanceRole>().notNull().default('participant'),
    count: integer('count').notNull(),
  },
  (t) => [index('attendance_counts_activity_idx').on(t.activityId)],
);

/** A file of an activity (agenda, presentation, signed attendance sheet), kept in the database itself. */
export const activityMaterials = pgTable(
  'activity_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_materials_activity_idx').on(t.activityId)],
);

/** A monitor watching a facilitator at work: what they found, a score, and whether it needs following up. */
export const monitoringVisits = pgTable(
  'monitoring_visits',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => persons.id),
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => users.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    activityId: uuid('activity_id').references(() => activities.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    regionId: uuid('region_id').references(() => regions.id),
    place: text('place').notNull().default(''),
    findings: text('findings').notNull().default(''),
    score: integer('score'),
    followUpNeeded: boolean('follow_up_needed').notNull().default(false),
  },
  (t) => [
    index('monitoring_visits_facilitator_idx').on(t.facilitatorId, t.visitedOn),
    index('monitoring_visits_organisation_idx').on(t.organisationId, t.visitedOn),
  ],
);
