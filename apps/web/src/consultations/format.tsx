import { useIntl } from 'react-intl';
import { type Language, languageNames } from '../i18n/languages';
import { useT } from '../i18n/useT';

/** How long ago, in the largest unit that reads naturally: "15 minutes ago", "5 hours ago", "3 days ago". */
export function useRelativeMinutes(): (minutes: number) => string {
  const intl = useIntl();
  return (minutes: number) => {
    if (minutes < 60) return intl.formatRelativeTime(-minutes, 'minute', { numeric: 'auto' });
    if (minutes < 48 * 60) return intl.formatRelativeTime(-Math.floor(minutes / 60), 'hour');
    return intl.formatRelativeTime(-Math.floor(minutes / 1440), 'day');
  };
}

export function minutesSince(at: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(at).getTime()) / 60_000));
}

/** A duration in hours (or minutes when short), in words: "1 hour", "26.5 hours". */
export function useDuration(): (minutes: number) => string {
  const intl = useIntl();
  return (minutes: number) =>
    minutes < 60
      ? intl.formatNumber(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' })
      : intl.formatNumber(minutes / 60, {
          style: 'unit',
          unit: 'hour',
          unitDisplay: 'long',
          maximumFractionDigits: 1,
        });
}

/** Overdue told by a word and a sign, never by colour alone. */
export function OverdueMark() {
  const t = useT();
  return (
    <span className="overdue">
      <span aria-hidden="true">⚠</span>
      {t('desk.overdue')}
    </span>
  );
}

/** A language named in itself, marked so a screen reader pronounces it right. */
export function LanguageName({ language }: { language: Language }) {
  return <span lang={language}>{languageNames[language]}</span>;
}

/** Server field errors under this form's own field names (two forms on a page cannot share an id). */
export function renameFields(error: unknown, names: Record<string, string>): Record<string, string> {
  const fields =
    error && typeof error === 'object' && 'fields' in error ? (error.fields as Record<string, string>) : {};
  return Object.fromEntries(Object.entries(fields).map(([name, message]) => [names[name] ?? name, message]));
}
