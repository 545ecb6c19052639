import { networkMembers, regions } from '@birge/db';
import {
  type AgeBand,
  ageBandLabel,
  type Disaggregation,
  defaultAgeBands,
  type IndicatorFilters,
  recordedBandIn,
} from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { IndicatorSource } from './indicator-source';

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** `column in (...)`, false for an empty list (which SQL cannot write). */
export function isIn(column: SQL, values: readonly string[]): SQL {
  return values.length ? sql`${column} in (${list(values)})` : sql`false`;
}

/** A fact's region rolled up to its top-level region (oblast or city of republican significance). */
const topRegion = sql`coalesce(r3.id, r2.id, r1.id)`;
const regionJoins = sql`left join ${regions} r1 on r1.id = f.region_id
  left join ${regions} r2 on r2.id = r1.parent_id
  left join ${regions} r3 on r3.id = r2.parent_id`;

/** The regions given and every district and locality below them. */
function withinRegions(ids: readonly string[]): SQL {
  return sql`f.region_id in (select id from ${regions} where id in (${list(ids)}) or parent_id in (${list(ids)})
    or parent_id in (select id from ${regions} where parent_id in (${list(ids)})))`;
}

/** The condition every filter of a definition puts on the facts: pushed down into the sources' own tables. */
export function filterConditions(filters: IndicatorFilters | undefined): SQL[] {
  if (!filters) return [];
  const conditions: SQL[] = [];
  if (filters.organisationIds) conditions.push(isIn(sql`f.organisation_id`, filters.organisationIds));
  if (filters.networkId) {
    conditions.push(sql`f.organisation_id in (select ${networkMembers.organisationId} from ${networkMembers}
      where ${networkMembers.networkId} = ${filters.networkId})`);
  }
  if (filters.regionIds) conditions.push(withinRegions(filters.regionIds));
  if (filters.programmeId) conditions.push(sql`f.programme_id = ${filters.programmeId}`);
  if (filters.activityTypes) conditions.push(sql`f.activity_type in (${list(filters.activityTypes)})`);
  if (filters.tags) conditions.push(sql`f.tags && array[${list(filters.tags)}]::text[]`);
  if (filters.from) conditions.push(sql`f.occurred_on >= ${filters.from}::date`);
  if (filters.to) conditions.push(sql`f.occurred_on < ${filters.to}::date`);
  if (filters.sex) conditions.push(sql`f.sex in (${list(filters.sex)})`);
  if (filters.disability) conditions.push(sql`f.disability in (${list(filters.disability)})`);
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    conditions.push(sql`f.attributes ->> ${name} in (${list(values)})`);
  }
  return conditions;
}

const recordedBands = defaultAgeBands.map(ageBandLabel);

/**
 * A fact's age band: from its age when known, found by binary search among the bands' first years (so the
 * age, an expression in most sources, is computed once), else the band recorded on paper, fitted into the
 * bands asked for.
 */
function ageGroup(bands: readonly AgeBand[]): SQL {
  const last = bands.at(-1);
  const starts = bands.map((b) => b.from);
  const labels: (string | null)[] = bands.map(ageBandLabel);
  // Ages past a closed last band fall into one more slot, which has no label.
  if (last && last.to !== null) {
    starts.push(last.to + 1);
    labels.push(null);
  }
  const byRecorded = defaultAgeBands.flatMap((recorded, i) => {
    const fitted = recordedBandIn(recorded, bands);
    return fitted ? [sql`when ${recordedBands[i]} then ${fitted}`] : [];
  });
  const byAge = sql`(array[${sql.join(
    labels.map((l) => sql`${l}`),
    sql`, `,
  )}]::text[])[width_bucket(f.age_years, array[${sql.join(
    starts.map((n) => sql`${n}`),
    sql`, `,
  )}]::int[])]`;
  return byRecorded.length
    ? sql`coalesce(${byAge}, case f.age_band ${sql.join(byRecorded, sql` `)} end)`
    : byAge;
}

/** The group key of a fact for a disaggregation, as text; null where the fact does not say. */
export function groupKey(by: Disaggregation | undefined, bands: readonly AgeBand[]): SQL {
  switch (by) {
    case 'sex':
      return sql`f.sex`;
    case 'disability':
      return sql`f.disability`;
    case 'organisation':
      return sql`f.organisation_id::text`;
    case 'region':
      return sql`${topRegion}::text`;
    case 'age_group':
      return ageGroup(bands);
    default:
      return sql`null::text`;
  }
}

/** The facts of a source, aliased `f`, with what a region disaggregation needs joined. */
export function factsFrom(source: IndicatorSource, by: Disaggregation | undefined): SQL {
  return sql`(${source.facts()}) f ${by === 'region' ? regionJoins : sql``}`;
}

export function whereAll(conditions: SQL[]): SQL {
  return conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
}
