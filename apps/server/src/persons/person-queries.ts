import {
  cases,
  consents,
  functioningAssessments,
  personLinks,
  persons,
  type Queryable,
  referrals,
} from '@birge/db';
import { type Actor, nameKey, phoneKey } from '@birge/domain';
import { and, arrayContains, arrayOverlaps, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';
import { namingColumns, shownName, visiblePersons } from './person-access';

export type PersonFilter = {
  q?: string | undefined;
  regionId?: string | undefined;
  sex?: 'female' | 'male' | undefined;
  ageFrom?: number | undefined;
  ageTo?: number | undefined;
  disabilityStatus?: string | undefined;
  functionalDifficulty?: 'yes' | 'no' | 'undetermined' | undefined;
  tag?: string | undefined;
  caseState?: string | undefined;
  workerId?: string | undefined;
  ownerOrganisationId?: string | undefined;
  updatedSince?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A search box takes a name in either script, a phone number, or a record's id. */
function searchCondition(q: string): { where: SQL; rank?: SQL } {
  if (uuidPattern.test(q)) return { where: eq(persons.id, q) };
  const digits = q.replace(/\D/g, '');
  if (digits.length >= 6 && digits.length >= q.replace(/\s/g, '').length - 2) {
    return { where: arrayOverlaps(persons.phoneKeys, [phoneKey(q)]) };
  }
  const key = nameKey(q);
  return {
    where: sql`${key} <% ${persons.nameKey}`,
    rank: sql`word_similarity(${key}, ${persons.nameKey})`,
  };
}

function ageCondition(from: number | undefined, to: number | undefined): SQL[] {
  const conditions: SQL[] = [];
  // Born on or before today minus `from` years, and after today minus `to + 1` years.
  const age = sql`coalesce(extract(year from age(current_date, ${persons.birthDate}::date))::int, extract(year from current_date)::int - ${persons.birthYear})`;
  if (from !== undefined) conditions.push(sql`${age} >= ${from}`);
  if (to !== undefined) conditions.push(sql`${age} <= ${to}`);
  return conditions;
}

/** The person list's filters as one condition, shared by the list and the export. */
export function personFilterCondition(
  db: Queryable,
  actor: Actor,
  filter: Omit<PersonFilter, 'limit' | 'cursor'>,
) {
  const conditions: SQL[] = [visiblePersons(db, actor)];
  let rank: SQL | undefined;
  if (filter.q) {
    const search = searchCondition(filter.q);
    conditions.push(search.where);
    rank = search.rank;
  }
  if (filter.regionId) conditions.push(eq(persons.regionId, filter.regionId));
  if (filter.sex) conditions.push(eq(persons.sex, filter.sex));
  if (filter.disabilityStatus) conditions.push(eq(persons.disabilityStatus, filter.disabilityStatus));
  if (filter.functionalDifficulty)
    conditions.push(eq(persons.functionalDifficulty, filter.functionalDifficulty));
  if (filter.tag) conditions.push(arrayContains(persons.tags, [filter.tag]));
  if (filter.ownerOrganisationId)
    conditions.push(eq(persons.ownerOrganisationId, filter.ownerOrganisationId));
  if (filter.updatedSince) conditions.push(gt(persons.updatedAt, new Date(filter.updatedSince)));
  conditions.push(...ageCondition(filter.ageFrom, filter.ageTo));
  if (filter.caseState || filter.workerId) {
    const caseConditions = [eq(cases.personId, persons.id)];
    if (filter.caseState) caseConditions.push(eq(cases.state, filter.caseState));
    if (filter.workerId) caseConditions.push(eq(cases.workerId, filter.workerId));
    conditions.push(
      sql`exists (${db
        .select({ one: sql`1` })
        .from(cases)
        .where(and(...caseConditions))})`,
    );
  }
  return { where: and(...conditions) as SQL, rank };
}

export async function listPersons(db: Queryable, actor: Actor, filter: PersonFilter) {
  const { where, rank } = personFilterCondition(db, actor, filter);
  const conditions: SQL[] = [where];
  if (rank) {
    // A name search is ranked by likeness and returns its best matches on one page.
    const rows = await db
      .select()
      .from(persons)
      .where(and(...conditions))
      .orderBy(desc(rank), persons.familyName, persons.id)
      .limit(filter.limit);
    return { items: rows, nextCursor: null };
  }
  const after = decodeCursor(filter.cursor, 3);
  if (after) {
    const [family, given, id] = after.map(String) as [string, string, string];
    conditions.push(
      sql`(${persons.familyName}, ${persons.givenName}, ${persons.id}) > (${family}, ${given}, ${id})`,
    );
  }
  const rows = await db
    .select()
    .from(persons)
    .where(and(...conditions))
    .orderBy(persons.familyName, persons.givenName, persons.id)
    .limit(filter.limit + 1);
  return page(rows, filter.limit, (row) => [row.familyName, row.givenName, row.id]);
}

export async function findPerson(db: Queryable, id: string) {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}

/** Everything the organisation holding a person keeps about them, for the person page; relatives named by the person rule. */
export async function personRecords(db: Queryable, actor: Actor, personId: string) {
  const [links, personConsents, assessments, personCases, personReferrals] = await Promise.all([
    db
      .select({
        id: personLinks.id,
        relation: personLinks.relation,
        relatedPersonId: personLinks.relatedPersonId,
        person: namingColumns,
      })
      .from(personLinks)
      .innerJoin(persons, eq(persons.id, personLinks.relatedPersonId))
      .where(eq(personLinks.personId, personId)),
    db.select().from(consents).where(eq(consents.personId, personId)).orderBy(desc(consents.givenOn)),
    db
      .select()
      .from(functioningAssessments)
      .where(eq(functioningAssessments.personId, personId))
      .orderBy(desc(functioningAssessments.assessedOn), desc(functioningAssessments.createdAt)),
    db.select().from(cases).where(eq(cases.personId, personId)).orderBy(desc(cases.openedOn)),
    db.select().from(referrals).where(eq(referrals.personId, personId)).orderBy(desc(referrals.createdAt)),
  ]);
  return {
    links: links.map(({ person, ...link }) => ({ ...link, name: shownName(actor, person) })),
    consents: personConsents,
    assessments,
    cases: personCases,
    referrals: personReferrals,
  };
}

/** Consent in force to share this person's record with an organisation, if there is one. */
export async function sharingConsent(db: Queryable, personId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.personId, personId),
        eq(consents.purpose, 'sharing'),
        eq(consents.sharedWithOrganisationId, organisationId),
        sql`${consents.withdrawnOn} is null`,
      ),
    )
    .orderBy(desc(consents.givenOn))
    .limit(1);
  return row ?? null;
}

export async function findConsent(db: Queryable, id: string) {
  const [row] = await db.select().from(consents).where(eq(consents.id, id));
  return row ?? null;
}
