import { carePlacements, type cases, caseTasks, type Database, placementVisits } from '@birge/db';
import {
  type EndPlacementInput,
  escalationRecipients,
  type StartPlacementInput,
  type VisitRecordInput,
  visitSchedule,
} from '@birge/domain';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { placeUnderChildProtection } from '../persons/person-actions';
import { updateVersioned } from '../records/update-versioned';
import { childrenWith, findCarer } from './carer-actions';
import { findInstitution } from './institution-queries';
import type { PlacementRow, VisitRow } from './placement-queries';

type CaseRow = typeof cases.$inferSelect;

/**
 * A child goes to a family or community placement: the carer must be one of the organisation's approved carers
 * with room for the child, and the visit schedule is written with the placement.
 */
export async function startPlacement(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: StartPlacementInput,
) {
  if (input.carerId) {
    const carer = await findCarer(db, input.carerId);
    if (!carer || carer.organisationId !== caseRow.organisationId)
      throw invalidField('carerId', 'childcare.unknownCarer');
    if (carer.state !== 'approved') throw invalidField('carerId', 'childcare.carerNotApproved');
    if ((await childrenWith(db, carer.id)) >= carer.capacity)
      throw invalidField('carerId', 'childcare.carerFull');
  }
  if (input.institutionId && !(await findInstitution(db, input.institutionId)))
    throw invalidField('institutionId', 'childcare.unknownInstitution');
  const { visitMonths, ...placement } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(carePlacements)
      .values({
        ...placement,
        caseId: caseRow.id,
        personId: caseRow.personId,
        organisationId: caseRow.organisationId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await placeUnderChildProtection(tx, row.personId);
    const visits = await tx
      .insert(placementVisits)
      .values(visitSchedule(row.startedOn, visitMonths).map((v) => ({ ...v, placementId: row.id })))
      .returning();
    await recordAudit(tx, context, {
      action: 'childcare.startPlacement',
      recordType: 'care_placement',
      recordId: row.id,
      organisationId: row.organisationId,
      after: { ...row, visits: visits.map((v) => v.dueOn) },
    });
    return { placement: row, visits };
  });
}

/** A placement ends as planned or breaks down; visits owed after its end are no longer made. */
export async function endPlacement(
  db: Database,
  context: AuditContext,
  placement: PlacementRow,
  input: EndPlacementInput,
) {
  if (placement.endedOn) throw invalidField('endedOn', 'childcare.alreadyEnded');
  if (input.endedOn < placement.startedOn) throw invalidField('endedOn', 'childcare.beforeStart');
  return db.transaction(async (tx) => {
    const after = await updateVersioned(tx, carePlacements, placement.id, input.version, {
      endedOn: input.endedOn,
      ending: input.ending,
      breakdownReason: input.ending === 'breakdown' ? input.breakdownReason : null,
      endNote: input.ending === 'breakdown' ? input.note : '',
    });
    const dropped = await tx
      .delete(placementVisits)
      .where(
        and(
          eq(placementVisits.placementId, placement.id),
          isNull(placementVisits.visitedOn),
          gt(placementVisits.dueOn, input.endedOn),
        ),
      )
      .returning({ dueOn: placementVisits.dueOn });
    await recordAudit(tx, context, {
      action: 'childcare.endPlacement',
      recordType: 'care_placement',
      recordId: placement.id,
      organisationId: placement.organisationId,
      before: { endedOn: null, visits: dropped.map((v) => v.dueOn) },
      after: { endedOn: after.endedOn, ending: after.ending, breakdownReason: after.breakdownReason },
    });
    return after;
  });
}

/**
 * A visit is recorded once, not before the placement began. Concerns become a task for the case's worker
 * and one for its supervisor, due the day of the visit, so they see it at the top of their lists.
 */
export async function recordVisit(
  db: Database,
  context: AuditContext,
  placement: PlacementRow,
  caseRow: CaseRow,
  visit: VisitRow,
  input: VisitRecordInput,
) {
  if (visit.visitedOn) throw invalidField('visitedOn', 'childcare.visitRecorded');
  if (input.visitedOn < placement.startedOn) throw invalidField('visitedOn', 'childcare.beforeStart');
  const recipients = escalationRecipients(input, caseRow);
  return db.transaction(async (tx) => {
    const after = await updateVersioned(tx, placementVisits, visit.id, input.version, {
      visitedOn: input.visitedOn,
      findings: input.findings,
      concerns: input.concerns,
      visitedBy: context.actorId,
      escalatedTo: recipients,
    });
    if (recipients.length > 0) {
      await tx.insert(caseTasks).values(
        recipients.map((assigneeId) => ({
          caseId: caseRow.id,
          title: input.findings.slice(0, 200),
          assigneeId,
          dueOn: input.visitedOn,
        })),
      );
    }
    await recordAudit(tx, context, {
      action: 'childcare.recordVisit',
      recordType: 'placement_visit',
      recordId: visit.id,
      organisationId: placement.organisationId,
      before: { visitedOn: null },
      after: { visitedOn: after.visitedOn, concerns: after.concerns, escalatedTo: after.escalatedTo },
    });
    return after;
  });
}
