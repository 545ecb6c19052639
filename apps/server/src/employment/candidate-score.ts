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
 * The hard exclusions of the domain's `matchCandidate`, as a condition on a job seeker's profile: a workplace out
 * of the regions the person reaches (when they named any, and the employer brings no one), or an essential
 * accommodation the person needs and the vacancy lacks. Written over the profile's own columns, so the employer's
 * pool is pre-filtered by indexes before anything is scored.
 */
export function excludedBy(vacancy: MatchVacancy): SQL {
  const unreachable = vacancy.accommodationsOffered.includes('transport')
    ? sql`false`
    : sql`(cardinality(${jp.regionIds}) > 0 and not ${jp.regionIds} && ${arrayOf(vacancy.regionIds, 'uuid')})`;
  const lacking = essentialsLacking(vacancy);
  const needsLacking = lacking.length
    ? sql`${jp.accommodationsNeeded} && ${arrayOf(lacking, 'text')}`
    : sql`false`;
  return sql`(${unreachable} or ${needsLacking})`;
}

/**
 * The score of the domain's `matchCandidate`, part by part, as SQL over a profile: the database ranks every
 * candidate with it and returns the best page, which the domain then explains. A test holds the two equal.
 */
export function scoreFor(vacancy: MatchVacancy): SQL {
  const keys = vacancy.skills.map(skillKey);
  const skills = keys.length
    ? share(
        'skills',
        sql`select count(*) from unnest(${arrayOf(keys, 'text')}) s
          where s in (select lower(k) from unnest(${jp.skills}) k)`,
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
  const accommodations = sql`case when cardinality(${jp.accommodationsNeeded}) = 0 then ${full('accommodations')}
    else ${share(
      'accommodations',
      sql`select count(*) from unnest(${jp.accommodationsNeeded}) a
        where a = any(${arrayOf(vacancy.accommodationsOffered, 'text')})`,
      sql`cardinality(${jp.accommodationsNeeded})`,
    )} end`;
  const wishes = vacancy.sector
    ? sql`case when cardinality(${jp.sectors}) = 0 then ${half('wishes')}
        when ${vacancy.sector} = any(${jp.sectors}) then ${full('wishes')} else 0 end`
    : half('wishes');
  return sql`(${skills} + ${place} + ${hours} + ${accommodations} + ${wishes})`;
}
