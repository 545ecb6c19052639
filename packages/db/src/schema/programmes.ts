import type { ActivityType, Language, ProgrammeStatus } from '@birge/domain';
import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { networks, organisations } from './organisations';
import { regions } from './regions';

/** A donor-funded programme: what a logframe, its indicators and the activities of the work belong to. */
export const programmes = pgTable(
  'programmes',
  {
    ...recordColumns,
    /** The organisation that manages the programme in Birge. */
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    networkId: uuid('network_id').references(() => networks.id),
    title: jsonb('title').$type<Record<Language, string>>().notNull(),
    description: jsonb('description').$type<Record<Language, string>>().notNull(),
    iatiIdentifier: text('iati_identifier').unique(),
    status: text('status').$type<ProgrammeStatus>().notNull().default('implementation'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    budget: numeric('budget', { precision: 14, scale: 2 }),
    currency: text('currency').notNull().default('EUR'),
  },
  (t) => [index('programmes_owner_idx').on(t.ownerOrganisationId)],
);

/** Something that happened on a date with people taking part: a training, a forum, a job fair, a seminar. */
export const activities = pgTable(
  'activities',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    type: text('type').$type<ActivityType>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    regionId: uuid('region_id').references(() => regions.id),
    place: text('place').notNull().default(''),
    onlineLink: text('online_link').notNull().default(''),
    capacity: integer('capacity'),
  },
  (t) => [
    index('activities_organisation_idx').on(t.organisationId, t.startsAt),
    index('activities_programme_idx').on(t.programmeId, t.startsAt),
  ],
);
