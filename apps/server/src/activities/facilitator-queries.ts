import {
  activities,
  activityOrganisers,
  attendees,
  monitoringVisits,
  persons,
  type Queryable,
  users,
} from '@birge/db';
import { type Actor, organisationsWithRole } from '@birge/domain';
import { and, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';

/** Facilitators are the workers of a programme, not the persons it serves: their monitors see their names. */
export function facilitatorScope(actor: Actor): string[] {
  return organisationsWithRole(actor, 'administrator', 'coordinator', 'monitor');
}

/** Trainings of facilitators organised (as lead or beside it) by one of the organisations. */
const organisedBy = (organisationIds: string[]): SQL =>
  or(
    inArray(activities.organisationId, organisationIds),
    inArray(
      activities.id,
      sql`(select ${activityOrganisers.activityId} from ${activityOrganisers}
        where ${activityOrganisers.organisationId} in ${organisationIds})`,
    ),
  ) as SQL;

const completedTrainingOfFacilitators = (organisationIds: string[]) =>
  and(
    eq(activities.trainsFacilitators, true),
    isNotNull(attendees.completedOn),
    organisedBy(organisationIds),
  );

/** Whether the person completed a training of facilitators organised by the organisation. */
export async function isFacilitatorOf(db: Queryable, personId: string, organisationId: string) {
  const [row] = await db
    .select({ id: attendees.id })
    .from(attendees)
    .innerJoin(activities, eq(activities.id, attendees.activityId))
    .where(and(eq(attendees.personId, personId), completedTrainingOfFacilitators([organisationId])))
    .limit(1);
  return !!row;
}

/** The facilitators the actor's organisations trained, each with their trainings and monitoring visits. */
export async function listFacilitators(db: Queryable, actor: Actor) {
  const scope = facilitatorScope(actor);
  if (!scope.length) return { items: [] };
  const trainings = await db
    .select({
      personId: persons.id,
      familyName: persons.familyName,
      givenName: persons.givenName,
      regionId: persons.regionId,
      activityId: activities.id,
      organisationId: activities.organisationId,
      title: activities.title,
      completedOn: attendees.completedOn,
    })
    .from(attendees)
    .innerJoin(activities, eq(activities.id, attendees.activityId))
    .innerJoin(persons, eq(persons.id, attendees.personId))
    .where(completedTrainingOfFacilitators(scope))
    .orderBy(persons.familyName, persons.givenName, attendees.completedOn);
  const personIds = [...new Set(trainings.map((t) => t.personId))];
  const visits = personIds.length
    ? await db
        .select({
          id: monitoringVisits.id,
          facilitatorId: monitoringVisits.facilitatorId,
          visitedOn: monitoringVisits.visitedOn,
          score: monitoringVisits.score,
          followUpNeeded: monitoringVisits.followUpNeeded,
          findings: monitoringVisits.findings,
          place: monitoringVisits.place,
          activityId: monitoringVisits.activityId,
          monitorName: users.name,
        })
        .from(monitoringVisits)
        .innerJoin(users, eq(users.id, monitoringVisits.monitorId))
        .where(
          and(
            inArray(monitoringVisits.facilitatorId, personIds),
            inArray(monitoringVisits.organisationId, scope),
          ),
        )
        .orderBy(desc(monitoringVisits.visitedOn))
    : [];
  const byPerson = new Map<string, ReturnType<typeof facilitatorOf>>();
  for (const t of trainings) {
    const entry = byPerson.get(t.personId) ?? facilitatorOf(t);
    entry.trainings.push({
      activityId: t.activityId,
      organisationId: t.organisationId,
      title: t.title,
      completedOn: t.completedOn,
    });
    byPerson.set(t.personId, entry);
  }
  for (const visit of visits) {
    const { facilitatorId, ...shown } = visit;
    byPerson.get(facilitatorId)?.visits.push(shown);
  }
  return { items: [...byPerson.values()] };
}

function facilitatorOf(t: {
  personId: string;
  familyName: string;
  givenName: string;
  regionId: string | null;
}) {
  return {
    id: t.personId,
    name: `${t.familyName} ${t.givenName}`,
    regionId: t.regionId,
    trainings: [] as {
      activityId: string;
      organisationId: string;
      title: string;
      completedOn: string | null;
    }[],
    visits: [] as {
      id: string;
      visitedOn: string;
      score: number | null;
      followUpNeeded: boolean;
      findings: string;
      place: string;
      activityId: string | null;
      monitorName: string;
    }[],
  };
}
