import type { Accessibility, Language, OrganisationType } from '@birge/domain';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { regions } from './regions';

export const organisations = pgTable(
  'organisations',
  {
    ...recordColumns,
    name: text('name').notNull(),
    type: text('type').$type<OrganisationType>().notNull(),
    regionId: uuid('region_id').references(() => regions.id),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    website: text('website').notNull().default(''),
    languages: text('languages').array().$type<Language[]>().notNull().default([]),
    accessibility: jsonb('accessibility').$type<Accessibility>().notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [
    index('organisations_name_idx').on(t.name, t.id),
    index('organisations_updated_idx').on(t.updatedAt),
  ],
);

export const networks = pgTable('networks', {
  ...recordColumns,
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id),
});

export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.organisationId] }),
    index('network_members_org_idx').on(t.organisationId),
  ],
);
