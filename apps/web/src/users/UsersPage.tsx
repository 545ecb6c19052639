import { useInfiniteQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listUsers } from './api';

export function UsersPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const list = useInfiniteQuery({
    queryKey: ['users', q],
    queryFn: ({ pageParam }) => listUsers(q, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = text(new FormData(event.currentTarget), 'q');
    setParams(value ? { q: value } : {});
  }

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('users.title')}>
        <Link className="button button--primary" to="/users/invite">
          {t('users.invite')}
        </Link>
      </PageHeading>
      <div role="search" aria-label={t('filters.label')}>
        <Form className="filters" onSubmit={search}>
          <TextInput name="q" type="search" label={t('users.search')} defaultValue={q} />
          <Button type="submit" className="button">
            {t('filters.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={list}>
        <ul className="card-list">
          {items.map((user) => (
            <li key={user.id} className="card">
              <Link to={`/users/${user.id}`}>{user.name}</Link>
              <p>
                {user.email}
                {!user.active && ` · ${t('users.inactive')}`}
              </p>
              <p>{user.memberships.map((membership) => membership.organisationName).join(', ')}</p>
            </li>
          ))}
        </ul>
        <LoadMore query={list} />
      </QueryState>
    </>
  );
}
