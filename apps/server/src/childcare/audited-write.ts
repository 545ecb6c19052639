import type { Transaction } from '@birge/db';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type AuditContext, recordAudit } from '../audit/record-audit';

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
