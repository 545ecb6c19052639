import { useCallback } from 'react';
import { useIntl } from 'react-intl';

type Values = Record<string, string | number | Date>;

/** Shorthand for a catalogue message by key, for attributes and labels where a component won't do. */
export function useT(): (id: string, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: string, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}
