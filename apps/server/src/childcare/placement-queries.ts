import {
  careInstitutions,
  carePlacements,
  carers,
  organisations,
  persons,
  placementVisits,
  type Queryable,
} from '@birge/db';
import { visitStatus, workToday } from '@birge/domain';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';
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
  const day = workToday();
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

const ended = sql<number>`(${carePlacements.endedOn} is not null)::int`;

/**
 * The placements of the organisations in scope, a page at a time: current ones first, the latest started first,
 * each with the next visit owed. The cursor is the last row's (ended, start, id).
 */
export async function listPlacements(
  db: Queryable,
  scope: string[],
  paging: { cursor?: string | undefined; limit: number; updatedSince?: string | undefined },
) {
  const after = decodeCursor(paging.cursor, 3);
  const rows = await placementsQuery(db)
    .where(
      and(
        isIn(sql`${carePlacements.organisationId}`, scope),
        paging.updatedSince ? gt(carePlacements.updatedAt, new Date(paging.updatedSince)) : undefined,
        after
          ? sql`(${ended} > ${after[0]} or (${ended} = ${after[0]} and (${carePlacements.startedOn} < ${after[1]}
              or (${carePlacements.startedOn} = ${after[1]} and ${carePlacements.id} < ${after[2]}))))`
          : undefined,
      ),
    )
    .orderBy(ended, desc(carePlacements.startedOn), desc(carePlacements.id))
    .limit(paging.limit + 1);
  const visits = await visitsOf(
    db,
    rows.map((r) => r.id),
  );
  const withVisits = rows.map((row) => ({
    ...row,
    nextVisit: visits.find((v) => v.placementId === row.id && v.status !== 'done') ?? null,
  }));
  return page(withVisits, paging.limit, (row) => [row.endedOn ? 1 : 0, row.startedOn, row.id]);
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
