import { careRecords, type cases, type Database, type Queryable, transitionSteps } from '@birge/db';
import type { CareRecordInput } from '@birge/domain';
import { asc, desc, eq } from 'drizzle-orm';
import type { AuditContext } from '../audit/record-audit';
import { placeUnderChildProtection } from '../persons/person-actions';
import { insertAudited } from './audited-write';
import { placementsOfCase } from './placement-queries';

type CaseRow = typeof cases.$inferSelect;

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

/** Only the current arrangement names one; other records are the worker's words. */
export async function addCareRecord(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: CareRecordInput,
) {
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

export async function addTransitionStep(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: { step: string; responsible: string; dueOn: string },
) {
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
