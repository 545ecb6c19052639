import {
  carePlacements,
  careRecords,
  carers,
  type cases,
  type Database,
  persons,
  placementVisits,
  type Transaction,
} from '@birge/db';
import {
  type EndPlacementInput,
  type ExtraVisitInput,
  endDayRefusal,
  placementRefusal,
  type StartPlacementInput,
  type VisitRecordInput,
  visitDayRefusal,
  visitSchedule,
  workToday,
} from '@birge/domain';
import { and, eq, gt, isNull, max, sql } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { placeUnderChildProtection } from '../persons/person-actions';
import { updateVersioned } from '../records/update-versioned';
import { raiseConcern } from './escalation';
import { findInstitution } from './institution-queries';
import type { PlacementRow, VisitRow } from './placement-queries';
import { refused } from './refused';

type CaseRow = typeof cases.$inferSelect;

/**
 * The carer named for a placement, locked until the placement is written: two placements at once cannot both
 * take a carer's last place. Another organisation's carer is answered like one that does not exist.
 */
async function lockedCarer(tx: Transaction, carerId: string | null, caseRow: CaseRow) {
  if (!carerId) return null;
  const [carer] = await tx.select().from(carers).where(eq(carers.id, carerId)).for('update');
  if (!carer || carer.organisationId !== caseRow.organisationId)
    throw invalidField('carerId', 'childcare.unknownCarer');
  const [living] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(carePlacements)
    .where(and(eq(carePlacements.carerId, carer.id), isNull(carePlacements.endedOn)));
  return { ...carer, children: living?.n ?? 0 };
}

/**
 * A child goes to a family or community placement on the decision written on their file (see
 * `placementRefusal`), and the visit schedule is written with it. The child's row is locked for the while, so
 * that two placements of one child cannot start at once.
 */
export async function startPlacement(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: StartPlacementInput,
) {
  if (input.institutionId && !(await findInstitution(db, input.institutionId)))
    throw invalidField('institutionId', 'childcare.unknownInstitution');
  const { visitMonths, ...placement } = input;
  return db.transaction(async (tx) => {
    await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, caseRow.personId)).for('update');
    const carer = await lockedCarer(tx, input.carerId, caseRow);
    const [[open], decisions, [last]] = await Promise.all([
      tx
        .select({ id: carePlacements.id })
        .from(carePlacements)
        .where(and(eq(carePlacements.personId, caseRow.personId), isNull(carePlacements.endedOn)))
        .limit(1),
      tx
        .select({ on: careRecords.recordedOn })
        .from(careRecords)
        .where(and(eq(careRecords.caseId, caseRow.id), eq(careRecords.kind, 'placement_decision'))),
      tx
        .select({ on: max(carePlacements.startedOn) })
        .from(carePlacements)
        .where(eq(carePlacements.caseId, caseRow.id)),
    ]);
    const refusal = placementRefusal({
      type: input.type,
      startedOn: input.startedOn,
      today: workToday(),
      caseOpenedOn: caseRow.openedOn,
      openPlacement: open !== undefined,
      decisions: decisions.map((d) => d.on),
      lastPlacementOn: last?.on ?? null,
      carer,
    });
    if (refusal) throw refused(refusal);
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
  const refusal = endDayRefusal(input.endedOn, placement.startedOn, workToday());
  if (refusal) throw refused(refusal);
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

/** A visit's concerns become tasks for the case's worker and supervisor: the findings are their title. */
async function escalateVisit(tx: Transaction, caseRow: CaseRow, visit: VisitRow) {
  if (!visit.concerns) return visit;
  const escalatedTo = await raiseConcern(tx, caseRow, {
    placementId: visit.placementId,
    title: visit.findings,
    cause: { visitId: visit.id },
  });
  const [after] = await tx
    .update(placementVisits)
    .set({ escalatedTo })
    .where(eq(placementVisits.id, visit.id))
    .returning();
  return after ?? visit;
}

/** A visit of the schedule is recorded once, on a day the child lived in the placement, not ahead of today. */
export async function recordVisit(
  db: Database,
  context: AuditContext,
  placement: PlacementRow,
  caseRow: CaseRow,
  visit: VisitRow,
  input: VisitRecordInput,
) {
  if (visit.visitedOn) throw invalidField('visitedOn', 'childcare.visitRecorded');
  const refusal = visitDayRefusal(input.visitedOn, placement, workToday());
  if (refusal) throw refused(refusal);
  return db.transaction(async (tx) => {
    const recorded = await updateVersioned(tx, placementVisits, visit.id, input.version, {
      visitedOn: input.visitedOn,
      findings: input.findings,
      concerns: input.concerns,
      visitedBy: context.actorId,
    });
    const after = await escalateVisit(tx, caseRow, recorded);
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

/** A visit outside the schedule, made when a difficulty came up: recorded as made, its concerns escalated. */
export async function recordExtraVisit(
  db: Database,
  context: AuditContext,
  placement: PlacementRow,
  caseRow: CaseRow,
  input: ExtraVisitInput,
) {
  const refusal = visitDayRefusal(input.visitedOn, placement, workToday());
  if (refusal) throw refused(refusal);
  return db.transaction(async (tx) => {
    const [recorded] = await tx
      .insert(placementVisits)
      .values({
        placementId: placement.id,
        month: null,
        dueOn: input.visitedOn,
        visitedOn: input.visitedOn,
        findings: input.findings,
        concerns: input.concerns,
        visitedBy: context.actorId,
      })
      .returning();
    if (!recorded) throw new Error('insert returned no row');
    const after = await escalateVisit(tx, caseRow, recorded);
    await recordAudit(tx, context, {
      action: 'childcare.recordExtraVisit',
      recordType: 'placement_visit',
      recordId: after.id,
      organisationId: placement.organisationId,
      after,
    });
    return after;
  });
}
