import { useIntl } from 'react-intl';

/**
 * A calendar day (`2026-03-01`) as the reader's language writes it. The day is read and written in UTC, so it
 * is the same day wherever the browser is.
 */
export function useCalendarDay() {
  const intl = useIntl();
  return (on: string) => intl.formatDate(on, { dateStyle: 'medium', timeZone: 'UTC' });
}
