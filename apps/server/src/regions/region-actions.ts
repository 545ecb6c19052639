import { type Database, regions } from '@birge/db';
import { type createRegionSchema, mayHoldChild } from '@birge/domain';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { findRegion } from './region-queries';

export async function addRegion(
  db: Database,
  context: AuditContext,
  input: z.infer<typeof createRegionSchema>,
) {
  return db.transaction(async (tx) => {
    const parent = await findRegion(tx, input.parentId);
    if (!parent) throw invalidField('parentId', 'field.choice');
    if (!mayHoldChild(parent.level, input.level)) {
      throw invalidField('level', 'regions.badParent', { level: input.level });
    }
    const [created] = await tx
      .insert(regions)
      .values({ ...input, country: parent.country })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'region.create',
      recordType: 'region',
      recordId: created.id,
      organisationId: null,
      after: created,
    });
    return created;
  });
}
