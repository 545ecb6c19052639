import { type Database, monitoringVisits, persons } from '@birge/db';
import { type Actor, activityPolicy, can, type RecordVisit } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { assertTakesPart } from '../programmes/programme-link';
import { isFacilitatorOf } from './facilitator-queries';
import { findActivity } from './load-activity';

/** A monitor's visit to a facilitator the organisation trained; where and for which programme, from what was observed. */
export async function recordVisit(
  db: Database,
  context: AuditContext & { actorId: string },
  actor: Actor,
  input: RecordVisit,
) {
  return db.transaction(async (tx) => {
    if (!(await isFacilitatorOf(tx, input.facilitatorId, input.organisationId)))
      throw invalidField('facilitatorId', 'activities.notAFacilitator');
    // The activity observed is one the monitor may read; another organisation's is answered as unknown.
    const observed = input.activityId ? await findActivity(tx, input.activityId) : null;
    if (input.activityId && (!observed || !can(activityPolicy, actor, 'read', observed)))
      throw invalidField('activityId', 'field.choice');
    await assertTakesPart(tx, input.programmeId ?? null, input.organisationId);
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
