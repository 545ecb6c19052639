import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * The audit trail. A request only appends its entry; a sealer then gives committed entries their place in
 * the chain and their hash, each holding the hash of the one before it, so an edit anywhere breaks the chain.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    changes: jsonb('changes').$type<FieldChanges>().notNull(),
    clientAddress: text('client_address').notNull().default(''),
    /** The entry's place in the hash chain, given when it is sealed; null until then. */
    chainPosition: bigint('chain_position', { mode: 'number' }).unique(),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_record_idx').on(t.recordType, t.recordId),
    index('audit_org_idx').on(t.organisationId, t.seq),
    index('audit_actor_idx').on(t.actorId, t.seq),
    index('audit_unsealed_idx').on(t.seq).where(sql`${t.chainPosition} is null`),
  ],
);
