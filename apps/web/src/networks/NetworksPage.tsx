import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listNetworks } from './api';

export function NetworksPage() {
  const t = useT();
  const session = useSignedInSession();
  const list = useInfiniteQuery({
    queryKey: ['networks'],
    queryFn: ({ pageParam }) => listNetworks(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('networks.title')}>
        {session.abilities.manageNetworks && (
          <Link className="button button--primary" to="/networks/new">
            {t('networks.new')}
          </Link>
        )}
      </PageHeading>
      <QueryState query={list}>
        {items.length === 0 ? (
          <p>{t('networks.none')}</p>
        ) : (
          <ul className="card-list">
            {items.map((network) => (
              <li key={network.id} className="card">
                <Link to={`/networks/${network.id}`}>{network.name}</Link>
                {network.description && <p>{network.description}</p>}
              </li>
            ))}
          </ul>
        )}
        <LoadMore query={list} />
      </QueryState>
    </>
  );
}
