import { persons, type Queryable, volunteerHours, volunteers } from '@birge/db';
import { type Actor, type SpokenLanguage, type VolunteerStatus, volunteerScope } from '@birge/domain';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { isIn } from '../indicators/compile-facts';
import { nameablePersons, namingColumns, shownName } from '../persons/person-access';

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
  person: namingColumns,
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

type VolunteerListRow = { person: Parameters<typeof shownName>[1]; patronymic: string; hours: string };

/** A volunteer named by the person rule: a child, or anyone under child protection, only counted without it. */
function presentVolunteer(actor: Actor, { person, patronymic, hours, ...row }: VolunteerListRow) {
  const named = shownName(actor, person) !== null;
  return {
    ...row,
    familyName: named ? person.familyName : null,
    givenName: named ? person.givenName : null,
    patronymic: named ? patronymic : null,
    hours: Number(hours),
  };
}

/** The roster of the organisations the actor works in, filtered by name, skill, language, expert and status. */
export async function listVolunteers(db: Queryable, actor: Actor, filter: RosterFilter) {
  const scope = volunteerScope(actor);
  const allowed = filter.organisationId ? scope.filter((id) => id === filter.organisationId) : scope;
  if (allowed.length === 0) return { items: [], total: 0 };
  const conditions: SQL[] = [isIn(sql`${volunteers.organisationId}`, allowed)];
  if (filter.skill) conditions.push(sql`${filter.skill} = any(${volunteers.skills})`);
  if (filter.language) conditions.push(sql`${filter.language} = any(${volunteers.languages})`);
  if (filter.expert !== undefined) conditions.push(eq(volunteers.expert, filter.expert));
  if (filter.status) conditions.push(eq(volunteers.status, filter.status));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    // Found by name only where the name could be shown.
    conditions.push(
      sql`(${persons.familyName} ilike ${like} or ${persons.givenName} ilike ${like})`,
      nameablePersons(actor),
    );
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
  return { items: rows.map((row) => presentVolunteer(actor, row)), total: counted?.total ?? 0 };
}

export async function volunteerDetail(db: Queryable, actor: Actor, id: string) {
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
  return { volunteer: presentVolunteer(actor, row), hours };
}
