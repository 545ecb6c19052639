import type { Language, RegionLevel } from '@birge/domain';
import { type AnyPgColumn, char, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

export const regions = pgTable(
  'regions',
  {
    ...recordColumns,
    code: text('code').unique(),
    country: char('country', { length: 2 }).notNull(),
    level: text('level').$type<RegionLevel>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => regions.id),
    names: jsonb('names').$type<Record<Language, string>>().notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentId)],
);
