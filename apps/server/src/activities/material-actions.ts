import { activityMaterials, type Database } from '@birge/db';
import { maxMaterialBytes } from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../http/app-error';
import type { LoadedActivity } from './load-activity';

export async function addMaterial(
  db: Database,
  context: AuditContext,
  activity: LoadedActivity,
  file: { name: string; type: string; content: Buffer },
) {
  if (file.content.length === 0) throw new AppError(400, 'activities.materialEmpty');
  if (file.content.length > maxMaterialBytes)
    throw new AppError(413, 'activities.materialTooLarge', { megabytes: maxMaterialBytes / 1024 / 1024 });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(activityMaterials)
      .values({
        activityId: activity.id,
        name: file.name,
        mediaType: file.type,
        size: file.content.length,
        content: file.content,
        uploadedBy: context.actorId,
      })
      .returning({
        id: activityMaterials.id,
        name: activityMaterials.name,
        mediaType: activityMaterials.mediaType,
        size: activityMaterials.size,
        createdAt: activityMaterials.createdAt,
      });
    if (!row) throw new Error('insert returned no row');
    // The trail records the file, not its bytes.
    await recordAudit(tx, context, {
      action: 'activity_material.add',
      recordType: 'activity_material',
      recordId: row.id,
      organisationId: activity.organisationId,
      after: { ...row, activityId: activity.id },
    });
    return row;
  });
}

export async function removeMaterial(
  db: Database,
  context: AuditContext,
  activity: LoadedActivity,
  materialId: string,
) {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(activityMaterials)
      .where(and(eq(activityMaterials.id, materialId), eq(activityMaterials.activityId, activity.id)))
      .returning({ id: activityMaterials.id, name: activityMaterials.name, size: activityMaterials.size });
    if (!removed) throw notFound();
    await recordAudit(tx, context, {
      action: 'activity_material.remove',
      recordType: 'activity_material',
      recordId: removed.id,
      organisationId: activity.organisationId,
      before: { ...removed, activityId: activity.id },
    });
  });
}
