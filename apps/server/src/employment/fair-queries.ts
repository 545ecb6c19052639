import { fairInterviews, fairRegistrations, organisations, persons, type Queryable } from '@birge/db';
import { asc, eq, sql } from 'drizzle-orm';

/** Who registered for the fair, job seekers by name and employers by organisation, with their needs. */
export async function fairRegistrationsOf(db: Queryable, activityId: string) {
  return db
    .select({
      id: fairRegistrations.id,
      role: fairRegistrations.role,
      personId: fairRegistrations.personId,
      employerId: fairRegistrations.employerId,
      name: sql<string>`coalesce(${persons.familyName} || ' ' || ${persons.givenName}, ${organisations.name})`,
      accessibilityNeeds: fairRegistrations.accessibilityNeeds,
      note: fairRegistrations.note,
    })
    .from(fairRegistrations)
    .leftJoin(persons, eq(persons.id, fairRegistrations.personId))
    .leftJoin(organisations, eq(organisations.id, fairRegistrations.employerId))
    .where(eq(fairRegistrations.activityId, activityId))
    .orderBy(asc(fairRegistrations.role), asc(sql`3`));
}

export async function fairInterviewsOf(db: Queryable, activityId: string) {
  return db
    .select()
    .from(fairInterviews)
    .where(eq(fairInterviews.activityId, activityId))
    .orderBy(asc(fairInterviews.scheduledAt));
}

export async function findInterview(db: Queryable, id: string) {
  const [row] = await db.select().from(fairInterviews).where(eq(fairInterviews.id, id));
  return row;
}
