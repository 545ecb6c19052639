import { type Language, languages } from '@birge/domain';

// The few XML builders an IATI activity file needs: text escaped, attributes left out when empty.

export const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const attributes = (pairs: Record<string, string | number | null | undefined>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

export const element = (
  name: string,
  attrs: Record<string, string | number | null | undefined>,
  children = '',
) => (children ? `<${name}${attributes(attrs)}>${children}</${name}>` : `<${name}${attributes(attrs)}/>`);

/** Narratives in each language that has text; the first language's text when none has. */
export const narratives = (text: Partial<Record<Language, string>>, fallback = '') => {
  const given = languages.filter((l) => (text[l] ?? '').trim());
  if (given.length === 0) return `<narrative>${escape(fallback)}</narrative>`;
  return given.map((l) => `<narrative xml:lang="${l}">${escape(text[l] ?? '')}</narrative>`).join('');
};

export const number = (value: number) => String(Math.round(value * 100) / 100);

/** IATI writes a period's last day; Birge keeps periods as [start, end). */
export function previousDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

export const periodDates = (period: { start: string; end: string }) =>
  element('period-start', { 'iso-date': period.start }) +
  element('period-end', { 'iso-date': previousDay(period.end) });
