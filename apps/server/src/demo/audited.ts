import type { Transaction } from '@birge/db';
import { type AuditContext, recordAudit } from '../audit/record-audit';

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
