import {
  fairInterviews,
  fairRegistrations,
  jobSeekerProfiles,
  organisations,
  persons,
  type Queryable,
} from '@birge/db';
import {
  type Actor,
  actsAsEmployerOnly,
  type EmployerCandidateView,
  employerScope,
  isChild,
  today,
} from '@birge/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { visiblePersons } from '../persons/person-access';
import { employerSees } from './candidates';

async function registrationsOf(db: Queryable, actor: Actor, activityId: string) {
  return db
    .select({
      id: fairRegistrations.id,
      role: fairRegistrations.role,
      personId: fairRegistrations.personId,
      employerId: fairRegistrations.employerId,
      employerName: organisations.name,
      accessibilityNeeds: fairRegistrations.accessibilityNeeds,
      note: fairRegistrations.note,
      familyName: persons.familyName,
      givenName: persons.givenName,
      birthDate: persons.birthDate,
      birthYear: persons.birthYear,
      merged: sql<boolean>`${persons.mergedIntoId} is not null`,
      phones: persons.phones,
      functionalDifficulty: persons.functionalDifficulty,
      readable: sql<boolean>`(${fairRegistrations.personId} is not null
        and coalesce(${visiblePersons(db, actor)}, false))`,
      profile: jobSeekerProfiles,
    })
    .from(fairRegistrations)
    .leftJoin(persons, eq(persons.id, fairRegistrations.personId))
    .leftJoin(jobSeekerProfiles, eq(jobSeekerProfiles.personId, fairRegistrations.personId))
    .leftJoin(organisations, eq(organisations.id, fairRegistrations.employerId))
    .where(eq(fairRegistrations.activityId, activityId))
    .orderBy(
      asc(fairRegistrations.role),
      asc(sql`coalesce(${persons.familyName} || ' ' || ${persons.givenName}, ${organisations.name})`),
      asc(fairRegistrations.id),
    );
}

type Registration = Awaited<ReturnType<typeof registrationsOf>>[number];
type RegistrationView = {
  id: string;
  role: Registration['role'];
  employerId: string | null;
  personId: string | null;
  name: string | null;
  accessibilityNeeds: Registration['accessibilityNeeds'];
  note: string;
  profile: EmployerCandidateView | null;
};

/** A job seeker as an employer's staff see them: the consented profile of an adult, or not at all. */
function asEmployerSees(row: Registration) {
  if (!row.profile || row.merged || isChild(row, today())) return null;
  const profile = employerSees(row.profile.id, row.profile, {
    givenName: row.givenName ?? '',
    familyName: row.familyName ?? '',
    phones: row.phones ?? [],
    functionalDifficulty: row.functionalDifficulty,
  });
  return profile && { name: profile.name, profile };
}

/**
 * A job fair's registrations and interviews as the actor may see them. A job seeker's name, needs and note go
 * only to those who may read the person (a child's only with child protection); others see that someone
 * registered. An employer's staff see their own organisation's registration and interviews, and the job
 * seekers who consented to be shown to employers, as `employerView` shows them.
 */
export async function fairView(db: Queryable, actor: Actor, activityId: string) {
  const rows = await registrationsOf(db, actor, activityId);
  const interviews = await db
    .select()
    .from(fairInterviews)
    .where(eq(fairInterviews.activityId, activityId))
    .orderBy(asc(fairInterviews.scheduledAt), asc(fairInterviews.id));
  const hidden = { personId: null, name: null, accessibilityNeeds: [], note: '', profile: null };
  const employer = (row: Registration): RegistrationView => ({
    id: row.id,
    role: row.role,
    employerId: row.employerId,
    personId: null,
    name: row.employerName,
    accessibilityNeeds: row.accessibilityNeeds,
    note: row.note,
    profile: null,
  });
  if (actsAsEmployerOnly(actor)) {
    const own = new Set(employerScope(actor));
    const mine = rows.filter((row) => row.employerId !== null && own.has(row.employerId));
    const mineIds = new Set(mine.map((row) => row.id));
    return {
      registrations: rows.flatMap((row): RegistrationView[] => {
        if (row.role === 'employer') return mineIds.has(row.id) ? [employer(row)] : [];
        const seen = asEmployerSees(row);
        return seen ? [{ id: row.id, role: row.role, employerId: null, ...hidden, ...seen }] : [];
      }),
      interviews: interviews
        .filter((i) => mineIds.has(i.employerRegistrationId))
        .map((i) => ({ ...i, note: '' })),
    };
  }
  return {
    registrations: rows.map((row): RegistrationView => {
      if (row.role === 'employer') return employer(row);
      if (!row.readable) return { id: row.id, role: row.role, employerId: null, ...hidden };
      return {
        id: row.id,
        role: row.role,
        employerId: null,
        personId: row.personId,
        name: `${row.familyName} ${row.givenName}`,
        accessibilityNeeds: row.accessibilityNeeds,
        note: row.note,
        profile: null,
      };
    }),
    interviews,
  };
}

export async function findInterview(db: Queryable, id: string) {
  const [row] = await db.select().from(fairInterviews).where(eq(fairInterviews.id, id));
  return row;
}
