import type { PeriodKind } from '../indicators/vocabulary';
import { dayAfter } from './logframe';

/** A reporting period [start, end) with the label reports show: `2018`, `2018-Q3`, `2018-07`, or the span. */
export type ReportingPeriod = { start: string; end: string; label: string };

/**
 * The periods a programme reports in, from its first day to its last (included): calendar years, quarters
 * or months cut to the programme's dates, or its whole span as one period.
 */
export function reportingPeriods(startDate: string, endDate: string, kind: PeriodKind): ReportingPeriod[] {
  const end = dayAfter(endDate);
  if (kind === 'total' || startDate >= end)
    return [{ start: startDate, end, label: `${startDate} – ${endDate}` }];
  const months = { year: 12, quarter: 3, month: 1 }[kind];
  const periods: ReportingPeriod[] = [];
  const first = new Date(`${startDate.slice(0, 7)}-01T00:00:00Z`);
  // Calendar boundaries: back up to the start of the year or quarter holding the first day.
  first.setUTCMonth(first.getUTCMonth() - (first.getUTCMonth() % months));
  for (let cursor = first; cursor.toISOString().slice(0, 10) < end; ) {
    const next = new Date(cursor);
    next.setUTCMonth(next.getUTCMonth() + months);
    const from = cursor.toISOString().slice(0, 10);
    const to = next.toISOString().slice(0, 10);
    periods.push({
      start: from < startDate ? startDate : from,
      end: to > end ? end : to,
      label: periodLabel(cursor, kind),
    });
    cursor = next;
  }
  return periods;
}

function periodLabel(start: Date, kind: Exclude<PeriodKind, 'total'>): string {
  const year = start.getUTCFullYear();
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`;
  return `${year}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The share of two periods that overlap, 0 to 1 of `of`: how much of a target falls in a reporting period. */
export function overlapShare(
  of: { start: string; end: string },
  within: { start: string; end: string },
): number {
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const from = of.start > within.start ? of.start : within.start;
  const to = of.end < within.end ? of.end : within.end;
  const total = days(of.start, of.end);
  return total > 0 && from < to ? days(from, to) / total : 0;
}
