import {
  employerDetails,
  jobSeekerProfiles,
  organisations,
  persons,
  type Queryable,
  regions,
  vacancies,
  vacancyProposals,
} from '@birge/db';
import { type Actor, employerScope, type ReadinessStage } from '@birge/domain';
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { namingColumns, personIsChild, visiblePersons } from '../persons/person-access';

export type ProfileRow = typeof jobSeekerProfiles.$inferSelect;
export type VacancyRow = typeof vacancies.$inferSelect;

export async function findProfileOf(db: Queryable, personId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(jobSeekerProfiles).where(eq(jobSeekerProfiles.personId, personId));
  return row;
}

const consented = and(
  isNotNull(jobSeekerProfiles.consentGivenOn),
  isNull(jobSeekerProfiles.consentWithdrawnOn),
);

/** The job seekers among the persons the actor may list, most recently changed first. */
export async function listJobSeekers(
  db: Queryable,
  actor: Actor,
  filter: { readiness?: ReadinessStage; consented?: 'yes' | 'no' },
) {
  const conditions: (SQL | undefined)[] = [visiblePersons(db, actor)];
  if (filter.readiness) conditions.push(eq(jobSeekerProfiles.readiness, filter.readiness));
  if (filter.consented === 'yes') conditions.push(consented);
  if (filter.consented === 'no') conditions.push(sql`not (${consented})`);
  return db
    .select({
      id: jobSeekerProfiles.id,
      personId: persons.id,
      familyName: persons.familyName,
      givenName: persons.givenName,
      readiness: jobSeekerProfiles.readiness,
      skills: jobSeekerProfiles.skills,
      accommodationsNeeded: jobSeekerProfiles.accommodationsNeeded,
      consented: sql<boolean>`coalesce(${consented}, false)`,
      updatedAt: jobSeekerProfiles.updatedAt,
    })
    .from(jobSeekerProfiles)
    .innerJoin(persons, eq(persons.id, jobSeekerProfiles.personId))
    .where(and(...conditions))
    .orderBy(desc(jobSeekerProfiles.updatedAt))
    .limit(500);
}

/** A region and every region above it: a vacancy in a district is also in its oblast. */
export async function regionChain(db: Queryable, regionId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`with recursive chain(id, parent_id) as (
      select ${regions.id}, ${regions.parentId} from ${regions} where ${regions.id} = ${regionId}
      union all select r.id, r.parent_id from regions r join chain c on r.id = c.parent_id)
    select id from chain`);
  return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/**
 * The profiles a vacancy is matched against. A case worker's are the persons they may list; an employer's
 * staff get only adults whose consent to show them to employers is in force.
 */
export async function candidateProfiles(db: Queryable, actor: Actor, employersOnly: boolean) {
  const scope = employersOnly
    ? and(consented, sql`not ${personIsChild}`, isNull(persons.mergedIntoId))
    : visiblePersons(db, actor);
  return db
    .select({
      profile: jobSeekerProfiles,
      familyName: persons.familyName,
      givenName: persons.givenName,
      phones: persons.phones,
      functionalDifficulty: persons.functionalDifficulty,
    })
    .from(jobSeekerProfiles)
    .innerJoin(persons, eq(persons.id, jobSeekerProfiles.personId))
    .where(scope)
    .limit(2000);
}

export async function findVacancy(db: Queryable, id: string): Promise<VacancyRow | undefined> {
  const [row] = await db.select().from(vacancies).where(eq(vacancies.id, id));
  return row;
}

const employerName = sql<string>`(select ${organisations.name} from ${organisations}
  where ${organisations.id} = ${vacancies.employerId})`;

/** Vacancies: an employer's staff see their own; those who support job seekers see every employer's. */
export async function listVacancies(
  db: Queryable,
  actor: Actor,
  supports: boolean,
  filter: { status?: string; employerId?: string },
) {
  const own = employerScope(actor);
  const member = actor.memberships.map((m) => m.organisationId);
  const conditions: (SQL | undefined)[] = [];
  if (!supports)
    conditions.push(
      sql`(${own.length ? inArray(vacancies.employerId, own) : sql`false`} or ${member.length ? inArray(vacancies.publisherOrganisationId, member) : sql`false`})`,
    );
  if (filter.status) conditions.push(eq(vacancies.status, filter.status as VacancyRow['status']));
  if (filter.employerId) conditions.push(eq(vacancies.employerId, filter.employerId));
  return db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      employerId: vacancies.employerId,
      employerName,
      regionId: vacancies.regionId,
      hours: vacancies.hours,
      status: vacancies.status,
      openings: vacancies.openings,
      accommodationsOffered: vacancies.accommodationsOffered,
      proposals: sql<number>`(select count(*)::int from ${vacancyProposals}
        where ${vacancyProposals.vacancyId} = ${vacancies.id})`,
    })
    .from(vacancies)
    .where(and(...conditions))
    .orderBy(desc(vacancies.createdAt))
    .limit(500);
}

/** The candidates proposed for a vacancy, with the profile each stands on. */
export async function proposalsOf(db: Queryable, vacancyId: string) {
  return db
    .select({
      proposal: vacancyProposals,
      profile: jobSeekerProfiles,
      person: namingColumns,
      familyName: persons.familyName,
      givenName: persons.givenName,
      phones: persons.phones,
      functionalDifficulty: persons.functionalDifficulty,
    })
    .from(vacancyProposals)
    .innerJoin(jobSeekerProfiles, eq(jobSeekerProfiles.id, vacancyProposals.profileId))
    .innerJoin(persons, eq(persons.id, jobSeekerProfiles.personId))
    .where(eq(vacancyProposals.vacancyId, vacancyId))
    .orderBy(desc(vacancyProposals.score));
}

export async function findProposal(db: Queryable, id: string) {
  const [row] = await db.select().from(vacancyProposals).where(eq(vacancyProposals.id, id));
  return row;
}

/** Organisations of type employer, with what Birge keeps of them and the country their region is in. */
export async function listEmployers(db: Queryable, employerId?: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      regionId: organisations.regionId,
      country: regions.country,
      address: organisations.address,
      details: employerDetails,
    })
    .from(organisations)
    .leftJoin(employerDetails, eq(employerDetails.organisationId, organisations.id))
    .leftJoin(regions, eq(regions.id, organisations.regionId))
    .where(and(eq(organisations.type, 'employer'), employerId ? eq(organisations.id, employerId) : undefined))
    .orderBy(asc(organisations.name))
    .limit(1000);
}
