import { useInfiniteQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { type Disaggregation, disaggregations, getRecords, type Indicator, type Programme } from './api';
import { dayAfter, dayBefore, useWords } from './format';
import { findIndicator } from './IndicatorPage';
import { Figure } from './Progress';
import { useGroupName } from './useGroupName';
import { useProgramme } from './useProgramme';
import './programmes.css';

/**
 * "Records behind this value": the records a value counts, newest first, each with its day, its organisation
 * and what it adds to the value, opening its own page where the reader may open it.
 */
export function RecordsPage() {
  const { id = '', indicatorId = '' } = useParams();
  const t = useT();
  const programme = useProgramme(id);
  const indicator = programme.data ? findIndicator(programme.data, indicatorId) : undefined;
  return (
    <QueryState query={programme}>
      {programme.data && !indicator && <PageHeading title={t('programmes.indicator.notFound')} />}
      {programme.data && indicator && <Records programme={programme.data} indicator={indicator} />}
    </QueryState>
  );
}

function Records({ programme, indicator }: { programme: Programme; indicator: Indicator }) {
  const t = useT();
  const words = useWords();
  const [params] = useSearchParams();
  const periodStart = params.get('periodStart') ?? programme.startDate;
  const periodEnd = params.get('periodEnd') ?? dayAfter(programme.endDate);
  const asked = params.get('disaggregateBy');
  const by = (disaggregations as readonly (string | null)[]).includes(asked)
    ? (asked as Disaggregation)
    : undefined;
  const group = by ? params.get('group') : null;
  const filter = { periodStart, periodEnd, disaggregateBy: by, group: group ?? undefined };
  const groupName = useGroupName(by ?? 'sex', by ? [group] : []);
  const records = useInfiniteQuery({
    queryKey: ['indicator-records', indicator.id, filter],
    queryFn: ({ pageParam }) => getRecords(indicator.id, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = records.data?.pages.flatMap((page) => page.items) ?? [];
  const first = records.data?.pages[0];
  const title = `${indicator.code} ${words(indicator.title)}`;
  return (
    <>
      <PageHeading title={t('programmes.records.title', { title })}>
        <Link className="button" to={`/programmes/${programme.id}/indicators/${indicator.id}`}>
          {t('programmes.records.back')}
        </Link>
      </PageHeading>
      <p>
        <FormattedMessage
          id="programmes.records.period"
          values={{
            from: <FormattedDate value={periodStart} dateStyle="long" timeZone="UTC" />,
            to: <FormattedDate value={dayBefore(periodEnd)} dateStyle="long" timeZone="UTC" />,
          }}
        />
        {by && (
          <>
            {' '}
            {t('programmes.records.group', {
              by: t(`programmes.disaggregation.${by}`),
              group: groupName(group),
            })}
          </>
        )}
      </p>
      <QueryState query={records}>
        {first?.restricted && <p className="notice">{t('programmes.records.restricted')}</p>}
        {first?.suppressed && (
          <p className="notice">{t('programmes.records.suppressed', { count: programme.suppressBelow })}</p>
        )}
        <p role="status">
          {first && first.total !== null && first.value !== null ? (
            <FormattedMessage
              id="programmes.records.shown"
              values={{ shown: items.length, total: first.total, value: <Figure value={first.value} /> }}
            />
          ) : (
            <FormattedMessage id="programmes.records.listed" values={{ shown: items.length }} />
          )}
        </p>
        {items.length > 0 && (
          <DataTable id="records-caption" caption={t('programmes.records.caption', { title })}>
            <thead>
              <tr>
                <th scope="col">{t('programmes.records.record')}</th>
                <th scope="col">{t('programmes.records.date')}</th>
                <th scope="col">{t('programmes.records.organisation')}</th>
                <th scope="col">{t('programmes.records.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((record, index) => {
                const label =
                  record.label === null
                    ? t('programmes.records.hiddenName')
                    : record.label || t('programmes.records.unnamed');
                return (
                  // Pages are only appended to, and one record may stand behind the value for several persons.
                  <tr key={index}>
                    <th scope="row">{record.path ? <Link to={record.path}>{label}</Link> : label}</th>
                    <td>
                      <span className="figure">
                        <FormattedDate value={record.occurredOn} dateStyle="medium" timeZone="UTC" />
                      </span>
                    </td>
                    <td>{record.organisationName}</td>
                    <td>
                      <Figure value={record.value} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
        <LoadMore query={records} />
      </QueryState>
    </>
  );
}
