import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { mayExportPersons, useSignedInSession, workingMemberships } from '../auth/session';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  ageOf,
  exportLink,
  type PersonFilters as Filters,
  fullName,
  listPersons,
  personFilterNames,
} from './api';
import { PersonFilters } from './PersonFilters';

/** The registry: a search ranked by the server, filters kept in the URL so a link is a saved filter. */
export function PersonsPage() {
  const t = useT();
  const session = useSignedInSession();
  const regions = useRegionOptions();
  const [params, setParams] = useSearchParams();
  const [copied, setCopied] = useState('');
  const filters: Filters = {};
  for (const name of personFilterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const list = useInfiniteQuery({
    queryKey: ['persons', filters],
    queryFn: ({ pageParam }) => listPersons(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(t('persons.linkCopied'));
    } catch {
      setCopied(t('persons.linkCopyFailed'));
    }
  }

  return (
    <>
      <PageHeading title={t('persons.title')}>
        {workingMemberships(session).length > 0 && (
          <Link className="button button--primary" to="/persons/new">
            {t('persons.new')}
          </Link>
        )}
      </PageHeading>
      <PersonFilters filters={filters} onApply={setParams} />
      <div className="actions">
        <Button className="button" onPress={() => void copyLink()}>
          {t('persons.copyLink')}
        </Button>
        {mayExportPersons(session) && (
          <>
            <a className="button" href={exportLink(filters, 'csv')} download>
              {t('persons.exportCsv')}
            </a>
            <a className="button" href={exportLink(filters, 'xlsx')} download>
              {t('persons.exportXlsx')}
            </a>
          </>
        )}
      </div>
      <p className="field__description">{t('persons.savedFilterHint')}</p>
      <p role="status" className="status">
        {copied}
      </p>
      <QueryState query={list}>
        <p role="status">
          <FormattedMessage id="persons.shown" values={{ count: items.length }} />
        </p>
        <ul className="card-list">
          {items.map((person) => {
            const age = ageOf(person);
            return (
              <li key={person.id} className="card">
                <Link to={`/persons/${person.id}`}>{fullName(person)}</Link>
                <p>
                  {t(`person.sex.${person.sex}`)}
                  {age !== null && ` · ${t('person.age', { age })}`}
                  {regions.nameOf(person.regionId) && ` · ${regions.nameOf(person.regionId)}`}
                  {person.locality && ` · ${person.locality}`}
                </p>
                {person.disabilityStatus !== 'none' && (
                  <p>{t(`person.disability.${person.disabilityStatus}`)}</p>
                )}
              </li>
            );
          })}
        </ul>
        <LoadMore query={list} />
      </QueryState>
    </>
  );
}
