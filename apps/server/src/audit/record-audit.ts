import { auditEvents, type FieldChanges, type Transaction } from '@birge/db';

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

/**
 * Appends an entry inside the caller's transaction, so it commits or vanishes with the change it records.
 * Nothing is locked: the sealer chains committed entries a moment later (see `seal-chain.ts`).
 */
export async function recordAudit(tx: Transaction, context: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    at: new Date(),
    actorId: context.actorId,
    organisationId: entry.organisationId,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    changes: fieldChanges(entry.before, entry.after),
    clientAddress: context.clientAddress,
  });
}
