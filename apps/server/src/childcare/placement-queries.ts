import {
  careInstitutions,
  carePlacements,
  carers,
  organisations,
  persons,
  placementVisits,
  type Queryable,
} from '@birge/db';
import { today, visitStatus } from '@birge/domain';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { isIn } from '../indicators/compile-facts';

export type PlacementRow = typeof carePlacements.$inferSelect;
export type VisitRow = typeof placementVisits.$inferSelect;

export async function findPlacement(db: Queryable, id: string): Promise<PlacementRow | undefined> {
  const [row] = await db.select().from(carePlacements).where(eq(carePlacements.id, id));
  return row;
}

export async function findVisit(db: Queryable, id: string): Promise<VisitRow | undefined> {
  const [row] = await db.select().from(placementVisits).where(eq(placementVisits.id, id));
  return row;
}

/** The visits of placements, in schedule order, each with its status today. */
export async function visitsOf(db: Queryable, placementIds: string[]) {
  if (placementIds.length === 0) return [];
  const rows = await db
    .select()
    .from(placementVisits)
    .where(inArray(placementVisits.placementId, placementIds))
    .orderBy(asc(placementVisits.dueOn));
  const day = today();
  return rows.map((v) => ({ ...v, status: visitStatus(v, day) }));
}

const placementColumns = {
  id: carePlacements.id,
  caseId: carePlacements.caseId,
  personId: carePlacements.personId,
  familyName: persons.familyName,
  givenName: persons.givenName,
  organisationId: carePlacements.organisationId,
  type: carePlacements.type,
  carerId: carePlacements.carerId,
  carerName: carers.name,
  institutionId: carePlacements.institutionId,
  institutionName: organisations.name,
  programmeId: carePlacements.programmeId,
  startedOn: carePlacements.startedOn,
  endedOn: carePlacements.endedOn,
  ending: carePlacements.ending,
  breakdownReason: carePlacements.breakdownReason,
  endNote: carePlacements.endNote,
  version: carePlacements.version,
};

function placementsQuery(db: Queryable) {
  return db
    .select(placementColumns)
    .from(carePlacements)
    .innerJoin(persons, eq(persons.id, carePlacements.personId))
    .leftJoin(carers, eq(carers.id, carePlacements.carerId))
    .leftJoin(careInstitutions, eq(careInstitutions.id, carePlacements.institutionId))
    .leftJoin(organisations, eq(organisations.id, careInstitutions.organisationId));
}

/** A placement with the child's name, the carer, and its visit schedule. */
export async function placementDetails(db: Queryable, id: string) {
  const [placement] = await placementsQuery(db).where(eq(carePlacements.id, id));
  if (!placement) return undefined;
  return { placement, visits: await visitsOf(db, [id]) };
}

/** The placements of the organisations in scope, current ones first, with the next visit owed. */
export async function listPlacements(db: Queryable, scope: string[]) {
  const rows = await placementsQuery(db)
    .where(isIn(sql`${carePlacements.organisationId}`, scope))
    .orderBy(sql`${carePlacements.endedOn} is not null`, desc(carePlacements.startedOn))
    .limit(200);
  const visits = await visitsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    nextVisit: visits.find((v) => v.placementId === row.id && v.status !== 'done') ?? null,
  }));
}

export async function placementsOfCase(db: Queryable, caseId: string) {
  const rows = await placementsQuery(db)
    .where(eq(carePlacements.caseId, caseId))
    .orderBy(desc(carePlacements.startedOn));
  const visits = await visitsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, visits: visits.filter((v) => v.placementId === row.id) }));
}
