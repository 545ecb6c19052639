import type { Queryable } from '@birge/db';
import {
  type Actor,
  combinationOf,
  type Disaggregation,
  type Period,
  programmePeriods,
  type ResultLevel,
  valueWithin,
} from '@birge/domain';
import { manualValuesOf, valuesOf } from '../programmes/dashboard';
import type { LoadedProgramme } from '../programmes/load-programme';
import type { PresentedIndicator, ResultNode } from '../programmes/programme-queries';
import { groupRecords } from './group-records';
import { element, narratives, number, periodDates } from './iati-xml';

// IATI 2.03 codelists, by Birge's words.
const resultType: Record<ResultLevel, number> = { output: 1, outcome: 2, goal: 3 };
const dimensionName: Record<Disaggregation, string> = {
  sex: 'sex',
  age_group: 'age',
  disability: 'disability',
  region: 'region',
  organisation: 'organisation',
};

type Stretch = { periodStart: string; periodEnd: string };
type Cells = Awaited<ReturnType<typeof valuesOf>>;

/**
 * The periods an indicator is published over: its years (IATI prefers periods of a year at most), when every
 * target and value set for it fits inside one and the years' figures add up to the whole; otherwise the
 * programme's whole span as one period, which holds what was set for the span — and the count of distinct
 * persons over it, since one person reached in two years is one person, not two.
 */
function reportingPeriods(
  indicator: PresentedIndicator,
  entered: readonly Stretch[],
  years: readonly Period[],
  whole: Period,
): Period[] {
  const fitsAYear = (s: Stretch) => years.some((y) => y.start <= s.periodStart && s.periodEnd <= y.end);
  const adds = indicator.definition?.measure !== 'distinct_persons';
  return adds && [...indicator.targets, ...entered].every(fitsAYear) ? [...years] : [whole];
}

type Published = {
  indicator: PresentedIndicator;
  periods: Period[];
  totals: Cells;
  split: { by: Disaggregation; cells: Cells }[];
};

async function publish(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  indicator: PresentedIndicator,
): Promise<Published> {
  const years = programmePeriods(programme.startDate, programme.endDate, 'year');
  const [whole] = programmePeriods(programme.startDate, programme.endDate, 'total');
  const entered = indicator.definition ? [] : await manualValuesOf(db, indicator.id);
  const periods = whole ? reportingPeriods(indicator, entered, years, whole) : [];
  const totals = await valuesOf(db, actor, programme, indicator, periods);
  const split: Published['split'] = [];
  // The file is public: disaggregated cells below the programme's threshold are left out.
  for (const by of indicator.disaggregations)
    split.push({
      by,
      cells: await valuesOf(db, actor, programme, indicator, periods, {
        disaggregateBy: by,
        suppressBelow: programme.suppressBelow,
      }),
    });
  return { indicator, periods, totals, split };
}

/** Regions by their ISO code and organisations by name; sexes, ages and disability by Birge's own keys. */
async function dimensionValues(db: Queryable, published: Published[]) {
  const found = await groupRecords(
    db,
    published.flatMap((p) => p.split.flatMap((s) => s.cells.map((c) => c.group))),
  );
  return (group: string) => found.region(group)?.code ?? found.organisation(group)?.name ?? group;
}

function indicatorXml({ indicator, periods, totals, split }: Published, valueOf: (group: string) => string) {
  const combination = combinationOf(indicator.definition);
  const percent = indicator.definition?.measure === 'ratio' && indicator.definition.percent;
  const periodsXml = periods
    .map((period, index) => {
      const target = valueWithin(period, indicator.targets, combination);
      const actual = totals.find((v) => v.period === index && v.group === null)?.value ?? null;
      if (target === null && actual === null) return '';
      const dimensions = split.flatMap(({ by, cells }) =>
        cells
          .filter((c) => c.period === index && c.group !== null && c.value !== null && !c.suppressed)
          .map((c) =>
            element(
              'actual',
              { value: number(c.value as number) },
              element('dimension', { name: dimensionName[by], value: valueOf(c.group as string) }),
            ),
          ),
      );
      return element(
        'period',
        {},
        periodDates(period) +
          (target !== null ? element('target', { value: number(target) }) : '') +
          (actual !== null ? element('actual', { value: number(actual) }) : '') +
          dimensions.join(''),
      );
    })
    .join('');
  const description = Object.values(indicator.description).some((d) => d.trim())
    ? element('description', {}, narratives(indicator.description))
    : '';
  const baseline = indicator.baseline
    ? element('baseline', {
        year: indicator.baseline.date.slice(0, 4),
        'iso-date': indicator.baseline.date,
        value: number(indicator.baseline.value),
      })
    : '';
  return element(
    'indicator',
    { measure: percent ? 2 : 1, ascending: 1 },
    element('title', {}, narratives(indicator.title)) + description + baseline + periodsXml,
  );
}

/** The logframe's results holding indicators, each with its targets and actual values, and their disaggregations. */
export async function iatiResults(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  logframe: readonly ResultNode[],
): Promise<string[]> {
  const withIndicators = logframe.filter((r) => r.indicators.length > 0);
  const published = new Map<string, Published>();
  for (const indicator of withIndicators.flatMap((r) => r.indicators))
    published.set(indicator.id, await publish(db, actor, programme, indicator));
  const valueOf = await dimensionValues(db, [...published.values()]);
  return withIndicators.map((result) =>
    element(
      'result',
      { type: resultType[result.level] },
      element('title', {}, narratives(result.title)) +
        result.indicators.map((i) => indicatorXml(published.get(i.id) as Published, valueOf)).join(''),
    ),
  );
}
