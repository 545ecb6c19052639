import {
  careInstitutions,
  carePlacements,
  institutionCounts,
  organisations,
  type Queryable,
  reorganisationMilestones,
} from '@birge/db';
import { type InstitutionAgeBand, institutionAgeBands } from '@birge/domain';
import { asc, eq, sql } from 'drizzle-orm';

export type InstitutionRow = typeof careInstitutions.$inferSelect;

export async function findInstitution(db: Queryable, id: string): Promise<InstitutionRow | undefined> {
  const [row] = await db.select().from(careInstitutions).where(eq(careInstitutions.id, id));
  return row;
}

// Written out qualified: inside the subqueries the query builder could leave "id" to the inner table.
const institutionId = sql.raw('"care_institutions"."id"');
const latestCountedOn = sql<string | null>`(select max(l.counted_on)::text from ${institutionCounts} l
  where l.institution_id = ${institutionId})`;
const latestCount = sql<number | null>`(select sum(c.children)::int from ${institutionCounts} c
  where c.institution_id = ${institutionId} and c.counted_on = ${latestCountedOn}::date)`;
/** Children, not placements: a child placed again after a breakdown left the institution once. */
const childrenLeft = sql<number>`(select count(distinct p.person_id)::int from ${carePlacements} p
  where p.institution_id = ${institutionId})`;
/** A child who leaves on the day of a count was still counted that day. */
const leftSinceCount = sql<number>`(select count(distinct p.person_id)::int from ${carePlacements} p
  where p.institution_id = ${institutionId} and p.started_on >= ${latestCountedOn}::date)`;

/**
 * Every institution with its capacity, the children who left it, and the children in it now: the latest count
 * less the children placed out of it since that count. Numbers, never names.
 */
export async function listInstitutions(db: Queryable) {
  const rows = await db
    .select({
      id: careInstitutions.id,
      organisationId: careInstitutions.organisationId,
      name: organisations.name,
      regionId: organisations.regionId,
      capacity: careInstitutions.capacity,
      targetChildrenLeaving: careInstitutions.targetChildrenLeaving,
      targetDate: careInstitutions.targetDate,
      countedChildren: latestCount,
      countedOn: latestCountedOn,
      leftSinceCount,
      childrenLeft,
    })
    .from(careInstitutions)
    .innerJoin(organisations, eq(organisations.id, careInstitutions.organisationId))
    .orderBy(asc(organisations.name));
  return rows.map((row) => ({
    ...row,
    children: row.countedChildren === null ? null : Math.max(0, row.countedChildren - row.leftSinceCount),
  }));
}

/** The counts over time, a row a day, with the groups that make up each total. */
export async function countsOf(db: Queryable, institutionId: string) {
  const rows = await db
    .select({
      countedOn: institutionCounts.countedOn,
      ageBand: institutionCounts.ageBand,
      sex: institutionCounts.sex,
      disability: institutionCounts.disability,
      children: institutionCounts.children,
    })
    .from(institutionCounts)
    .where(eq(institutionCounts.institutionId, institutionId))
    .orderBy(asc(institutionCounts.countedOn));
  const days = new Map<
    string,
    {
      countedOn: string;
      total: number;
      girls: number;
      boys: number;
      withDisability: number;
      byAge: Record<InstitutionAgeBand, number>;
      groups: typeof rows;
    }
  >();
  for (const row of rows) {
    const day = days.get(row.countedOn) ?? {
      countedOn: row.countedOn,
      total: 0,
      girls: 0,
      boys: 0,
      withDisability: 0,
      byAge: Object.fromEntries(institutionAgeBands.map((band) => [band, 0])) as Record<
        InstitutionAgeBand,
        number
      >,
      groups: [],
    };
    day.total += row.children;
    day.byAge[row.ageBand] += row.children;
    if (row.sex === 'female') day.girls += row.children;
    else day.boys += row.children;
    if (row.disability === 'yes') day.withDisability += row.children;
    day.groups.push(row);
    days.set(row.countedOn, day);
  }
  return [...days.values()];
}

export async function milestonesOf(db: Queryable, institutionId: string) {
  return db
    .select()
    .from(reorganisationMilestones)
    .where(eq(reorganisationMilestones.institutionId, institutionId))
    .orderBy(asc(reorganisationMilestones.dueOn));
}

/** The children who left the institution, by the care they went to. */
export async function departuresOf(db: Queryable, institutionId: string) {
  return db
    .select({
      type: carePlacements.type,
      children: sql<number>`count(distinct ${carePlacements.personId})::int`,
    })
    .from(carePlacements)
    .where(eq(carePlacements.institutionId, institutionId))
    .groupBy(carePlacements.type)
    .orderBy(asc(carePlacements.type));
}

export async function findMilestone(db: Queryable, id: string) {
  const [row] = await db.select().from(reorganisationMilestones).where(eq(reorganisationMilestones.id, id));
  return row;
}
