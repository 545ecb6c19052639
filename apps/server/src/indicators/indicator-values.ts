import type { Queryable } from '@birge/db';
import {
  type Actor,
  type AgeBand,
  ageBandLabel,
  type Cell,
  type Disaggregation,
  defaultAgeBands,
  factDisabilities,
  factSexes,
  type IndicatorDefinition,
  ratioValue,
  type ShownCell,
  type SimpleDefinition,
  suppressSmallCells,
} from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';
import { factsFrom, filterConditions, groupKey, whereAll } from './compile-facts';
import { findSource } from './sources';

export type PeriodRange = { start: string; end: string };

export type ValuesRequest = {
  definition: IndicatorDefinition;
  periods: PeriodRange[];
  disaggregateBy?: Disaggregation | undefined;
  ageBands?: readonly AgeBand[] | undefined;
  /** Cells standing for fewer records or persons are hidden; nothing is hidden without it. */
  suppressBelow?: number | undefined;
};

type Side = 'n' | 'd';
type Row = { side: Side; period: number; grp: string | null; value: number; size: number };

const measureOf: Record<SimpleDefinition['measure'], { value: SQL; size: SQL }> = {
  count: { value: sql`sum(f.weight)`, size: sql`sum(f.weight)` },
  distinct_persons: { value: sql`count(distinct f.person_id)`, size: sql`count(distinct f.person_id)` },
  sum: {
    value: sql`coalesce(sum(f.amount), 0)`,
    size: sql`coalesce(sum(f.weight) filter (where f.amount is not null), 0)`,
  },
};

type Indexed = PeriodRange & { i: number };

/**
 * Periods laid out in layers, each a run that does not overlap: years, quarters or months make one layer; the
 * programme's whole span asked beside its years makes a second.
 */
function layersOf(periods: readonly PeriodRange[]): Indexed[][] {
  const layers: Indexed[][] = [];
  const order = periods.map((p, i) => ({ ...p, i })).sort((a, b) => a.start.localeCompare(b.start));
  for (const period of order) {
    const layer = layers.find((l) => (l.at(-1)?.end ?? '') <= period.start);
    if (layer) layer.push(period);
    else layers.push([period]);
  }
  return layers;
}

/**
 * Which period of a layer a fact falls in: the layer's dates are cut points on the calendar, and
 * `width_bucket` finds the fact's slot between them by binary search. -1 in a gap, null outside.
 */
function slotIn(layer: readonly Indexed[]): SQL {
  const cuts = [...new Set(layer.flatMap((p) => [p.start, p.end]))];
  // width_bucket gives b for cuts[b-1] <= day < cuts[b], which is the period starting at cuts[b-1], if any.
  const slots = cuts.map((cut) => layer.find((p) => p.start === cut)?.i ?? -1);
  return sql`(array[${sql.join(
    slots.map((i) => sql`${i}`),
    sql`, `,
  )}]::int[])[width_bucket(f.occurred_on, array[${sql.join(
    cuts.map((c) => sql`${c}`),
    sql`, `,
  )}]::date[])]`;
}

/**
 * One side of a definition as a select of (side, period, group, value, size), every period and group in one
 * scan: each layer of periods is one grouping set. The outer bounds of all periods are repeated as plain
 * conditions, so a source with an index on its day range-scans it.
 */
function sideQuery(side: Side, definition: SimpleDefinition, request: ValuesRequest): SQL | null {
  const source = findSource(definition.source);
  if (!source) return null;
  const { periods } = request;
  const from = periods.reduce((min, p) => (p.start < min ? p.start : min), periods[0]?.start ?? '');
  const to = periods.reduce((max, p) => (p.end > max ? p.end : max), periods[0]?.end ?? '');
  const group = groupKey(request.disaggregateBy, request.ageBands ?? defaultAgeBands);
  const measure = measureOf[definition.measure];
  const conditions = [
    sql`f.occurred_on >= ${from}::date`,
    sql`f.occurred_on < ${to}::date`,
    ...filterConditions(definition.filters),
  ];
  const layers = layersOf(periods).map((layer, k) => ({ slot: slotIn(layer), name: sql.raw(`s${k}`) }));
  const slots = sql.join(
    layers.map((l) => sql`${l.slot} as ${l.name}`),
    sql`, `,
  );
  const sets = sql.join(
    layers.map((l) => sql`(f.${l.name}, f.grp)`),
    sql`, `,
  );
  const period = sql.join(
    layers.map((l) => sql`when grouping(f.${l.name}) = 0 then f.${l.name}`),
    sql` `,
  );
  return sql`select * from (
      select ${side}::text as side, case ${period} end as period, f.grp,
        (${measure.value})::float8 as value, (${measure.size})::float8 as size
      from (select f.*, ${group} as grp, ${slots}
        from ${factsFrom(source, request.disaggregateBy)} ${whereAll(conditions)}) f
      group by grouping sets (${sets})
    ) cells where period >= 0`;
}

/** The groups a disaggregation always shows, even at zero; regions and organisations show where there is work. */
function knownGroups(by: Disaggregation | undefined, bands: readonly AgeBand[]): (string | null)[] {
  if (!by) return [null];
  if (by === 'sex') return [...factSexes];
  if (by === 'disability') return [...factDisabilities];
  if (by === 'age_group') return bands.map(ageBandLabel);
  return [];
}

const keyOf = (period: number, group: string | null) => `${period}\u0000${group ?? ''}`;

/**
 * The values of a definition for every period and group, computed live in one SQL statement. Counts do not
 * depend on who asks: the caller has decided the actor may see these figures (a programme's readers see all
 * of its work, restricted sources included); only the records behind them are limited, in `indicatorRecords`.
 * A source not registered (a module not installed) gives null values, not an error.
 */
export async function indicatorValues(
  db: Queryable,
  _actor: Actor,
  request: ValuesRequest,
): Promise<ShownCell[]> {
  const { definition, periods } = request;
  if (periods.length === 0) return [];
  const bands = request.ageBands ?? defaultAgeBands;
  const sides =
    definition.measure === 'ratio'
      ? [sideQuery('n', definition.numerator, request), sideQuery('d', definition.denominator, request)]
      : [sideQuery('n', definition, request)];
  if (sides.some((s) => s === null)) {
    return periods.map((_, period) => ({ period, group: null, value: null, suppressed: false }));
  }
  const result = await db.execute(sql.join(sides as SQL[], sql` union all `));
  const rows = (result as unknown as { rows: Row[] }).rows;

  const cells = new Map<string, { period: number; group: string | null; n: Row | null; d: Row | null }>();
  const cellAt = (period: number, group: string | null) => {
    const key = keyOf(period, group);
    const found = cells.get(key) ?? { period, group, n: null, d: null };
    cells.set(key, found);
    return found;
  };
  periods.forEach((_, period) => {
    for (const group of knownGroups(request.disaggregateBy, bands)) cellAt(period, group);
  });
  const byGroup = (a: Row, b: Row) =>
    a.grp === b.grp ? 0 : a.grp === null ? 1 : b.grp === null ? -1 : a.grp.localeCompare(b.grp);
  for (const row of rows.sort(byGroup)) cellAt(row.period, row.grp)[row.side] = row;

  const computed: Cell[] = [...cells.values()].map(({ period, group, n, d }) => {
    const numerator = { value: n?.value ?? 0, size: n?.size ?? 0 };
    if (definition.measure !== 'ratio') return { period, group, ...numerator };
    const denominator = { value: d?.value ?? 0, size: d?.size ?? 0 };
    return {
      period,
      group,
      value: ratioValue(numerator.value, denominator.value, definition.percent),
      // A ratio gives away its smaller side: the numerator when any, else the denominator.
      size: numerator.size > 0 ? Math.min(numerator.size, denominator.size) : denominator.size,
    };
  });
  computed.sort((a, b) => a.period - b.period);
  return suppressSmallCells(computed, request.suppressBelow ?? 0);
}
