import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
}

/** Loading and failure told the same way on every page; the API's message is already in the reader's language. */
export function QueryState({ query, children }: { query: QueryLike; children: ReactNode }) {
  const t = useT();
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) {
    return (
      <p role="alert" className="notice notice--error">
        {query.error?.message || t('form.unexpectedError')}
      </p>
    );
  }
  return <>{children}</>;
}
