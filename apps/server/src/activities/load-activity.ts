import { activities, activityOrganisers, type Queryable } from '@birge/db';
import { type ActivitySubject, type Actor, activityPolicy, can } from '@birge/domain';
import { eq, sql } from 'drizzle-orm';
import { forbidden, invalidField, notFound } from '../http/app-error';

export type ActivityRow = typeof activities.$inferSelect;
export type LoadedActivity = ActivityRow & ActivitySubject;

export async function findActivity(db: Queryable, id: string): Promise<LoadedActivity | null> {
  const [row] = await db
    .select({
      activity: activities,
      coOrganiserIds: sql<
        string[]
      >`array(select ${activityOrganisers.organisationId}::text from ${activityOrganisers}
        where ${activityOrganisers.activityId} = ${activities.id})`,
    })
    .from(activities)
    .where(eq(activities.id, id));
  return row ? { ...row.activity, coOrganiserIds: row.coOrganiserIds } : null;
}

/**
 * The activity, if the actor may do `action` with it: 404 when they may not even read it (its existence is
 * not revealed), 403 when they read it but may not do more.
 */
export async function activityFor(
  db: Queryable,
  actor: Actor,
  id: string,
  action: keyof typeof activityPolicy,
): Promise<LoadedActivity> {
  const activity = await findActivity(db, id);
  if (!activity || !can(activityPolicy, actor, 'read', activity)) throw notFound();
  if (!can(activityPolicy, actor, action, activity)) throw forbidden();
  return activity;
}

/** Work recorded at an activity (a volunteer's hours) names only an activity its organisation organises. */
export async function assertOrganises(db: Queryable, activityId: string | null, organisationId: string) {
  if (!activityId) return;
  const activity = await findActivity(db, activityId);
  if (activity?.organisationId !== organisationId && !activity?.coOrganiserIds.includes(organisationId))
    throw invalidField('activityId', 'field.choice');
}
