import { auditEvents, type FieldChanges, type Transaction } from '@birge/db';
import { sql } from 'drizzle-orm';
import { canonicalBeforeSeq, genesisHash } from './chain';

/** Who acts and from where: the part of an audit entry every action shares. */
export type AuditContext = { actorId: string | null; clientAddress: string };

export type AuditEntry = {
  action: string;
  recordType: string;
  recordId: string;
  organisationId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

// Secrets change, but what they were or became never enters the trail.
const secretFields = new Set(['passwordHash', 'totpSecret', 'tokenHash', 'csrfToken']);
// Bookkeeping every write changes; the trail records what a person changed.
const bookkeepingFields = new Set(['updatedAt', 'createdAt', 'version', 'id']);

function jsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export function fieldChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (bookkeepingFields.has(key)) continue;
    const was = jsonValue(before?.[key]);
    const now = jsonValue(after?.[key]);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changes[key] = secretFields.has(key)
      ? { before: was === null ? null : '[secret]', after: now === null ? null : '[secret]' }
      : { before: was, after: now };
  }
  return changes;
}

// One lock for the whole chain: entries are appended in commit order even when several processes write.
const chainLock = 0x62697267;

/**
 * Appends an entry to the hash chain inside the caller's transaction. The lock is taken by its own statement
 * so that the next one sees the entry committed just before; the insert then numbers, links and hashes the
 * entry in the database in one round trip, keeping the lock held as briefly as possible.
 */
export async function recordAudit(tx: Transaction, context: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${chainLock})`);
  const fields = {
    id: crypto.randomUUID(),
    at: new Date(),
    actorId: context.actorId,
    organisationId: entry.organisationId,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    changes: fieldChanges(entry.before, entry.after),
    clientAddress: context.clientAddress,
  };
  await tx.execute(sql`
    insert into ${auditEvents} (seq, id, at, actor_id, organisation_id, action, record_type, record_id, changes, client_address, prev_hash, hash)
    select next.seq, ${fields.id}, ${fields.at.toISOString()}, ${fields.actorId}, ${fields.organisationId}, ${fields.action},
      ${fields.recordType}, ${fields.recordId}, ${JSON.stringify(fields.changes)}::jsonb, ${fields.clientAddress}, next.prev,
      encode(sha256(convert_to(next.prev || E'\n' || ${canonicalBeforeSeq(fields)} || next.seq::text || '}', 'UTF8')), 'hex')
    from (
      select coalesce(max(seq), 0) + 1 as seq,
        coalesce((select hash from ${auditEvents} order by seq desc limit 1), ${genesisHash}) as prev
      from ${auditEvents}
    ) as next`);
}
