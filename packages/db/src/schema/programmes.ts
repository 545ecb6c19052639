import type {
  AgeBand,
  Disaggregation,
  IndicatorDefinition,
  Language,
  ParticipantRole,
  ProgrammeStatus,
  ResultLevel,
} from '@birge/domain';
import { defaultAgeBands, defaultSuppressBelow } from '@birge/domain';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { networks, organisations } from './organisations';
import { regions } from './regions';
import { users } from './users';

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
    /** Cells counting fewer than this are not shown in the programme's exports. */
    suppressBelow: integer('suppress_below').notNull().default(defaultSuppressBelow),
    ageBands: jsonb('age_bands')
      .$type<AgeBand[]>()
      .notNull()
      .default([...defaultAgeBands]),
  },
  (t) => [index('programmes_owner_idx').on(t.ownerOrganisationId)],
);

/** An organisation taking part in a programme, in its IATI organisation role (funding, implementing...). */
export const programmeParticipants = pgTable(
  'programme_participants',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').$type<ParticipantRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.organisationId, t.role] }),
    index('programme_participants_org_idx').on(t.organisationId),
  ],
);

/** Where the programme works: the recipient regions of its IATI activity. */
export const programmeRegions = pgTable(
  'programme_regions',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.regionId] })],
);

/** OECD DAC 5-digit purpose codes, with the share of the programme each takes. */
export const programmeSectors = pgTable(
  'programme_sectors',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    percentage: numeric('percentage', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);

/** IATI policy markers with their significance; marker 11 is disability. */
export const programmePolicyMarkers = pgTable(
  'programme_policy_markers',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    significance: integer('significance').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);

/** One level of the logframe: the goal, an outcome under it, or an output under an outcome. */
export const results = pgTable(
  'results',
  {
    ...recordColumns,
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => results.id),
    level: text('level').$type<ResultLevel>().notNull(),
    code: text('code').notNull(),
    title: jsonb('title').$type<Record<Language, string>>().notNull(),
    /** Order among the results of the same parent. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('results_programme_code_idx').on(t.programmeId, t.code),
    index('results_parent_idx').on(t.parentId),
  ],
);

/** What shows that a result is reached: computed from a definition over Birge's records, or entered by hand. */
export const indicators = pgTable(
  'indicators',
  {
    ...recordColumns,
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    resultId: uuid('result_id')
      .notNull()
      .references(() => results.id),
    code: text('code').notNull(),
    title: jsonb('title').$type<Record<Language, string>>().notNull(),
    description: jsonb('description').$type<Record<Language, string>>().notNull(),
    unit: text('unit').notNull(),
    baselineValue: numeric('baseline_value', { precision: 16, scale: 2, mode: 'number' }),
    baselineDate: date('baseline_date', { mode: 'string' }),
    disaggregations: text('disaggregations').array().$type<Disaggregation[]>().notNull().default([]),
    /** Null: the values are entered by hand, as manual values. */
    definition: jsonb('definition').$type<IndicatorDefinition>(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('indicators_programme_code_idx').on(t.programmeId, t.code),
    index('indicators_result_idx').on(t.resultId),
  ],
);

/** The value an indicator should reach in a period, [start, end). */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    value: numeric('value', { precision: 16, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.periodStart] })],
);

/** A value typed in for an indicator no source computes yet, with who entered it and when. */
export const manualValues = pgTable(
  'manual_values',
  {
    ...recordColumns,
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    value: numeric('value', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('manual_values_indicator_idx').on(t.indicatorId, t.periodStart)],
);
