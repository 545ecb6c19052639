import { auditEvents, type Queryable, users } from '@birge/db';
import { type Actor, auditScope, childcareScope } from '@birge/domain';
import { and, desc, eq, gte, inArray, lt, lte, type SQL } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';
import { aboutProtectedPerson } from './audit-subjects';

export type AuditFilter = {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/**
 * Newest first; limited to the organisations the actor administers (entries of no organisation are the
 * platform's). Who did what to which record, and when, is always shown; what an entry about a person protected
 * as a child changed only to whom holds child protection in the entry's organisation. The stored entry is
 * untouched, so the chain still verifies.
 */
export async function listAuditEvents(db: Queryable, actor: Actor, filter: AuditFilter) {
  const scope = auditScope(actor);
  if (scope !== 'all' && scope.length === 0) return { items: [], nextCursor: null };
  const conditions: SQL[] = [];
  if (scope !== 'all') conditions.push(inArray(auditEvents.organisationId, scope));
  if (filter.recordType) conditions.push(eq(auditEvents.recordType, filter.recordType));
  if (filter.recordId) conditions.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.from) conditions.push(gte(auditEvents.at, new Date(filter.from)));
  if (filter.to) conditions.push(lte(auditEvents.at, new Date(filter.to)));
  const after = decodeCursor(filter.cursor, 1);
  if (after) conditions.push(lt(auditEvents.seq, Number(after[0])));
  const rows = await db
    .select({
      id: auditEvents.id,
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: users.name,
      organisationId: auditEvents.organisationId,
      action: auditEvents.action,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      changes: auditEvents.changes,
      clientAddress: auditEvents.clientAddress,
      aboutProtectedPerson,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.seq))
    .limit(filter.limit + 1);
  const result = page(rows, filter.limit, (row) => [row.seq]);
  const readsChildren = new Set(childcareScope(actor));
  return {
    items: result.items.map(({ actorId, actorName, aboutProtectedPerson, changes, ...entry }) => {
      const redacted =
        aboutProtectedPerson && !(entry.organisationId && readsChildren.has(entry.organisationId));
      return {
        ...entry,
        changes: redacted ? {} : changes,
        redacted,
        actor: actorId ? { id: actorId, name: actorName ?? '' } : null,
      };
    }),
    nextCursor: result.nextCursor,
  };
}
