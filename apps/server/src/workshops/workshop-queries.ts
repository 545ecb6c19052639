import {
  persons,
  productionRecords,
  type Queryable,
  traineeModules,
  users,
  workshopModules,
  workshopSales,
  workshops,
  workshopTrainees,
} from '@birge/db';
import { type Actor, traineeProgress } from '@birge/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { isIn } from '../indicators/compile-facts';
import { namingColumns, shownName } from '../persons/person-access';

export type WorkshopRow = typeof workshops.$inferSelect;

export async function findWorkshop(db: Queryable, id: string): Promise<WorkshopRow | undefined> {
  const [row] = await db.select().from(workshops).where(eq(workshops.id, id));
  return row;
}

/** The workshops of the organisations in scope, or of one of them. */
export async function listWorkshops(db: Queryable, scope: string[], organisationId?: string) {
  const allowed = organisationId ? scope.filter((id) => id === organisationId) : scope;
  if (allowed.length === 0) return [];
  const enrolled = sql<number>`(select count(*)::int from ${workshopTrainees}
    where ${workshopTrainees.workshopId} = ${workshops.id} and ${workshopTrainees.status} = 'enrolled')`;
  const completed = sql<number>`(select count(*)::int from ${workshopTrainees}
    where ${workshopTrainees.workshopId} = ${workshops.id} and ${workshopTrainees.status} = 'completed')`;
  return db
    .select({
      id: workshops.id,
      organisationId: workshops.organisationId,
      kind: workshops.kind,
      name: workshops.name,
      address: workshops.address,
      capacity: workshops.capacity,
      enrolled,
      completed,
    })
    .from(workshops)
    .where(isIn(sql`${workshops.organisationId}`, allowed))
    .orderBy(asc(workshops.name));
}

export async function workshopModulesOf(db: Queryable, workshopId: string) {
  return db
    .select({
      id: workshopModules.id,
      position: workshopModules.position,
      title: workshopModules.title,
      hours: workshopModules.hours,
    })
    .from(workshopModules)
    .where(eq(workshopModules.workshopId, workshopId))
    .orderBy(asc(workshopModules.position));
}

/**
 * The trainees and the modules each has done: what "3 of 5" is made of. A trainee is named, and their reason
 * for leaving told, only to whom the person rule allows; the others are counted.
 */
export async function traineesOf(db: Queryable, actor: Actor, workshopId: string, modules: number) {
  const rows = await db
    .select({
      id: workshopTrainees.id,
      personId: workshopTrainees.personId,
      person: namingColumns,
      startedOn: workshopTrainees.startedOn,
      status: workshopTrainees.status,
      completedOn: workshopTrainees.completedOn,
      leftOn: workshopTrainees.leftOn,
      leavingReason: workshopTrainees.leavingReason,
      version: workshopTrainees.version,
    })
    .from(workshopTrainees)
    .innerJoin(persons, eq(persons.id, workshopTrainees.personId))
    .where(eq(workshopTrainees.workshopId, workshopId))
    .orderBy(asc(persons.familyName), asc(persons.givenName));
  const done = rows.length
    ? await db
        .select({ traineeId: traineeModules.traineeId, moduleId: traineeModules.moduleId })
        .from(traineeModules)
        .where(
          inArray(
            traineeModules.traineeId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map(({ person, ...row }) => {
    const moduleIds = done.filter((d) => d.traineeId === row.id).map((d) => d.moduleId);
    const name = shownName(actor, person);
    return {
      ...row,
      name,
      leavingReason: name === null ? '' : row.leavingReason,
      modulesDone: moduleIds,
      progress: traineeProgress(moduleIds.length, modules),
    };
  });
}

export async function findTrainee(db: Queryable, id: string) {
  const [row] = await db.select().from(workshopTrainees).where(eq(workshopTrainees.id, id));
  return row;
}

/** The log, latest first, with the name of whoever recorded each entry. */
export async function productionLog(db: Queryable, workshopId: string) {
  return db
    .select({
      id: productionRecords.id,
      producedOn: productionRecords.producedOn,
      product: productionRecords.product,
      quantity: productionRecords.quantity,
      unit: productionRecords.unit,
      recordedBy: users.name,
    })
    .from(productionRecords)
    .leftJoin(users, eq(users.id, productionRecords.recordedBy))
    .where(eq(productionRecords.workshopId, workshopId))
    .orderBy(desc(productionRecords.producedOn), desc(productionRecords.createdAt))
    .limit(500);
}

export async function salesLog(db: Queryable, workshopId: string) {
  return db
    .select({
      id: workshopSales.id,
      soldOn: workshopSales.soldOn,
      product: workshopSales.product,
      quantity: workshopSales.quantity,
      unit: workshopSales.unit,
      amount: workshopSales.amount,
      currency: workshopSales.currency,
      buyerKind: workshopSales.buyerKind,
      recordedBy: users.name,
    })
    .from(workshopSales)
    .leftJoin(users, eq(users.id, workshopSales.recordedBy))
    .where(eq(workshopSales.workshopId, workshopId))
    .orderBy(desc(workshopSales.soldOn), desc(workshopSales.createdAt))
    .limit(500);
}

/** Produced and sold per product, unit and year; sales per currency, never added across currencies. */
export async function productTotals(db: Queryable, workshopId: string) {
  const year = (day: unknown) => sql<number>`extract(year from ${day})::int`;
  const produced = await db
    .select({
      year: year(productionRecords.producedOn),
      product: productionRecords.product,
      unit: productionRecords.unit,
      quantity: sql<string>`sum(${productionRecords.quantity})`,
    })
    .from(productionRecords)
    .where(eq(productionRecords.workshopId, workshopId))
    .groupBy(sql`1`, productionRecords.product, productionRecords.unit)
    .orderBy(sql`1`, productionRecords.product);
  const sold = await db
    .select({
      year: year(workshopSales.soldOn),
      product: workshopSales.product,
      unit: workshopSales.unit,
      currency: workshopSales.currency,
      quantity: sql<string>`sum(${workshopSales.quantity})`,
      amount: sql<string>`sum(${workshopSales.amount})`,
    })
    .from(workshopSales)
    .where(and(eq(workshopSales.workshopId, workshopId)))
    .groupBy(sql`1`, workshopSales.product, workshopSales.unit, workshopSales.currency)
    .orderBy(sql`1`, workshopSales.product);
  return {
    produced: produced.map((r) => ({ ...r, quantity: Number(r.quantity) })),
    sold: sold.map((r) => ({ ...r, quantity: Number(r.quantity), amount: Number(r.amount) })),
  };
}
