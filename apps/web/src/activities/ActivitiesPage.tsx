import { useInfiniteQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type ActivityFilters,
  activityStatuses,
  activityTypes,
  listActivities,
  runningMemberships,
} from './api';
import { ProgrammeSelect } from './ProgrammeSelect';

const filterNames = ['type', 'status', 'from', 'to', 'organisationId', 'programmeId'] as const;

export function ActivitiesPage() {
  const t = useT();
  const intl = useIntl();
  const session = useSignedInSession();
  const [params, setParams] = useSearchParams();
  const filters: ActivityFilters = Object.fromEntries(
    filterNames.map((name) => [name, params.get(name) ?? undefined]),
  );
  const list = useInfiniteQuery({
    queryKey: ['activities', filters],
    queryFn: ({ pageParam }) => listActivities(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const name of filterNames) {
      const value = String(data.get(name) ?? '');
      if (value) next.set(name, value);
    }
    setParams(next);
  }
  return (
    <>
      <PageHeading title={t('activities.title')}>
        {runningMemberships(session).length > 0 && (
          <Link className="button button--primary" to="/activities/new">
            {t('activities.new')}
          </Link>
        )}
      </PageHeading>
      <form
        className="form filters"
        aria-label={t('activities.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        <SelectInput
          name="type"
          label={t('activities.field.type')}
          placeholder={t('activities.any')}
          defaultValue={filters.type}
          options={activityTypes.map((type) => ({ id: type, label: t(`activities.type.${type}`) }))}
        />
        <SelectInput
          name="status"
          label={t('activities.field.status')}
          placeholder={t('activities.any')}
          defaultValue={filters.status}
          options={activityStatuses.map((s) => ({ id: s, label: t(`activities.status.${s}`) }))}
        />
        <SelectInput
          name="organisationId"
          label={t('activities.field.organisation')}
          placeholder={t('activities.any')}
          defaultValue={filters.organisationId}
          options={session.memberships.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
        />
        <ProgrammeSelect
          name="programmeId"
          label={t('activities.field.programme')}
          defaultValue={filters.programmeId}
        />
        <TextInput name="from" type="date" label={t('activities.filter.from')} defaultValue={filters.from} />
        <TextInput name="to" type="date" label={t('activities.filter.to')} defaultValue={filters.to} />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('activities.filter.apply')}
          </button>
        </div>
      </form>
      <QueryState query={list}>
        {items.length === 0 ? (
          <p>{t('activities.none')}</p>
        ) : (
          <DataTable caption={t('activities.title')}>
            <thead>
              <tr>
                <th scope="col">{t('activities.field.title')}</th>
                <th scope="col">{t('activities.field.type')}</th>
                <th scope="col">{t('activities.field.startsAt')}</th>
                <th scope="col">{t('activities.field.status')}</th>
                <th scope="col">{t('activities.field.organisation')}</th>
                <th scope="col">{t('activities.attendance.total')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/activities/${a.id}`}>{a.title}</Link>
                  </th>
                  <td>{t(`activities.type.${a.type}`)}</td>
                  <td>{intl.formatDate(a.startsAt, { dateStyle: 'medium' })}</td>
                  <td>{t(`activities.status.${a.status}`)}</td>
                  <td>{a.organisationName}</td>
                  <td>{intl.formatNumber(a.named + a.counted)}</td>
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
