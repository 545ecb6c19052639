import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every record: a UUID a client may generate (for offline sync), timestamps, and a version for optimistic locking. */
export const recordColumns = {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
};
