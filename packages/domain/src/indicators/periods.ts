import { type PeriodKind, periodKinds } from './vocabulary';

/** A reporting period, [start, end) in ISO dates, with a stable key the web turns into words. */
export type Period = { start: string; end: string; label: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

function nextDay(date: string): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
}

function boundaryAfter(d: Date, kind: Exclude<PeriodKind, 'total'>): Date {
  const months = kind === 'year' ? 12 - d.getUTCMonth() : kind === 'quarter' ? 3 - (d.getUTCMonth() % 3) : 1;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

function labelOf(d: Date, kind: Exclude<PeriodKind, 'total'>): string {
  const year = d.getUTCFullYear();
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The periods of a programme running from `startDate` to `endDate` (both days included, as donors write
 * them): calendar years, quarters or months cut at the programme's first and last day, or one `total`.
 */
export function programmePeriods(startDate: string, endDate: string, kind: PeriodKind): Period[] {
  const end = nextDay(endDate);
  if (end <= startDate) return [];
  if (kind === 'total') return [{ start: startDate, end, label: 'total' }];
  const periods: Period[] = [];
  let start = startDate;
  while (start < end) {
    const boundary = iso(boundaryAfter(utc(start), kind));
    const periodEnd = boundary < end ? boundary : end;
    periods.push({ start, end: periodEnd, label: labelOf(utc(start), kind) });
    start = periodEnd;
  }
  return periods;
}

/** The kinds of period (years, quarters, months, the whole span) of which this period is one of the programme's. */
export function kindsOfPeriod(
  startDate: string,
  endDate: string,
  period: { start: string; end: string },
): PeriodKind[] {
  return periodKinds.filter((kind) =>
    programmePeriods(startDate, endDate, kind).some((p) => p.start === period.start && p.end === period.end),
  );
}
