import { jobSeekerProfiles as jp, persons, type Queryable } from '@birge/db';
import type { Actor, MatchVacancy } from '@birge/domain';
import { and, asc, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../http/app-error';
import { decodeKeyAndId, page } from '../http/pagination';
import { personIsChild, visiblePersons } from '../persons/person-access';
import { excludedBy, scoreFor } from './candidate-score';
import { consented } from './employment-queries';

export type CandidateQuery = { excluded: boolean; cursor?: string | undefined; limit: number };

/**
 * Who a vacancy is matched against. An employer's staff: adults whose consent to show them to employers is in
 * force. Anyone else: the persons they may list. Never someone already at work, nor a merged duplicate.
 */
function poolOf(db: Queryable, actor: Actor, employerOnly: boolean): SQL {
  const scope = employerOnly
    ? and(consented, sql`not ${personIsChild}`, isNull(persons.mergedIntoId))
    : visiblePersons(db, actor);
  return and(scope, ne(jp.readiness, 'working')) as SQL;
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
 * `total` counts the whole list. The database scores every profile of the pool that no hard rule excludes (or,
 * asked for `excluded`, those that one does) and returns only the page.
 */
export async function candidatePage(
  db: Queryable,
  actor: Actor,
  employerOnly: boolean,
  vacancy: MatchVacancy,
  query: CandidateQuery,
) {
  const excluded = excludedBy(vacancy);
  const where = and(poolOf(db, actor, employerOnly), query.excluded ? excluded : sql`not ${excluded}`);
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
      familyName: persons.familyName,
      givenName: persons.givenName,
      phones: persons.phones,
      functionalDifficulty: persons.functionalDifficulty,
      score: sql<number>`${scoreFor(vacancy)}`.as('score'),
      total: sql<number>`(count(*) over ())::int`.as('total'),
    })
    .from(jp)
    .innerJoin(persons, eq(persons.id, jp.personId))
    .where(where)
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
  return { ...paged, total: rows[0]?.total ?? (after ? await countOf(db, where) : 0) };
}

/** The list's size when a page past its end has no row to carry it. */
async function countOf(db: Queryable, where: SQL | undefined) {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(jp)
    .innerJoin(persons, eq(persons.id, jp.personId))
    .where(where);
  return row?.total ?? 0;
}

export type CandidateRow = Awaited<ReturnType<typeof candidatePage>>['items'][number];
