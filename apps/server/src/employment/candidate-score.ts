import { jobSeekerProfiles as jp } from '@birge/db';
import {
  essentialsLacking,
  type MatchFactor,
  type MatchVacancy,
  matchWeights,
  sharePoints,
  skillKey,
} from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';

/** A typed array literal of parameters; `'{}'` when empty, which `array[]` cannot write. */
function arrayOf(values: readonly string[], type: 'text' | 'uuid'): SQL {
  if (values.length === 0) return sql.raw(`'{}'::${type}[]`);
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;
}

/** Points as integer literals of the statement: they come from the domain's weights, never from a request. */
const points = (n: number) => sql.raw(String(Math.trunc(n)));
const full = (f: MatchFactor) => points(matchWeights[f]);
const half = (f: MatchFactor) => points(sharePoints(f, 1, 2));
/** `round(weight × got ÷ of)`, half up like the domain's, exact in numeric. */
const share = (f: MatchFactor, got: SQL, of: SQL) =>
  sql`round(${full(f)} * (${got})::numeric / (${of}))::int`;

/**
 * The hard rules of the domain's `matchCandidate`, as a condition on a job seeker's profile that holds when none
 * excludes them: a workplace in a region the person reaches (or they named none, or the employer brings its
 * workers), and no essential accommodation the person needs that the vacancy lacks. Written positively over the
 * profile's own columns, so the pool is found through the profiles' indexes before anything is scored.
 */
export function notExcludedBy(vacancy: MatchVacancy): SQL {
  const reachable = vacancy.accommodationsOffered.includes('transport')
    ? sql`true`
    : sql`(cardinality(${jp.regionIds}) = 0 or ${jp.regionIds} && ${arrayOf(vacancy.regionIds, 'uuid')})`;
  const lacking = essentialsLacking(vacancy);
  const needsNothingLacking = lacking.length
    ? sql`not ${jp.accommodationsNeeded} && ${arrayOf(lacking, 'text')}`
    : sql`true`;
  return sql`(${reachable} and ${needsNothingLacking})`;
}

/**
 * The score of the domain's `matchCandidate`, part by part, as SQL over a profile: the database ranks every
 * candidate with it and returns the best page, which the domain then explains. A test holds the two equal.
 */
export function scoreFor(vacancy: MatchVacancy): SQL {
  // Each required skill, as often as the vacancy names it, against the profile's skills in lower case: the
  // array's text lowered and read back, which costs a fraction of a subquery over the array per profile.
  const keys = vacancy.skills.map(skillKey);
  const has = sql`lower(${jp.skills}::text)::text[]`;
  const skills = keys.length
    ? share(
        'skills',
        sql.join(
          keys.map((k) => sql`(${k} = any(${has}))::int`),
          sql` + `,
        ),
        points(keys.length),
      )
    : full('skills');
  const place = sql`case when cardinality(${jp.regionIds}) = 0 then ${half('place')}
    when ${jp.regionIds} && ${arrayOf(vacancy.regionIds, 'uuid')} then ${full('place')}
    else ${vacancy.accommodationsOffered.includes('transport') ? half('place') : points(0)} end`;
  const adjustable = vacancy.accommodationsOffered.includes('flexible_hours') ? half('hours') : points(0);
  const hours =
    vacancy.hours === 'flexible'
      ? sql`case when cardinality(${jp.hours}) = 0 then ${half('hours')} else ${full('hours')} end`
      : sql`case when cardinality(${jp.hours}) = 0 then ${half('hours')}
          when ${vacancy.hours} = any(${jp.hours}) then ${full('hours')} else ${adjustable} end`;
  // Both lists hold each accommodation once: those needed that are offered are the offered that are needed.
  const offeredNeeded = vacancy.accommodationsOffered.length
    ? sql.join(
        vacancy.accommodationsOffered.map((a) => sql`(${a} = any(${jp.accommodationsNeeded}))::int`),
        sql` + `,
      )
    : points(0);
  const accommodations = sql`case when cardinality(${jp.accommodationsNeeded}) = 0 then ${full('accommodations')}
    else ${share('accommodations', offeredNeeded, sql`cardinality(${jp.accommodationsNeeded})`)} end`;
  const wishes = vacancy.sector
    ? sql`case when cardinality(${jp.sectors}) = 0 then ${half('wishes')}
        when ${vacancy.sector} = any(${jp.sectors}) then ${full('wishes')} else 0 end`
    : half('wishes');
  return sql`(${skills} + ${place} + ${hours} + ${accommodations} + ${wishes})`;
}
