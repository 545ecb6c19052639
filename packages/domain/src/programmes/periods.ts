type Span = { start: string; end: string };
type ValueSpan = { periodStart: string; periodEnd: string; value: number };

/**
 * The target (or the value entered by hand) of a reporting period: the sum of those set for stretches of time
 * inside it. One reaching across the period's edge cannot be split honestly (182 facilitators over three years
 * are not 60.7 a year), so the period then has none, as it has when none was set.
 */
export function valueWithin(period: Span, spans: readonly ValueSpan[]): number | null {
  let sum: number | null = null;
  for (const t of spans) {
    if (t.periodEnd <= period.start || t.periodStart >= period.end) continue;
    if (t.periodStart < period.start || t.periodEnd > period.end) return null;
    sum = (sum ?? 0) + t.value;
  }
  return sum;
}
