import { activities, type Database, monitoringVisits, persons } from '@birge/db';
import type { RecordVisit } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { isFacilitatorOf } from './facilitator-queries';

/** A monitor's visit to a facilitator the organisation trained; where and for which programme, from what was observed. */
export async function recordVisit(
  db: Database,
  context: AuditContext & { actorId: string },
  input: RecordVisit,
) {
  return db.transaction(async (tx) => {
    if (!(await isFacilitatorOf(tx, input.facilitatorId, input.organisationId)))
      throw invalidField('facilitatorId', 'activities.notAFacilitator');
    let observed: { programmeId: string | null; regionId: string | null } | undefined;
    if (input.activityId) {
      [observed] = await tx
        .select({ programmeId: activities.programmeId, regionId: activities.regionId })
        .from(activities)
        .where(eq(activities.id, input.activityId));
      if (!observed) throw invalidField('activityId', 'field.choice');
    }
    const [facilitator] = await tx
      .select({ regionId: persons.regionId })
      .from(persons)
      .where(eq(persons.id, input.facilitatorId));
    const [row] = await tx
      .insert(monitoringVisits)
      .values({
        ...input,
        monitorId: context.actorId,
        programmeId: input.programmeId ?? observed?.programmeId ?? null,
        regionId: observed?.regionId ?? facilitator?.regionId ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'monitoring_visit.record',
      recordType: 'monitoring_visit',
      recordId: row.id,
      organisationId: row.organisationId,
      after: row,
    });
    return { id: row.id };
  });
}
