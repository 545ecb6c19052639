import type { Database, reorganisationMilestones, Transaction, transitionSteps } from '@birge/db';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { updateVersioned } from '../records/update-versioned';

type Audit = { action: string; recordType: string; organisationId: string };

/** Inserts one row and writes its audit entry in the same transaction. */
export async function insertAudited<T extends PgTable>(
  tx: Transaction,
  context: AuditContext,
  table: T,
  values: T['$inferInsert'],
  audit: Audit,
): Promise<T['$inferSelect'] & { id: string }> {
  const [row] = (await tx.insert(table).values(values).returning()) as (T['$inferSelect'] & { id: string })[];
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, context, { ...audit, recordId: row.id, after: row });
  return row;
}

/** The plans whose items are marked done on a day: an institution's milestones, a child's transition steps. */
type PlanTable = typeof reorganisationMilestones | typeof transitionSteps;

/** Marks an item of a plan done on a day (or open again, with none), at the version the client saw, audited. */
export async function markDoneAudited(
  db: Database,
  context: AuditContext,
  table: PlanTable,
  item: { id: string; doneOn: string | null },
  input: { doneOn: string | null; version: number },
  audit: Audit,
) {
  return db.transaction(async (tx) => {
    const after = await updateVersioned(tx, table as typeof transitionSteps, item.id, input.version, {
      doneOn: input.doneOn,
    });
    await recordAudit(tx, context, {
      ...audit,
      recordId: item.id,
      before: { doneOn: item.doneOn },
      after: { doneOn: after.doneOn },
    });
    return after;
  });
}
