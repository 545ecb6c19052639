import { useInfiniteQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedNumber, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { AuditFilters } from './AuditFilters';
import { type AuditEntry, listAudit } from './api';

/** Values in the log are whatever the record held; show them as text, never as markup. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function AuditPage() {
  const t = useT();
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(params.entries());
  const list = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => listAudit(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  // Known actions read in the person's language; one this page does not know yet shows as recorded.
  function actionLabel(entry: AuditEntry): string {
    const id = `audit.act.${entry.action}`;
    return intl.messages[id] ? t(id) : entry.action;
  }

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <AuditFilters filters={filters} onApply={setParams} />
      <QueryState query={list}>
        {items.length === 0 ? (
          <p>{t('audit.none')}</p>
        ) : (
          <DataTable id="audit-caption" caption={t('audit.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('audit.number')}</th>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <FormattedNumber value={entry.seq} />
                  </td>
                  <td>
                    <FormattedDate value={entry.at} dateStyle="medium" timeStyle="short" />
                  </td>
                  <td>{entry.actor?.name ?? t('audit.system')}</td>
                  <td>
                    {actionLabel(entry)}
                    <br />
                    {intl.messages[`audit.record.${entry.recordType}`]
                      ? t(`audit.record.${entry.recordType}`)
                      : entry.recordType}
                  </td>
                  <td>
                    {entry.redacted ? (
                      t('audit.redacted')
                    ) : (
                      <dl className="changes">
                        {Object.entries(entry.changes).map(([field, change]) => (
                          <div key={field}>
                            <dt>{field}</dt>
                            <dd>
                              {t('audit.change', { before: show(change.before), after: show(change.after) })}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <LoadMore query={list} />
      </QueryState>
    </>
  );
}
