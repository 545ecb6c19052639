import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useLanguage } from '../i18n/LanguageProvider';
import type { Words } from './api';

/** Text in the reader's language, or the first language it was written in while a translation is pending. */
export function useWords(): (words: Words | null | undefined) => string {
  const { language } = useLanguage();
  return useCallback(
    (words) => (words ? words[language] || words.en || words.ru || words.ky || words.kk || '' : ''),
    [language],
  );
}

/** A message when the catalogue has it, otherwise the given fallback (a source another module added since). */
export function useOptionalT(): (id: string, fallback: string) => string {
  const intl = useIntl();
  return useCallback((id, fallback) => (id in intl.messages ? intl.formatMessage({ id }) : fallback), [intl]);
}

/** The period keys of the API (`2025`, `2025-Q1`, `2025-03`, `total`) in words. */
export function usePeriodName(): (label: string) => string {
  const intl = useIntl();
  return useCallback(
    (label) => {
      if (label === 'total') return intl.formatMessage({ id: 'programmes.period.wholeSpan' });
      const quarter = /^(\d{4})-Q(\d)$/.exec(label);
      if (quarter) {
        return intl.formatMessage(
          { id: 'programmes.period.quarterOf' },
          { year: quarter[1] ?? '', quarter: Number(quarter[2]) },
        );
      }
      const month = /^(\d{4})-(\d{2})$/.exec(label);
      if (month) {
        const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
        return intl.formatDate(date, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      }
      return label;
    },
    [intl],
  );
}

/** Where the words for an attribute's values already live in another module's catalogue. */
const valueCatalogues: Record<string, string> = {
  instrument: 'functioning.instrument',
  kind: 'case.kind',
  reason: 'case.closure',
  type: 'services.kind',
  urgency: 'referral.urgency',
  channel: 'channel',
  topic: 'topic',
};

/** Labels of a source, its attributes and their values; a key the catalogues lack shows as it is. */
export function useSourceLabels() {
  const optional = useOptionalT();
  return {
    source: (key: string) => optional(`indicators.source.${key}`, key),
    attribute: (name: string) => optional(`indicators.attribute.${name}`, name),
    value: (attribute: string, value: string) =>
      optional(
        `indicators.value.${attribute}.${value}`,
        optional(`${valueCatalogues[attribute] ?? 'indicators.value'}.${value}`, value),
      ),
  };
}

/** The day after an inclusive end date: the API's periods are [start, end). */
export function dayAfter(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export function dayBefore(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Share of the target reached, in whole percent, or null when there is no target to reach. */
export function progressOf(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null;
  return Math.round((actual / target) * 100);
}
