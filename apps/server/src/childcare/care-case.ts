import { careRecords, type cases, type Database, type Queryable, transitionSteps } from '@birge/db';
import { type CareRecordInput, caseDayRefusal, workToday } from '@birge/domain';
import { asc, desc, eq } from 'drizzle-orm';
import type { AuditContext } from '../audit/record-audit';
import { placeUnderChildProtection } from '../persons/person-actions';
import { insertAudited, markDoneAudited } from './audited-write';
import { placementsOfCase } from './placement-queries';
import { refused } from './refused';

type CaseRow = typeof cases.$inferSelect;
export type StepRow = typeof transitionSteps.$inferSelect;

/** A child's deinstitutionalisation file: what was assessed and heard, the plan, the placements. */
export async function careCaseFile(db: Queryable, caseId: string) {
  const [records, steps, placements] = await Promise.all([
    db.select().from(careRecords).where(eq(careRecords.caseId, caseId)).orderBy(desc(careRecords.recordedOn)),
    db
      .select()
      .from(transitionSteps)
      .where(eq(transitionSteps.caseId, caseId))
      .orderBy(asc(transitionSteps.dueOn)),
    placementsOfCase(db, caseId),
  ]);
  return { records, steps, placements };
}

export async function findStep(db: Queryable, id: string): Promise<StepRow | undefined> {
  const [row] = await db.select().from(transitionSteps).where(eq(transitionSteps.id, id));
  return row;
}

/** What is written on the file happened within the case; only the current arrangement names one. */
export async function addCareRecord(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: CareRecordInput,
) {
  const refusal = caseDayRefusal('recordedOn', input.recordedOn, caseRow.openedOn, workToday(), true);
  if (refusal) throw refused(refusal);
  const values = {
    ...input,
    arrangement: input.kind === 'current_arrangement' ? input.arrangement : null,
    caseId: caseRow.id,
    recordedBy: context.actorId,
  };
  return db.transaction(async (tx) => {
    // A care file is a child-protection record, whatever the kind of the case it is written in.
    await placeUnderChildProtection(tx, caseRow.personId);
    return insertAudited(tx, context, careRecords, values, {
      action: 'childcare.addCareRecord',
      recordType: 'care_record',
      organisationId: caseRow.organisationId,
    });
  });
}

/** A step of the transition plan falls due within the case, never before it opened. */
export async function addTransitionStep(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: { step: string; responsible: string; dueOn: string },
) {
  const refusal = caseDayRefusal('dueOn', input.dueOn, caseRow.openedOn, workToday(), false);
  if (refusal) throw refused(refusal);
  return db.transaction(async (tx) => {
    await placeUnderChildProtection(tx, caseRow.personId);
    return insertAudited(
      tx,
      context,
      transitionSteps,
      { ...input, caseId: caseRow.id },
      {
        action: 'childcare.addTransitionStep',
        recordType: 'transition_step',
        organisationId: caseRow.organisationId,
      },
    );
  });
}

/** A step done on a day within the case and not ahead of today, or opened again when marked by mistake. */
export async function markStepDone(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  step: StepRow,
  input: { doneOn: string | null; version: number },
) {
  if (input.doneOn) {
    const refusal = caseDayRefusal('doneOn', input.doneOn, caseRow.openedOn, workToday(), true);
    if (refusal) throw refused(refusal);
  }
  return markDoneAudited(db, context, transitionSteps, step, input, {
    action: 'childcare.stepDone',
    recordType: 'transition_step',
    organisationId: caseRow.organisationId,
  });
}
