import { jobSeekerProfiles as jp, persons, type Queryable } from '@birge/db';
import type { Actor, MatchVacancy } from '@birge/domain';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../http/app-error';
import { decodeKeyAndId, page } from '../http/pagination';
import { personIsChild, visiblePersons } from '../persons/person-access';
import { notExcludedBy, scoreFor } from './candidate-score';
import { consented } from './employment-queries';

export type CandidateQuery = { excluded: boolean; cursor?: string | undefined; limit: number };

/**
 * Who a vacancy is matched against, as a condition on the profile and one on the person. An employer's staff:
 * profiles whose consent to show them to employers is in force, of adults. Anyone else: the persons they may list.
 * Never someone already at work, nor a merged duplicate.
 */
function poolOf(db: Queryable, actor: Actor, employerOnly: boolean) {
  const working = sql`${jp.readiness} <> 'working'`;
  return employerOnly
    ? {
        profile: and(consented, working),
        person: and(sql`not ${personIsChild}`, isNull(persons.mergedIntoId)),
      }
    : { profile: working, person: visiblePersons(db, actor) };
}

function cursorAfter(cursor: string | undefined): { score: number; id: string } | undefined {
  const key = decodeKeyAndId(cursor);
  if (!key) return undefined;
  const [score, id] = key;
  if (!Number.isInteger(score))
    throw new AppError(400, 'errors.validation', undefined, { cursor: { key: 'field.format' } });
  return { score: Number(score), id };
}

/**
 * One page of the candidates for a vacancy, best score first, ties by profile so pages never skip or repeat;
 * `total` counts the whole list. The profiles no hard rule excludes (or, asked for `excluded`, those one does)
 * are found through their own indexes; each looks its person up by key, where the person rule is applied; the
 * database scores them all and returns only the page.
 */
export async function candidatePage(
  db: Queryable,
  actor: Actor,
  employerOnly: boolean,
  vacancy: MatchVacancy,
  query: CandidateQuery,
) {
  const scope = poolOf(db, actor, employerOnly);
  const rules = notExcludedBy(vacancy);
  const person = db
    .select({
      familyName: persons.familyName,
      givenName: persons.givenName,
      phones: persons.phones,
      functionalDifficulty: persons.functionalDifficulty,
    })
    .from(persons)
    .where(and(eq(persons.id, jp.personId), scope.person))
    // One person a profile: the limit also keeps this a lookup by key for each profile, which the planner would
    // otherwise trade for a scan of every person, unable to guess how many the person rule keeps.
    .limit(1)
    .as('person');
  const pool = db
    .select({
      id: jp.id,
      personId: jp.personId,
      education: jp.education,
      skills: jp.skills,
      experience: jp.experience,
      sectors: jp.sectors,
      hours: jp.hours,
      regionIds: jp.regionIds,
      accommodationsNeeded: jp.accommodationsNeeded,
      readiness: jp.readiness,
      consentGivenOn: jp.consentGivenOn,
      consentWithdrawnOn: jp.consentWithdrawnOn,
      showContacts: jp.showContacts,
      showFunctioning: jp.showFunctioning,
      familyName: person.familyName,
      givenName: person.givenName,
      phones: person.phones,
      functionalDifficulty: person.functionalDifficulty,
      score: sql<number>`${scoreFor(vacancy)}`.as('score'),
      total: sql<number>`(count(*) over ())::int`.as('total'),
    })
    .from(jp)
    .crossJoinLateral(person)
    .where(and(scope.profile, query.excluded ? sql`not ${rules}` : rules))
    .as('pool');
  const after = cursorAfter(query.cursor);
  const rows = await db
    .select()
    .from(pool)
    .where(
      after
        ? sql`(${pool.score} < ${after.score} or (${pool.score} = ${after.score} and ${pool.id} > ${after.id}::uuid))`
        : undefined,
    )
    .orderBy(desc(pool.score), asc(pool.id))
    .limit(query.limit + 1);
  const paged = page(rows, query.limit, (row) => [row.score, row.id]);
  if (rows[0] || !after) return { ...paged, total: rows[0]?.total ?? 0 };
  // A page past the list's end has no row to carry its size.
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(jp)
    .crossJoinLateral(person)
    .where(and(scope.profile, query.excluded ? sql`not ${rules}` : rules));
  return { ...paged, total: counted?.total ?? 0 };
}
