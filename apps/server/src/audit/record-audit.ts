import { auditEvents, type FieldChanges, type Transaction } from '@birge/db';
import { desc, sql } from 'drizzle-orm';
import { chainHash, genesisHash } from './chain';

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

/** Appends an entry to the hash chain inside the caller's transaction. */
export async function recordAudit(tx: Transaction, context: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${chainLock})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
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
  const prevHash = last?.hash ?? genesisHash;
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
}
