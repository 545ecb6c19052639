import { auditEvents, type Transaction } from '@birge/db';
import { type AuditContext, fieldChanges, recordAudit } from '../audit/record-audit';
import { insertAll } from './load-demo-people';

const system: AuditContext = { actorId: null, clientAddress: 'demo' };

/** Demo records are audited like any other write, by "the system". */
export async function audited(
  tx: Transaction,
  recordType: string,
  row: { id: string },
  organisationId: string | null,
) {
  await recordAudit(tx, system, {
    action: `${recordType}.create`,
    recordType,
    recordId: row.id,
    organisationId,
    after: row,
  });
}

/** Demo records are audited like any other write, by "the system", in one statement per batch. */
export async function auditAll(
  tx: Transaction,
  recordType: string,
  rows: ({ id: string } & Record<string, unknown>)[],
  organisationOf: (row: Record<string, unknown>) => string | null,
) {
  const at = new Date();
  await insertAll(
    tx,
    auditEvents,
    rows.map((row) => ({
      at,
      actorId: null,
      organisationId: organisationOf(row),
      action: `${recordType}.create`,
      recordType,
      recordId: row.id,
      changes: fieldChanges(null, row),
      clientAddress: 'demo',
    })),
  );
}
