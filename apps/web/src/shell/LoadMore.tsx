import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** Cursor paging by a button, not infinite scroll: keyboard and screen-reader users keep their place. */
export function LoadMore({ query }: { query: PagedQuery }) {
  const t = useT();
  if (!query.hasNextPage) return null;
  return (
    <Button
      className="button"
      isPending={query.isFetchingNextPage}
      onPress={() => void query.fetchNextPage()}
    >
      {t('common.loadMore')}
    </Button>
  );
}
