import type { SpokenLanguage, VolunteerAvailability, VolunteerStatus } from '@birge/domain';
import { boolean, date, index, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { programmes } from './programmes';
import { users } from './users';

/** A person from the registry on an organisation's roster of volunteers and experts. */
export const volunteers = pgTable(
  'volunteers',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    skills: text('skills').array().notNull().default([]),
    languages: text('languages').array().$type<SpokenLanguage[]>().notNull().default([]),
    expert: boolean('expert').notNull().default(false),
    expertise: text('expertise').notNull().default(''),
    availability: text('availability').$type<VolunteerAvailability>().notNull(),
    status: text('status').$type<VolunteerStatus>().notNull().default('active'),
  },
  (t) => [uniqueIndex('volunteers_person_idx').on(t.organisationId, t.personId)],
);

/** Time a volunteer gave on a day, and what they did. */
export const volunteerHours = pgTable(
  'volunteer_hours',
  {
    ...recordColumns,
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    workedOn: date('worked_on', { mode: 'string' }).notNull(),
    hours: numeric('hours', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    programmeId: uuid('programme_id').references(() => programmes.id),
    /** The activity the time was given at, when it was given at one. */
    activityId: uuid('activity_id').references(() => activities.id),
    description: text('description').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [
    index('volunteer_hours_volunteer_idx').on(t.volunteerId, t.workedOn),
    index('volunteer_hours_programme_idx').on(t.programmeId, t.workedOn),
  ],
);
