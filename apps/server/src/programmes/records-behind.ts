import type { indicators, Queryable } from '@birge/db';
import {
  type Actor,
  can,
  type Disaggregation,
  definitionInScope,
  kindsOfPeriod,
  programmePeriods,
  programmePolicy,
  shownDisaggregations,
} from '@birge/domain';
import { invalidField } from '../http/app-error';
import { indicatorRecords, type RecordsPage } from '../indicators/indicator-records';
import { valuesOf } from './dashboard';
import { countingScope, type LoadedProgramme } from './load-programme';

type IndicatorRow = typeof indicators.$inferSelect;

export type RecordsQuery = {
  periodStart: string;
  periodEnd: string;
  disaggregateBy?: Disaggregation | undefined;
  group?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** Small cells are the owner's to see; everyone else reading the programme sees them suppressed. */
export function suppressionFor(actor: Actor, programme: LoadedProgramme): number | undefined {
  return can(programmePolicy, actor, 'update', programme) ? undefined : programme.suppressBelow;
}

/**
 * Whether the reader sees this value hidden where the indicator's values show it: the same cells, computed as
 * the values are (every period of its kind, by the same disaggregation), suppressed by the same rule.
 */
async function hiddenFrom(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  indicator: IndicatorRow,
  query: RecordsQuery,
  below: number,
): Promise<boolean> {
  const asked = { start: query.periodStart, end: query.periodEnd };
  for (const kind of kindsOfPeriod(programme.startDate, programme.endDate, asked)) {
    const periods = programmePeriods(programme.startDate, programme.endDate, kind);
    const index = periods.findIndex((p) => p.start === asked.start && p.end === asked.end);
    const cells = await valuesOf(db, actor, programme, indicator, periods, {
      disaggregateBy: query.disaggregateBy,
      suppressBelow: below,
    });
    const group = query.disaggregateBy ? (query.group ?? null) : null;
    if (cells.some((c) => c.period === index && c.group === group && c.suppressed)) return true;
  }
  return false;
}

/**
 * The records behind one of an indicator's values: only for the programme's own periods and the splits its
 * page shows, counting what its values count, the total hidden where the value is. Those who answer for the
 * programme open the records made for it, whichever of its organisations made them.
 */
export async function recordsBehind(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  indicator: IndicatorRow,
  query: RecordsQuery,
): Promise<
  Omit<RecordsPage, 'total' | 'value'> & { total: number | null; value: number | null; suppressed: boolean }
> {
  const period = { start: query.periodStart, end: query.periodEnd };
  if (kindsOfPeriod(programme.startDate, programme.endDate, period).length === 0)
    throw invalidField('periodStart', 'programmes.notProgrammePeriod');
  const by = query.disaggregateBy;
  if (by && !shownDisaggregations(indicator.disaggregations).includes(by))
    throw invalidField('disaggregateBy', 'programmes.disaggregationNotShown');
  if (!indicator.definition)
    return { items: [], total: 0, value: 0, restricted: false, nextCursor: null, suppressed: false };
  const opens = can(programmePolicy, actor, 'openRecords', programme);
  const found = await indicatorRecords(db, actor, {
    definition: definitionInScope(indicator.definition, countingScope(programme)),
    period,
    ageBands: programme.ageBands,
    limit: query.limit,
    disaggregateBy: by,
    group: query.group,
    cursor: query.cursor,
    programme: opens
      ? { id: programme.id, children: can(programmePolicy, actor, 'openChildrenRecords', programme) }
      : undefined,
  });
  const below = suppressionFor(actor, programme);
  const suppressed = below !== undefined && (await hiddenFrom(db, actor, programme, indicator, query, below));
  return suppressed ? { ...found, total: null, value: null, suppressed } : { ...found, suppressed };
}
