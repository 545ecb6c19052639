import { indicators, indicatorTargets, manualValues, type Queryable, users } from '@birge/db';
import {
  type Actor,
  combinationOf,
  type Disaggregation,
  definitionInScope,
  type IndicatorDefinition,
  type Period,
  type PeriodKind,
  programmePeriods,
  valueWithin,
} from '@birge/domain';
import { asc, eq } from 'drizzle-orm';
import { indicatorValues } from '../indicators/indicator-values';
import { countingScope, type LoadedProgramme } from './load-programme';

type ValueRow = { period: number; group: string | null; value: number | null; suppressed: boolean };

/** The values entered by hand for an indicator, with who entered them, in the order of their periods. */
export async function manualValuesOf(db: Queryable, indicatorId: string) {
  return db
    .select({
      id: manualValues.id,
      version: manualValues.version,
      note: manualValues.note,
      periodStart: manualValues.periodStart,
      periodEnd: manualValues.periodEnd,
      value: manualValues.value,
      enteredBy: users.name,
      enteredAt: manualValues.enteredAt,
    })
    .from(manualValues)
    .innerJoin(users, eq(users.id, manualValues.enteredBy))
    .where(eq(manualValues.indicatorId, indicatorId))
    .orderBy(asc(manualValues.periodStart), asc(manualValues.enteredAt));
}

/**
 * An indicator's values in each period: computed from the records when it has a definition — counting only the
 * work of the programme's organisations, whatever the definition names — otherwise the values entered by hand
 * for stretches inside each period. Small cells are suppressed when `suppressBelow` is given (exports, and
 * readers outside the owner).
 */
export async function valuesOf(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  indicator: { id: string; definition: IndicatorDefinition | null },
  periods: readonly Period[],
  options: { disaggregateBy?: Disaggregation | undefined; suppressBelow?: number | undefined } = {},
): Promise<ValueRow[]> {
  if (indicator.definition) {
    return indicatorValues(db, actor, {
      definition: definitionInScope(indicator.definition, countingScope(programme)),
      periods: periods.map(({ start, end }) => ({ start, end })),
      ageBands: programme.ageBands,
      ...(options.disaggregateBy ? { disaggregateBy: options.disaggregateBy } : {}),
      ...(options.suppressBelow !== undefined ? { suppressBelow: options.suppressBelow } : {}),
    });
  }
  if (options.disaggregateBy) return [];
  const entered = await manualValuesOf(db, indicator.id);
  return periods.map((period, index) => ({
    period: index,
    group: null,
    value: valueWithin(period, entered),
    suppressed: false,
  }));
}

async function targetsOf(db: Queryable, indicatorId: string) {
  return db
    .select({
      periodStart: indicatorTargets.periodStart,
      periodEnd: indicatorTargets.periodEnd,
      value: indicatorTargets.value,
    })
    .from(indicatorTargets)
    .where(eq(indicatorTargets.indicatorId, indicatorId));
}

/**
 * Indicators are computed a few at a time, side by side on the pool's connections (PGlite, with one, takes them
 * in turn), leaving the rest of the pool to other requests while a large dashboard is read.
 */
const indicatorsAtOnce = 3;

async function inTurns<T, R>(items: readonly T[], compute: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await compute(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(indicatorsAtOnce, items.length) }, lane));
  return results;
}

/** Actual against target for every indicator of a programme, per period and over the programme's whole span. */
export async function programmeDashboard(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  kind: PeriodKind,
) {
  const periods = programmePeriods(programme.startDate, programme.endDate, kind);
  const [whole] = programmePeriods(programme.startDate, programme.endDate, 'total');
  const rows = await db
    .select()
    .from(indicators)
    .where(eq(indicators.programmeId, programme.id))
    .orderBy(asc(indicators.position), asc(indicators.code));
  // The whole span rides along as one more period: one statement per indicator.
  const spans = whole ? [...periods, whole] : periods;
  const items = await inTurns(rows, async (indicator) => {
    const [values, targets, entered] = await Promise.all([
      valuesOf(db, actor, programme, indicator, spans),
      targetsOf(db, indicator.id),
      indicator.definition ? Promise.resolve([]) : manualValuesOf(db, indicator.id),
    ]);
    const actual = (index: number) =>
      values.find((v) => v.period === index && v.group === null)?.value ?? null;
    const combination = combinationOf(indicator.definition);
    return {
      id: indicator.id,
      actual: periods.map((_, index) => actual(index)),
      target: periods.map((period) => valueWithin(period, targets, combination)),
      total: {
        actual: actual(periods.length),
        target: whole ? valueWithin(whole, targets, combination) : null,
        baseline: indicator.baselineValue,
      },
      manual: entered.map((m) => ({ ...m, enteredAt: m.enteredAt.toISOString() })),
    };
  });
  return { periods, indicators: items };
}
