import { useInfiniteQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listOrganisations, organisationTypes } from './api';

const anyValue = 'any';

/** Filters live in the URL, so a search can be bookmarked or sent to a colleague. */
export function OrganisationsPage() {
  const t = useT();
  const session = useSignedInSession();
  const regions = useRegionOptions();
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    regionId: params.get('regionId') ?? '',
  };
  const list = useInfiniteQuery({
    queryKey: ['organisations', filters],
    queryFn: ({ pageParam }) => listOrganisations(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['q', 'type', 'regionId']) {
      const value = text(data, name);
      if (value && value !== anyValue) next.set(name, value);
    }
    setParams(next);
  }

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const typeOptions = [
    { id: anyValue, label: t('filters.any') },
    ...organisationTypes.map((type) => ({ id: type, label: t(`organisationType.${type}`) })),
  ];
  return (
    <>
      <PageHeading title={t('organisations.title')}>
        {session.abilities.createOrganisation && (
          <Link className="button button--primary" to="/organisations/new">
            {t('organisations.new')}
          </Link>
        )}
      </PageHeading>
      <div role="search" aria-label={t('filters.label')}>
        <Form className="filters" onSubmit={search}>
          <TextInput name="q" type="search" label={t('organisations.search')} defaultValue={filters.q} />
          <SelectInput
            key={`type-${filters.type}`}
            name="type"
            label={t('organisations.form.type')}
            placeholder={t('filters.any')}
            options={typeOptions}
            defaultValue={filters.type || anyValue}
          />
          <SelectInput
            key={`region-${filters.regionId}-${regions.options.length}`}
            name="regionId"
            label={t('organisations.form.region')}
            placeholder={t('filters.any')}
            options={[{ id: anyValue, label: t('filters.any') }, ...regions.options]}
            defaultValue={filters.regionId || anyValue}
          />
          <Button type="submit" className="button">
            {t('filters.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={list}>
        <p role="status">
          <FormattedMessage id="organisations.shown" values={{ count: items.length }} />
        </p>
        <ul className="card-list">
          {items.map((organisation) => (
            <li key={organisation.id} className="card">
              <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
              <p>
                {t(`organisationType.${organisation.type}`)}
                {regions.nameOf(organisation.regionId) && ` · ${regions.nameOf(organisation.regionId)}`}
              </p>
            </li>
          ))}
        </ul>
        <LoadMore query={list} />
      </QueryState>
    </>
  );
}
