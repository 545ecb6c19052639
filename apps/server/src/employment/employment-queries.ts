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
import { type Actor, employerScope, type ProposalStatus, type ReadinessStage } from '@birge/domain';
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { cursorTime, decodeKeyAndId, olderThan, page } from '../http/pagination';
import { namingColumns, visiblePersons } from '../persons/person-access';

export type ProfileRow = typeof jobSeekerProfiles.$inferSelect;
export type VacancyRow = typeof vacancies.$inferSelect;

export async function findProfileOf(db: Queryable, personId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(jobSeekerProfiles).where(eq(jobSeekerProfiles.personId, personId));
  return row;
}

/** Consent to show the profile to employers, in force. */
export const consented = and(
  isNotNull(jobSeekerProfiles.consentGivenOn),
  isNull(jobSeekerProfiles.consentWithdrawnOn),
);

/** The job seekers among the persons the actor may list, most recently changed first, a page at a time. */
export async function listJobSeekers(
  db: Queryable,
  actor: Actor,
  filter: {
    readiness?: ReadinessStage;
    consented?: 'yes' | 'no';
    cursor?: string | undefined;
    limit: number;
  },
) {
  const conditions: (SQL | undefined)[] = [visiblePersons(db, actor)];
  if (filter.readiness) conditions.push(eq(jobSeekerProfiles.readiness, filter.readiness));
  if (filter.consented === 'yes') conditions.push(consented);
  if (filter.consented === 'no') conditions.push(sql`not (${consented})`);
  conditions.push(olderThan(jobSeekerProfiles.updatedAt, jobSeekerProfiles.id, filter.cursor));
  const rows = await db
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
      sortKey: cursorTime(jobSeekerProfiles.updatedAt),
    })
    .from(jobSeekerProfiles)
    .innerJoin(persons, eq(persons.id, jobSeekerProfiles.personId))
    .where(and(...conditions))
    .orderBy(desc(jobSeekerProfiles.updatedAt), desc(jobSeekerProfiles.id))
    .limit(filter.limit + 1);
  const result = page(rows, filter.limit, (row) => [row.sortKey, row.id]);
  return { items: result.items.map(({ sortKey, ...row }) => row), nextCursor: result.nextCursor };
}

/** A region and every region above it: a vacancy in a district is also in its oblast. */
export async function regionChain(db: Queryable, regionId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`with recursive chain(id, parent_id) as (
      select ${regions.id}, ${regions.parentId} from ${regions} where ${regions.id} = ${regionId}
      union all select r.id, r.parent_id from regions r join chain c on r.id = c.parent_id)
    select id from chain`);
  return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

export async function findVacancy(db: Queryable, id: string): Promise<VacancyRow | undefined> {
  const [row] = await db.select().from(vacancies).where(eq(vacancies.id, id));
  return row;
}

const employerName = sql<string>`(select ${organisations.name} from ${organisations}
  where ${organisations.id} = ${vacancies.employerId})`;

/** Vacancies, newest first, a page at a time: an employer's staff see their own; those who support job seekers see every employer's. */
export async function listVacancies(
  db: Queryable,
  actor: Actor,
  supports: boolean,
  filter: { status?: string; employerId?: string; cursor?: string | undefined; limit: number },
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
  conditions.push(olderThan(vacancies.createdAt, vacancies.id, filter.cursor));
  const rows = await db
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
      sortKey: cursorTime(vacancies.createdAt),
    })
    .from(vacancies)
    .where(and(...conditions))
    .orderBy(desc(vacancies.createdAt), desc(vacancies.id))
    .limit(filter.limit + 1);
  const result = page(rows, filter.limit, (row) => [row.sortKey, row.id]);
  return { items: result.items.map(({ sortKey, ...row }) => row), nextCursor: result.nextCursor };
}

/** The candidates proposed for a vacancy, or one proposal, with the profile each stands on. */
export async function proposalsOf(db: Queryable, which: { vacancyId: string } | { id: string }) {
  return db
    .select({
      proposal: vacancyProposals,
      profile: jobSeekerProfiles,
      person: namingColumns,
      familyName: persons.familyName,
      givenName: persons.givenName,
      birthDate: persons.birthDate,
      birthYear: persons.birthYear,
      phones: persons.phones,
      functionalDifficulty: persons.functionalDifficulty,
    })
    .from(vacancyProposals)
    .innerJoin(jobSeekerProfiles, eq(jobSeekerProfiles.id, vacancyProposals.profileId))
    .innerJoin(persons, eq(persons.id, jobSeekerProfiles.personId))
    .where(
      'id' in which ? eq(vacancyProposals.id, which.id) : eq(vacancyProposals.vacancyId, which.vacancyId),
    )
    .orderBy(desc(vacancyProposals.score), asc(vacancyProposals.id));
}

/** What became of the proposals of these profiles for the vacancy. */
export async function proposalStatusesOf(db: Queryable, vacancyId: string, profileIds: string[]) {
  if (profileIds.length === 0) return new Map<string, ProposalStatus>();
  const rows = await db
    .select({ profileId: vacancyProposals.profileId, status: vacancyProposals.status })
    .from(vacancyProposals)
    .where(and(eq(vacancyProposals.vacancyId, vacancyId), inArray(vacancyProposals.profileId, profileIds)));
  return new Map(rows.map((row) => [row.profileId, row.status]));
}

export async function findProposal(db: Queryable, id: string) {
  const [row] = await db.select().from(vacancyProposals).where(eq(vacancyProposals.id, id));
  return row;
}

const employerColumns = {
  id: organisations.id,
  name: organisations.name,
  regionId: organisations.regionId,
  country: regions.country,
  address: organisations.address,
  details: employerDetails,
};

/** Organisations of type employer, with what Birge keeps of them and the country their region is in. */
function employersQuery(db: Queryable, where: SQL | undefined) {
  return db
    .select(employerColumns)
    .from(organisations)
    .leftJoin(employerDetails, eq(employerDetails.organisationId, organisations.id))
    .leftJoin(regions, eq(regions.id, organisations.regionId))
    .where(and(eq(organisations.type, 'employer'), where));
}

/** An employer as its policy sees it: until an organisation records its details, it keeps them itself. */
export function employerSubject(row: { id: string; details: { keeperOrganisationId: string } | null }) {
  return { employerId: row.id, keeperOrganisationId: row.details?.keeperOrganisationId ?? row.id };
}

export async function findEmployer(db: Queryable, employerId: string) {
  const [row] = await employersQuery(db, eq(organisations.id, employerId));
  return row;
}

/** The employers by name, a page at a time. */
export async function listEmployers(db: Queryable, filter: { cursor?: string | undefined; limit: number }) {
  const after = decodeKeyAndId(filter.cursor);
  const rows = await employersQuery(
    db,
    after
      ? sql`(${organisations.name}, ${organisations.id}) > (${String(after[0])}, ${after[1]}::uuid)`
      : undefined,
  )
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(filter.limit + 1);
  return page(rows, filter.limit, (row) => [row.name, row.id]);
}
