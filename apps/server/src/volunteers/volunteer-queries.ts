import { persons, type Queryable, volunteerHours, volunteers } from '@birge/db';
import type { SpokenLanguage, VolunteerStatus } from '@birge/domain';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { isIn } from '../indicators/compile-facts';

export type VolunteerRow = typeof volunteers.$inferSelect;

export async function findVolunteer(db: Queryable, id: string): Promise<VolunteerRow | undefined> {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.id, id));
  return row;
}

const hoursGiven = sql<string>`coalesce((select sum(${volunteerHours.hours}) from ${volunteerHours}
  where ${volunteerHours.volunteerId} = ${volunteers.id}), 0)`;

const volunteerColumns = {
  id: volunteers.id,
  organisationId: volunteers.organisationId,
  personId: volunteers.personId,
  familyName: persons.familyName,
  givenName: persons.givenName,
  patronymic: persons.patronymic,
  skills: volunteers.skills,
  languages: volunteers.languages,
  expert: volunteers.expert,
  expertise: volunteers.expertise,
  availability: volunteers.availability,
  status: volunteers.status,
  version: volunteers.version,
  hours: hoursGiven,
};

type RosterFilter = {
  organisationId?: string;
  q?: string;
  skill?: string;
  language?: SpokenLanguage;
  expert?: boolean;
  status?: VolunteerStatus;
};

/** A roster page shows this many; the total says how many more a narrower filter would find. */
const rosterLimit = 200;

/** The roster of the organisations in scope, filtered by name, skill, language, expert and status. */
export async function listVolunteers(db: Queryable, scope: string[], filter: RosterFilter) {
  const allowed = filter.organisationId ? scope.filter((id) => id === filter.organisationId) : scope;
  if (allowed.length === 0) return { items: [], total: 0 };
  const conditions: SQL[] = [isIn(sql`${volunteers.organisationId}`, allowed)];
  if (filter.skill) conditions.push(sql`${filter.skill} = any(${volunteers.skills})`);
  if (filter.language) conditions.push(sql`${filter.language} = any(${volunteers.languages})`);
  if (filter.expert !== undefined) conditions.push(eq(volunteers.expert, filter.expert));
  if (filter.status) conditions.push(eq(volunteers.status, filter.status));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(sql`(${persons.familyName} ilike ${like} or ${persons.givenName} ilike ${like})`);
  }
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(volunteers)
    .innerJoin(persons, eq(persons.id, volunteers.personId))
    .where(and(...conditions));
  const rows = await db
    .select(volunteerColumns)
    .from(volunteers)
    .innerJoin(persons, eq(persons.id, volunteers.personId))
    .where(and(...conditions))
    .orderBy(asc(persons.familyName), asc(persons.givenName))
    .limit(rosterLimit);
  return { items: rows.map((r) => ({ ...r, hours: Number(r.hours) })), total: counted?.total ?? 0 };
}

export async function volunteerDetail(db: Queryable, id: string) {
  const [row] = await db
    .select(volunteerColumns)
    .from(volunteers)
    .innerJoin(persons, eq(persons.id, volunteers.personId))
    .where(eq(volunteers.id, id));
  if (!row) return null;
  const hours = await db
    .select({
      id: volunteerHours.id,
      workedOn: volunteerHours.workedOn,
      hours: volunteerHours.hours,
      programmeId: volunteerHours.programmeId,
      activityId: volunteerHours.activityId,
      description: volunteerHours.description,
    })
    .from(volunteerHours)
    .where(eq(volunteerHours.volunteerId, id))
    .orderBy(desc(volunteerHours.workedOn), desc(volunteerHours.createdAt))
    .limit(500);
  return { volunteer: { ...row, hours: Number(row.hours) }, hours };
}
