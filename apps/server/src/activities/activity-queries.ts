import {
  activities,
  activityMaterials,
  activityOrganisers,
  attendanceCounts,
  attendees,
  organisations,
  persons,
  programmes,
  type Queryable,
} from '@birge/db';
import {
  type Actor,
  abilities,
  activityListSchema,
  activityPolicy,
  activityScope,
  today,
} from '@birge/domain';
import { and, asc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { decodeCursor, page } from '../http/pagination';
import { namingColumns, shownName } from '../persons/person-access';
import type { LoadedActivity } from './load-activity';

type ListQuery = z.infer<typeof activityListSchema>;

const bishkekDay = (day: string) => new Date(`${day}T00:00:00+06:00`);

/** Activities of the actor's organisations, as lead or co-organiser, newest first. */
export async function listActivities(db: Queryable, actor: Actor, query: ListQuery) {
  const scope = actor.platformAdmin ? null : activityScope(actor);
  if (scope?.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(query.cursor, 2);
  const rows = await db
    .select({
      id: activities.id,
      type: activities.type,
      title: activities.title,
      language: activities.language,
      status: activities.status,
      startsAt: activities.startsAt,
      endsAt: activities.endsAt,
      regionId: activities.regionId,
      place: activities.place,
      onlineLink: activities.onlineLink,
      capacity: activities.capacity,
      organisationId: activities.organisationId,
      organisationName: organisations.name,
      programmeId: activities.programmeId,
      programmeTitle: programmes.title,
      named: sql<number>`(select count(*)::int from ${attendees} where ${attendees.activityId} = ${activities.id})`,
      counted: sql<number>`(select coalesce(sum(${attendanceCounts.count}), 0)::int from ${attendanceCounts}
        where ${attendanceCounts.activityId} = ${activities.id})`,
    })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .leftJoin(programmes, eq(programmes.id, activities.programmeId))
    .where(
      and(
        scope
          ? or(
              inArray(activities.organisationId, scope),
              inArray(
                activities.id,
                sql`(select ${activityOrganisers.activityId} from ${activityOrganisers}
                  where ${activityOrganisers.organisationId} in ${scope})`,
              ),
            )
          : undefined,
        query.type ? eq(activities.type, query.type) : undefined,
        query.status ? eq(activities.status, query.status) : undefined,
        query.programmeId ? eq(activities.programmeId, query.programmeId) : undefined,
        query.organisationId
          ? or(
              eq(activities.organisationId, query.organisationId),
              inArray(
                activities.id,
                sql`(select ${activityOrganisers.activityId} from ${activityOrganisers}
                  where ${activityOrganisers.organisationId} = ${query.organisationId})`,
              ),
            )
          : undefined,
        query.from ? gte(activities.startsAt, bishkekDay(query.from)) : undefined,
        query.to ? lt(activities.startsAt, new Date(bishkekDay(query.to).getTime() + 86_400_000)) : undefined,
        after
          ? sql`(${activities.startsAt}, ${activities.id}) < (${new Date(String(after[0]))}, ${String(after[1])})`
          : undefined,
      ),
    )
    .orderBy(sql`${activities.startsAt} desc`, sql`${activities.id} desc`)
    .limit(query.limit + 1);
  return page(rows, query.limit, (row) => [row.startsAt.toISOString(), row.id]);
}

/** One activity with its organisers, attendance, materials, and what the actor may do with it. */
export async function activityDetail(db: Queryable, actor: Actor, activity: LoadedActivity) {
  const organiserIds = [activity.organisationId, ...activity.coOrganiserIds];
  const [organiserRows, programme, named, counts, materials] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, organiserIds)),
    activity.programmeId
      ? db
          .select({ id: programmes.id, title: programmes.title })
          .from(programmes)
          .where(eq(programmes.id, activity.programmeId))
          .then((rows) => rows[0] ?? null)
      : null,
    db
      .select({
        id: attendees.id,
        personId: attendees.personId,
        role: attendees.role,
        completedOn: attendees.completedOn,
        person: namingColumns,
      })
      .from(attendees)
      .innerJoin(persons, eq(persons.id, attendees.personId))
      .where(eq(attendees.activityId, activity.id))
      .orderBy(asc(attendees.createdAt)),
    db
      .select({
        sex: attendanceCounts.sex,
        ageBand: attendanceCounts.ageBand,
        disability: attendanceCounts.disability,
        role: attendanceCounts.role,
        count: attendanceCounts.count,
      })
      .from(attendanceCounts)
      .where(eq(attendanceCounts.activityId, activity.id)),
    db
      .select({
        id: activityMaterials.id,
        name: activityMaterials.name,
        mediaType: activityMaterials.mediaType,
        size: activityMaterials.size,
        createdAt: activityMaterials.createdAt,
      })
      .from(activityMaterials)
      .where(eq(activityMaterials.activityId, activity.id))
      .orderBy(asc(activityMaterials.createdAt)),
  ]);
  const on = today();
  return {
    ...activity,
    organisers: organiserIds.map((id) => ({
      id,
      name: organiserRows.find((o) => o.id === id)?.name ?? '',
      lead: id === activity.organisationId,
    })),
    programme,
    attendees: named.map(({ person, ...a }) => ({ ...a, name: shownName(actor, person, on) })),
    participantsRegistered: named.filter((a) => a.role === 'participant').length,
    counts,
    countedTotal: counts.reduce((sum, row) => sum + row.count, 0),
    materials,
    abilities: abilities(activityPolicy, actor, activity),
  };
}

export async function materialContent(db: Queryable, activityId: string, materialId: string) {
  const [row] = await db
    .select()
    .from(activityMaterials)
    .where(and(eq(activityMaterials.id, materialId), eq(activityMaterials.activityId, activityId)));
  return row ?? null;
}
