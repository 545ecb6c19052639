import type { BuyerKind, ProductionUnit, SaleCurrency, TraineeStatus, WorkshopKind } from '@birge/domain';
import { date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { programmes } from './programmes';
import { regions } from './regions';
import { users } from './users';

/** A training workshop of a job-inclusion facility: a greenhouse, a bakery-café, a sewing room. */
export const workshops = pgTable(
  'workshops',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<WorkshopKind>().notNull(),
    name: text('name').notNull(),
    regionId: uuid('region_id').references(() => regions.id),
    address: text('address').notNull().default(''),
    programmeId: uuid('programme_id').references(() => programmes.id),
    capacity: integer('capacity'),
  },
  (t) => [
    index('workshops_organisation_idx').on(t.organisationId),
    index('workshops_programme_idx').on(t.programmeId),
  ],
);

/** One step of the workshop's training programme, in order. */
export const workshopModules = pgTable(
  'workshop_modules',
  {
    ...recordColumns,
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    hours: numeric('hours', { precision: 7, scale: 1, mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('workshop_modules_position_idx').on(t.workshopId, t.position)],
);

/** A person from the registry training in a workshop, from enrolment to completion or leaving. */
export const workshopTrainees = pgTable(
  'workshop_trainees',
  {
    ...recordColumns,
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    status: text('status').$type<TraineeStatus>().notNull().default('enrolled'),
    completedOn: date('completed_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
    leavingReason: text('leaving_reason').notNull().default(''),
  },
  (t) => [
    index('workshop_trainees_workshop_idx').on(t.workshopId),
    index('workshop_trainees_person_idx').on(t.personId),
  ],
);

/** A module a trainee completed, on the day. */
export const traineeModules = pgTable(
  'trainee_modules',
  {
    ...recordColumns,
    traineeId: uuid('trainee_id')
      .notNull()
      .references(() => workshopTrainees.id),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => workshopModules.id),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('trainee_modules_once_idx').on(t.traineeId, t.moduleId)],
);

/** What the workshop produced on a day: a harvest, a batch of bread, garments sewn. */
export const productionRecords = pgTable(
  'production_records',
  {
    ...recordColumns,
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id),
    producedOn: date('produced_on', { mode: 'string' }).notNull(),
    /** A key of the shared product list, or the workshop's own words. */
    product: text('product').notNull(),
    quantity: numeric('quantity', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    unit: text('unit').$type<ProductionUnit>().notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('production_records_workshop_idx').on(t.workshopId, t.producedOn)],
);

/** What the workshop sold, for how much, to whom. */
export const workshopSales = pgTable(
  'workshop_sales',
  {
    ...recordColumns,
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id),
    soldOn: date('sold_on', { mode: 'string' }).notNull(),
    product: text('product').notNull(),
    quantity: numeric('quantity', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    unit: text('unit').$type<ProductionUnit>().notNull(),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').$type<SaleCurrency>().notNull(),
    buyerKind: text('buyer_kind').$type<BuyerKind>().notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [index('workshop_sales_workshop_idx').on(t.workshopId, t.soldOn)],
);
