import { carePlacements, carers, type Database, organisations, type Queryable } from '@birge/db';
import type { CarerStateInput } from '@birge/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { isIn } from '../indicators/compile-facts';
import { updateVersioned } from '../records/update-versioned';
import { insertAudited } from './audited-write';

export type CarerRow = typeof carers.$inferSelect;

export async function findCarer(db: Queryable, id: string): Promise<CarerRow | undefined> {
  const [row] = await db.select().from(carers).where(eq(carers.id, id));
  return row;
}

/** The carers of the organisations in scope with the children living with them now. */
export async function listCarers(db: Queryable, scope: string[]) {
  const placed = sql<number>`(select count(*)::int from ${carePlacements} p
    where p.carer_id = ${carers.id} and p.ended_on is null)`;
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

/** A carer moves through assessment and training to approval; the day of each step is kept. */
export async function changeCarerState(
  db: Database,
  context: AuditContext,
  carer: CarerRow,
  input: CarerStateInput,
) {
  return db.transaction(async (tx) => {
    const day = input.state in stateDay ? { [stateDay[input.state as keyof typeof stateDay]]: input.on } : {};
    const after = await updateVersioned(tx, carers, carer.id, input.version, { state: input.state, ...day });
    await recordAudit(tx, context, {
      action: 'childcare.carerState',
      recordType: 'carer',
      recordId: carer.id,
      organisationId: carer.organisationId,
      before: { state: carer.state },
      after: { state: after.state, ...day },
    });
    return after;
  });
}

/** Children living with the carer now, for the check against their capacity. */
export async function childrenWith(db: Queryable, carerId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(carePlacements)
    .where(and(eq(carePlacements.carerId, carerId), isNull(carePlacements.endedOn)));
  return row?.n ?? 0;
}
