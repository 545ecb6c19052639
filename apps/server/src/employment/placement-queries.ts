import { organisations, persons, placementFollowUps, placements, type Queryable } from '@birge/db';
import { type Actor, followUpSchedule, placementScope, today } from '@birge/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { decodeKeyAndId, page } from '../http/pagination';
import { visiblePersons } from '../persons/person-access';

export async function findPlacement(db: Queryable, id: string) {
  const [row] = await db.select().from(placements).where(eq(placements.id, id));
  return row;
}

async function followUpsOf(db: Queryable, placementIds: string[]) {
  if (placementIds.length === 0) return [];
  return db
    .select()
    .from(placementFollowUps)
    .where(inArray(placementFollowUps.placementId, placementIds))
    .orderBy(asc(placementFollowUps.months));
}

/**
 * The placements the actor supports, latest start first, a page at a time, each with its follow-up schedule as
 * of today.
 */
export async function listPlacements(
  db: Queryable,
  actor: Actor,
  filter: { organisationId?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const scope = placementScope(actor).filter((id) => !filter.organisationId || id === filter.organisationId);
  if (scope.length === 0) return { items: [], nextCursor: null };
  const after = decodeKeyAndId(filter.cursor);
  const rows = await db
    .select({
      id: placements.id,
      personId: placements.personId,
      familyName: persons.familyName,
      givenName: persons.givenName,
      employerId: placements.employerId,
      employerName: organisations.name,
      position: placements.position,
      startedOn: placements.startedOn,
      jobCoach: placements.jobCoach,
      endedOn: placements.endedOn,
      leavingReason: placements.leavingReason,
    })
    .from(placements)
    .innerJoin(persons, eq(persons.id, placements.personId))
    .innerJoin(organisations, eq(organisations.id, placements.employerId))
    .where(
      and(
        inArray(placements.organisationId, scope),
        visiblePersons(db, actor),
        after
          ? sql`(${placements.startedOn}, ${placements.id}) < (${String(after[0])}::date, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(placements.startedOn), desc(placements.id))
    .limit(filter.limit + 1);
  const found = page(rows, filter.limit, (row) => [row.startedOn, row.id]);
  const followUps = await followUpsOf(
    db,
    found.items.map((r) => r.id),
  );
  const day = today();
  return {
    items: found.items.map((row) => ({
      ...row,
      schedule: followUpSchedule(
        row.startedOn,
        followUps.filter((f) => f.placementId === row.id),
        day,
      ),
    })),
    nextCursor: found.nextCursor,
  };
}

/** One placement with the person's name, the employer, its follow-ups and their schedule. */
export async function placementDetail(db: Queryable, placement: typeof placements.$inferSelect) {
  const [names] = await db
    .select({
      familyName: persons.familyName,
      givenName: persons.givenName,
      employerName: organisations.name,
    })
    .from(persons)
    .innerJoin(organisations, eq(organisations.id, placement.employerId))
    .where(eq(persons.id, placement.personId));
  const followUps = await followUpsOf(db, [placement.id]);
  return {
    placement: { ...placement, ...names },
    followUps,
    schedule: followUpSchedule(placement.startedOn, followUps, today()),
  };
}
