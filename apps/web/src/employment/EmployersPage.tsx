import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { DataTable } from '../shell/DataTable';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listEmployers } from './api';
import { quotaInShort } from './Quota';

/** The employers Birge knows, each with its size and how it stands against its disability hiring quota. */
export function EmployersPage() {
  const t = useT();
  const regions = useRegionOptions();
  const employers = useInfiniteQuery({
    queryKey: ['employment', 'employers', 'pages'],
    queryFn: ({ pageParam }) => listEmployers(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = employers.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('employment.employers.title')} />
      <p>
        <Link to="/employment">{t('employment.back')}</Link>
      </p>
      <p>{t('employment.employers.intro')}</p>
      <QueryState query={employers}>
        {items.length === 0 ? (
          <p>{t('employment.employers.none')}</p>
        ) : (
          <>
            <DataTable id="employers-caption" caption={t('employment.employers.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('employment.employer.name')}</th>
                  <th scope="col">{t('employment.employer.region')}</th>
                  <th scope="col">{t('employment.employer.sector')}</th>
                  <th scope="col">{t('employment.employer.headcount')}</th>
                  <th scope="col">{t('employment.employer.quota')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={`/employment/employers/${e.id}`}>{e.name}</Link>
                    </th>
                    <td>{regions.nameOf(e.regionId) ?? '—'}</td>
                    <td>{e.details?.sector ? t(`employment.sector.${e.details.sector}`) : '—'}</td>
                    <td>{e.details?.headcount ?? '—'}</td>
                    <td>{quotaInShort(t, e)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            <LoadMore query={employers} />
          </>
        )}
      </QueryState>
    </>
  );
}
