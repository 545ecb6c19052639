import type { ResultLevel } from './vocabulary';

/** The broken rule of a logframe, as the key of its message: `programmes.<problem>`. */
export type LogframeProblem =
  | 'goalHasParent'
  | 'secondGoal'
  | 'outcomeNotUnderGoal'
  | 'outputNotUnderOutcome'
  | 'codeTaken'
  | 'periodReversed'
  | 'periodOutsideProgramme'
  | 'periodsOverlap'
  | 'manualValueOfDefinedIndicator'
  | 'manualValuesOverlap'
  | 'resultNotEmpty'
  | 'datesReversed'
  | 'sectorsNotWhole';

const parentLevel: Record<ResultLevel, ResultLevel | null> = {
  goal: null,
  outcome: 'goal',
  output: 'outcome',
};

/**
 * Where a result may stand: a goal has no parent and a programme has one goal; outcomes sit under the goal,
 * outputs under an outcome.
 */
export function placementProblem(
  level: ResultLevel,
  parent: { level: ResultLevel } | null,
  otherGoals: number,
): LogframeProblem | null {
  if (level === 'goal') {
    if (parent) return 'goalHasParent';
    return otherGoals > 0 ? 'secondGoal' : null;
  }
  if (parent?.level === parentLevel[level]) return null;
  return level === 'outcome' ? 'outcomeNotUnderGoal' : 'outputNotUnderOutcome';
}

/** Codes name results and indicators in reports, so within a programme each names one. */
export function codeProblem(code: string, codesInUse: readonly string[]): LogframeProblem | null {
  const wanted = code.trim().toLowerCase();
  return codesInUse.some((c) => c.trim().toLowerCase() === wanted) ? 'codeTaken' : null;
}

type Period = { periodStart: string; periodEnd: string };

/**
 * A period is [start, end); it must lie inside the programme, whose end date is its last day. Targets of one
 * indicator may not overlap, or a report would count one stretch of time against two targets.
 */
export function periodProblem(
  period: Period,
  programme: { startDate: string; endDate: string },
): LogframeProblem | null {
  if (period.periodStart >= period.periodEnd) return 'periodReversed';
  if (period.periodStart < programme.startDate || period.periodEnd > dayAfter(programme.endDate))
    return 'periodOutsideProgramme';
  return null;
}

/** The first target breaking a rule, by its index in the list, or null when all hold. */
export function targetsProblem(
  targets: readonly Period[],
  programme: { startDate: string; endDate: string },
): { index: number; problem: LogframeProblem } | null {
  for (const [index, target] of targets.entries()) {
    const problem = periodProblem(target, programme);
    if (problem) return { index, problem };
  }
  const ordered = targets
    .map((t, index) => ({ ...t, index }))
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1];
    const target = ordered[i];
    if (previous && target && target.periodStart < previous.periodEnd)
      return { index: target.index, problem: 'periodsOverlap' };
  }
  return null;
}

/**
 * Values typed in for one indicator may not cover the same time twice: a second value for 2018 would be added to
 * the first. A value is corrected, or removed, instead.
 */
export function manualValuesProblem(value: Period, others: readonly Period[]): LogframeProblem | null {
  const overlaps = others.some((o) => o.periodStart < value.periodEnd && value.periodStart < o.periodEnd);
  return overlaps ? 'manualValuesOverlap' : null;
}

/** Values are typed in only where no definition computes them from records. */
export function manualValueProblem(indicator: { definition: unknown }): LogframeProblem | null {
  return indicator.definition === null ? null : 'manualValueOfDefinedIndicator';
}

/** A result is removed only once nothing hangs under it. */
export function removalProblem(children: number, indicators: number): LogframeProblem | null {
  return children > 0 || indicators > 0 ? 'resultNotEmpty' : null;
}

export function datesProblem(startDate: string, endDate: string): LogframeProblem | null {
  return startDate > endDate ? 'datesReversed' : null;
}

/** IATI asks the shares of a programme's sectors to add up to 100 %. */
export function sectorsProblem(sectors: readonly { percentage: number }[]): LogframeProblem | null {
  if (sectors.length === 0) return null;
  const total = sectors.reduce((sum, s) => sum + s.percentage, 0);
  return Math.abs(total - 100) < 0.01 ? null : 'sectorsNotWhole';
}

export function dayAfter(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
