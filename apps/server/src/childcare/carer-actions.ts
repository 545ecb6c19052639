import { carePlacements, carers, cases, type Database, organisations, type Queryable } from '@birge/db';
import { type CarerStateInput, carerStepRefusal, type Language, stopsCaring, workToday } from '@birge/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { translate } from '../i18n/translate';
import { isIn } from '../indicators/compile-facts';
import { updateVersioned } from '../records/update-versioned';
import { assertRegionExists } from '../regions/region-queries';
import { insertAudited } from './audited-write';
import { raiseConcern } from './escalation';
import { refused } from './refused';

export type CarerRow = typeof carers.$inferSelect;

export async function findCarer(db: Queryable, id: string): Promise<CarerRow | undefined> {
  const [row] = await db.select().from(carers).where(eq(carers.id, id));
  return row;
}

/** The carers of the organisations in scope with the children living with them now. */
export async function listCarers(db: Queryable, scope: string[]) {
  // Written out qualified: inside a one-table select the query builder would leave "id" to the inner table.
  const placed = sql<number>`(select count(*)::int from ${carePlacements} p
    where p.carer_id = "carers"."id" and p.ended_on is null)`;
  return db
    .select({
      id: carers.id,
      organisationId: carers.organisationId,
      kind: carers.kind,
      name: carers.name,
      regionId: carers.regionId,
      capacity: carers.capacity,
      state: carers.state,
      assessedOn: carers.assessedOn,
      trainedOn: carers.trainedOn,
      approvedOn: carers.approvedOn,
      childrenPlaced: placed,
      version: carers.version,
    })
    .from(carers)
    .where(isIn(sql`${carers.organisationId}`, scope))
    .orderBy(asc(carers.name));
}

export async function registerCarer(
  db: Database,
  context: AuditContext,
  input: Omit<typeof carers.$inferInsert, 'state'>,
) {
  return db.transaction(async (tx) => {
    await assertRegionExists(tx, input.regionId);
    const [organisation] = await tx
      .select({ regionId: organisations.regionId })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    const values = { ...input, regionId: input.regionId ?? organisation?.regionId ?? null };
    return insertAudited(tx, context, carers, values, {
      action: 'childcare.registerCarer',
      recordType: 'carer',
      organisationId: input.organisationId,
    });
  });
}

const stateDay = { assessed: 'assessedOn', trained: 'trainedOn', approved: 'approvedOn' } as const;

/**
 * A carer moves through assessment and training to approval, the day of each step kept (see `carerSteps`).
 * Suspending a carer, or their leaving the registry, raises a concern on every child living with them, for
 * the child's worker and supervisor to act on; the tasks are written in the language of whoever suspends.
 */
export async function changeCarerState(
  db: Database,
  context: AuditContext,
  carer: CarerRow,
  input: CarerStateInput,
  language: Language,
) {
  const refusal = carerStepRefusal(carer, input.state, input.on, workToday());
  if (refusal) throw refused(refusal);
  return db.transaction(async (tx) => {
    const day = input.state in stateDay ? { [stateDay[input.state as keyof typeof stateDay]]: input.on } : {};
    const after = await updateVersioned(tx, carers, carer.id, input.version, { state: input.state, ...day });
    const concerns = stopsCaring(input.state)
      ? await tx
          .select({ placementId: carePlacements.id, caseRow: cases })
          .from(carePlacements)
          .innerJoin(cases, eq(cases.id, carePlacements.caseId))
          .where(and(eq(carePlacements.carerId, carer.id), isNull(carePlacements.endedOn)))
      : [];
    const title = translate(
      language,
      input.state === 'withdrawn' ? 'childcare.task.carerWithdrawn' : 'childcare.task.carerSuspended',
      { name: carer.name },
    );
    for (const { placementId, caseRow } of concerns) {
      await raiseConcern(tx, caseRow, { placementId, title, cause: { carerId: carer.id } });
    }
    await recordAudit(tx, context, {
      action: 'childcare.carerState',
      recordType: 'carer',
      recordId: carer.id,
      organisationId: carer.organisationId,
      before: { state: carer.state },
      after: { state: after.state, ...day, placementsToReview: concerns.map((c) => c.placementId) },
    });
    return after;
  });
}
