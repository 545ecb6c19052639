// The words of indicator definitions, without schemas: the web app shares them without loading zod.

/** `count` sums the facts' weights, `distinct_persons` counts named persons once, `sum` adds the amounts. */
export const simpleMeasures = ['count', 'distinct_persons', 'sum'] as const;
export type SimpleMeasure = (typeof simpleMeasures)[number];
export const measures = [...simpleMeasures, 'ratio'] as const;
export type Measure = (typeof measures)[number];

export const disaggregations = ['sex', 'age_group', 'disability', 'region', 'organisation'] as const;
export type Disaggregation = (typeof disaggregations)[number];

/** What an indicator is split by on its page, in reports and in the records behind it: region always, and what its donor asks. */
export function shownDisaggregations(declared: readonly Disaggregation[]): Disaggregation[] {
  return [...new Set<Disaggregation>(['region', ...declared])];
}

/** The values a fact's `sex` and `disability` take, which are also the group keys of those disaggregations. */
export const factSexes = ['female', 'male'] as const;
export type FactSex = (typeof factSexes)[number];
/** The Washington Group identifier: some difficulty or more in at least one domain, or not yet asked. */
export const factDisabilities = ['yes', 'no', 'undetermined'] as const;
export type FactDisability = (typeof factDisabilities)[number];

export const periodKinds = ['year', 'quarter', 'month', 'total'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** Whole years of age, both ends included; `to: null` is open ("60+"). */
export type AgeBand = { from: number; to: number | null };
export const defaultAgeBands: readonly AgeBand[] = [
  { from: 0, to: 4 },
  { from: 5, to: 17 },
  { from: 18, to: 29 },
  { from: 30, to: 59 },
  { from: 60, to: null },
];

/** The stable key of a band, which is also the group key of the age disaggregation: `18-29`, `60+`. */
export function ageBandLabel(band: AgeBand): string {
  return band.to === null ? `${band.from}+` : `${band.from}-${band.to}`;
}

/** Cells counting fewer than this many are not shown in exports and public views. */
export const defaultSuppressBelow = 5;
