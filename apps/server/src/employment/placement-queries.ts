import { organisations, persons, placementFollowUps, placements, type Queryable } from '@birge/db';
import { type Actor, followUpSchedule, placementScope, today } from '@birge/domain';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
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

/** The placements the actor supports, latest start first, each with its follow-up schedule as of today. */
export async function listPlacements(db: Queryable, actor: Actor, organisationId?: string) {
  const scope = placementScope(actor).filter((id) => !organisationId || id === organisationId);
  if (scope.length === 0) return [];
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
    })
    .from(placements)
    .innerJoin(persons, eq(persons.id, placements.personId))
    .innerJoin(organisations, eq(organisations.id, placements.employerId))
    .where(and(inArray(placements.organisationId, scope), visiblePersons(db, actor)))
    .orderBy(desc(placements.startedOn))
    .limit(500);
  const followUps = await followUpsOf(
    db,
    rows.map((r) => r.id),
  );
  const day = today();
  return rows.map((row) => ({
    ...row,
    schedule: followUpSchedule(
      row.startedOn,
      followUps.filter((f) => f.placementId === row.id),
      day,
    ),
  }));
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
