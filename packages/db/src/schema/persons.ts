import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { regions } from './regions';
import { users } from './users';

/**
 * A human the work is about or with. Owned by one organisation; others see it only through an accepted
 * referral, for the part that was shared. `name_key` and `phone_keys` are the matching forms of the
 * names and phones, so duplicates are found by PostgreSQL (pg_trgm) across scripts.
 */
export const persons = pgTable(
  'persons',
  {
    ...recordColumns,
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    patronymic: text('patronymic').notNull().default(''),
    latinName: text('latin_name').notNull().default(''),
    sex: text('sex').$type<'female' | 'male'>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    birthYear: integer('birth_year'),
    regionId: uuid('region_id').references(() => regions.id),
    locality: text('locality').notNull().default(''),
    address: text('address').notNull().default(''),
    phones: text('phones').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    disabilityStatus: text('disability_status').notNull().default('none'),
    disabilityCertificateDate: date('disability_certificate_date', { mode: 'string' }),
    disabilityReviewDate: date('disability_review_date', { mode: 'string' }),
    tags: text('tags').array().notNull().default([]),
    notes: text('notes').notNull().default(''),
    /** The derived Washington Group identifier of the latest assessment: what reports disaggregate by. */
    functionalDifficulty: text('functional_difficulty').$type<'yes' | 'no' | 'undetermined'>(),
    /**
     * Has a child-protection record (a care placement, a child-protection or deinstitutionalisation case, a
     * gatekeeping request): protected as a child whatever their age. Set by the action that writes the record,
     * in its transaction, and never unset. Stored, not looked up, so every person list filters on a column.
     */
    inChildProtection: boolean('in_child_protection').notNull().default(false),
    nameKey: text('name_key').notNull(),
    phoneKeys: text('phone_keys').array().notNull().default([]),
    mergedIntoId: uuid('merged_into_id'),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [
    index('persons_owner_idx').on(t.ownerOrganisationId, t.familyName, t.id),
    index('persons_name_key_trgm_idx').using('gin', t.nameKey.op('gin_trgm_ops')),
    index('persons_phone_keys_idx').using('gin', t.phoneKeys),
    index('persons_birth_year_idx').on(t.birthYear),
    index('persons_updated_idx').on(t.updatedAt),
    // Indicators count persons by the day they were registered in Bishkek (UTC+6), per organisation.
    index('persons_registered_idx')
      .on(t.ownerOrganisationId, sql`((${t.createdAt} at time zone interval '+06:00')::date)`)
      .where(sql`${t.mergedIntoId} is null`),
  ],
);

export const personLinks = pgTable(
  'person_links',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    relatedPersonId: uuid('related_person_id')
      .notNull()
      .references(() => persons.id),
    relation: text('relation').notNull(),
  },
  (t) => [
    index('person_links_person_idx').on(t.personId),
    index('person_links_related_idx').on(t.relatedPersonId),
  ],
);

export const functioningAssessments = pgTable(
  'functioning_assessments',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    instrument: text('instrument').notNull(),
    answers: jsonb('answers').notNull(),
    result: jsonb('result').notNull(),
    functionalDifficulty: text('functional_difficulty').$type<'yes' | 'no' | 'undetermined'>().notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessedBy: uuid('assessed_by').references(() => users.id),
  },
  (t) => [
    index('functioning_person_idx').on(t.personId, t.assessedOn),
    index('functioning_organisation_idx').on(t.organisationId, t.assessedOn),
  ],
);

/** Consent per purpose; sharing names the organisation it allows. Withdrawal keeps the record. */
export const consents = pgTable(
  'consents',
  {
    ...recordColumns,
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    purpose: text('purpose').$type<'registration' | 'sharing' | 'photos' | 'reports'>().notNull(),
    sharedWithOrganisationId: uuid('shared_with_organisation_id').references(() => organisations.id),
    givenBy: text('given_by').$type<'person' | 'representative'>().notNull(),
    representativeName: text('representative_name').notNull().default(''),
    method: text('method').$type<'paper' | 'verbal' | 'digital'>().notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('consents_person_idx').on(t.personId)],
);

/** A person list's filters kept under a name, for the user who saved them. */
export const savedFilters = pgTable('saved_filters', {
  ...recordColumns,
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  name: text('name').notNull(),
  query: text('query').notNull(),
});
