import type { Queryable } from '@birge/db';
import {
  type Actor,
  combinationOf,
  type Disaggregation,
  type Language,
  type PeriodKind,
  programmePeriods,
  type ResultLevel,
  valueWithin,
} from '@birge/domain';
import { type MessageKey, translate } from '../i18n/translate';
import { valuesOf } from '../programmes/dashboard';
import type { LoadedProgramme } from '../programmes/load-programme';
import { logframeOf } from '../programmes/programme-queries';
import { groupRecords } from './group-records';

/** One column of the report: a period of the chosen kind, or the programme's whole span. */
export type ReportPeriod = { start: string; end: string; label: string };

export type LogframeRow = {
  level: ResultLevel;
  code: string;
  /** The result's title on its own row; the indicator's title on an indicator's row. */
  title: string;
  indicator: boolean;
  unit: string;
  baseline: string;
  targets: string[];
  actuals: string[];
};

export type DisaggregationTable = {
  code: string;
  title: string;
  by: string;
  groups: { label: string; actuals: string[] }[];
};

export type DonorReport = {
  language: Language;
  title: string;
  programmeTitle: string;
  period: string;
  periods: ReportPeriod[];
  rows: LogframeRow[];
  disaggregations: DisaggregationTable[];
  note: string;
  generated: string;
};

/**
 * The logframe with actual against target per period and over the whole programme, and the disaggregations
 * each indicator requires. Disaggregated cells standing for fewer than the programme's threshold are shown as
 * "<n"; the logframe's own totals are the programme's reporting and are shown whole.
 */
export async function donorReport(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
  language: Language,
  kind: PeriodKind,
): Promise<DonorReport> {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const below = programme.suppressBelow;
  const cell = (value: number | null, suppressed = false) =>
    suppressed ? `<${below}` : value === null ? '–' : number.format(value);
  const whole = programmePeriods(programme.startDate, programme.endDate, 'total');
  const periods: ReportPeriod[] = [
    ...(kind === 'total' ? [] : programmePeriods(programme.startDate, programme.endDate, kind)),
    ...whole.map((p) => ({ ...p, label: t('report.total') })),
  ];
  const logframe = await logframeOf(db, programme.id);
  const rows: LogframeRow[] = [];
  const tables: (Omit<DisaggregationTable, 'groups'> & {
    disaggregation: Disaggregation;
    cells: Awaited<ReturnType<typeof valuesOf>>;
  })[] = [];
  for (const result of logframe) {
    rows.push({
      level: result.level,
      code: result.code,
      title: result.title[language] ?? '',
      indicator: false,
      unit: '',
      baseline: '',
      targets: periods.map(() => ''),
      actuals: periods.map(() => ''),
    });
    for (const presented of result.indicators) {
      const values = await valuesOf(db, actor, programme, presented, periods);
      rows.push({
        level: result.level,
        code: presented.code,
        // Values typed in by hand are marked, so a donor knows which figures no record stands behind.
        title: presented.definition
          ? presented.title[language]
          : `${presented.title[language]} (${t('report.manual')})`,
        indicator: true,
        unit: presented.unit,
        baseline: presented.baseline
          ? `${number.format(presented.baseline.value)} (${presented.baseline.date})`
          : '–',
        targets: periods.map((p) =>
          cell(valueWithin(p, presented.targets, combinationOf(presented.definition))),
        ),
        actuals: periods.map((_, i) => {
          const v = values.find((row) => row.period === i && row.group === null);
          return cell(v?.value ?? null, v?.suppressed);
        }),
      });
      for (const by of presented.disaggregations) {
        tables.push({
          code: presented.code,
          title: presented.title[language] ?? '',
          by: t(`report.disaggregation.${by}`),
          disaggregation: by,
          cells: await valuesOf(db, actor, programme, presented, periods, {
            disaggregateBy: by,
            suppressBelow: below,
          }),
        });
      }
    }
  }
  const label = await groupLabeller(
    db,
    language,
    tables.flatMap((table) => table.cells.map((c) => c.group)),
  );
  const disaggregations = tables.map(({ disaggregation, cells, ...table }) => {
    const groups = [...new Set(cells.map((c) => c.group))];
    return {
      ...table,
      groups: groups.map((group) => ({
        label: label(disaggregation, group),
        actuals: periods.map((_, i) => {
          const v = cells.find((c) => c.period === i && c.group === group);
          return cell(v?.value ?? null, v?.suppressed);
        }),
      })),
    };
  });
  return {
    language,
    title: t('report.title'),
    programmeTitle: programme.title[language],
    period: t('report.period', { from: programme.startDate, to: programme.endDate }),
    periods,
    rows,
    disaggregations,
    note: t('report.suppressedNote', { n: below }),
    generated: t('report.generated', { date: new Date().toISOString().slice(0, 10) }),
  };
}

/** Words for the groups of a disaggregation: sexes and disability in the language, regions and organisations by name. */
async function groupLabeller(db: Queryable, language: Language, groups: (string | null)[]) {
  const found = await groupRecords(db, groups);
  return (by: Disaggregation, group: string | null): string => {
    if (group === null) return translate(language, 'report.group.unknown');
    if (by === 'sex' || by === 'disability')
      return translate(language, `report.group.${group}` as MessageKey);
    if (by === 'region') return found.region(group)?.names[language] ?? group;
    if (by === 'organisation') return found.organisation(group)?.name ?? group;
    return group;
  };
}
