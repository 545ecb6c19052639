import type { Transaction } from '@birge/db';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { stale } from '../http/app-error';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Writes changes only if the record is still at the version the client saw; otherwise 409, nothing changed.
 * The version moves on with every write, so two people editing the same record cannot overwrite each other.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Transaction,
  table: T,
  id: string,
  version: number,
  changes: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()) as T['$inferSelect'][];
  const [updated] = rows;
  if (!updated) throw stale();
  return updated;
}
