import type { IndicatorDefinition } from '../indicators/definition';

type Span = { start: string; end: string };
type ValueSpan = { periodStart: string; periodEnd: string; value: number };

/**
 * How the figures set for stretches inside a period make the period's own: counts and sums add up; a rate
 * (80 % a year) does not, and the last one set inside the period stands for it.
 */
export type Combination = 'sum' | 'last';

/** A ratio is a rate, whatever its unit; every other measure adds up over time. */
export function combinationOf(definition: IndicatorDefinition | null): Combination {
  return definition?.measure === 'ratio' ? 'last' : 'sum';
}

/**
 * The target (or the value entered by hand) of a reporting period, from those set for stretches of time inside
 * it. One reaching across the period's edge cannot be split honestly (182 facilitators over three years are not
 * 60.7 a year), so the period then has none, as it has when none was set.
 */
export function valueWithin(
  period: Span,
  spans: readonly ValueSpan[],
  combination: Combination = 'sum',
): number | null {
  let result: number | null = null;
  let lastEnd = '';
  for (const t of spans) {
    if (t.periodEnd <= period.start || t.periodStart >= period.end) continue;
    if (t.periodStart < period.start || t.periodEnd > period.end) return null;
    if (combination === 'sum') result = (result ?? 0) + t.value;
    else if (t.periodEnd > lastEnd) {
      result = t.value;
      lastEnd = t.periodEnd;
    }
  }
  return result;
}
