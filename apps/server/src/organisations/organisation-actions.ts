import { type Database, organisations } from '@birge/db';
import type { createOrganisationSchema, updateOrganisationSchema } from '@birge/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { notFound } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';
import { assertRegionExists } from '../regions/region-queries';

export async function createOrganisation(
  db: Database,
  context: AuditContext,
  input: z.infer<typeof createOrganisationSchema>,
) {
  return db.transaction(async (tx) => {
    await assertRegionExists(tx, input.regionId);
    const [created] = await tx.insert(organisations).values(input).returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'organisation.create',
      recordType: 'organisation',
      recordId: created.id,
      organisationId: created.id,
      after: created,
    });
    return created;
  });
}

export async function updateOrganisation(
  db: Database,
  context: AuditContext,
  id: string,
  input: z.infer<typeof updateOrganisationSchema>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, id));
    if (!before) throw notFound();
    const { version, ...changes } = input;
    if (changes.regionId !== undefined) await assertRegionExists(tx, changes.regionId);
    const after = await updateVersioned(tx, organisations, id, version, changes);
    await recordAudit(tx, context, {
      action: 'organisation.update',
      recordType: 'organisation',
      recordId: id,
      organisationId: id,
      before,
      after,
    });
    return after;
  });
}
