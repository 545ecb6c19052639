import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { listNetworks } from '../networks/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listProgrammes, programmeStatuses } from './api';
import { useWords } from './format';
import { useMayStartProgramme } from './useProgramme';
import './programmes.css';

const anyValue = 'any';

/** The programmes the person reads, filtered by status and network; the filters live in the URL. */
export function ProgrammesPage() {
  const t = useT();
  const words = useWords();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const networkId = params.get('network') ?? '';
  const programmes = useQuery({
    queryKey: ['programmes', { networkId }],
    queryFn: () => listProgrammes(networkId || undefined),
  });
  const networks = useQuery({ queryKey: ['networks', 'all'], queryFn: () => listNetworks(null) });
  const mayStart = useMayStartProgramme();

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [name, field] of [
      ['status', 'status'],
      ['network', 'networkId'],
    ] as const) {
      const value = text(data, field);
      if (value && value !== anyValue) next.set(name, value);
    }
    setParams(next);
  }

  const items = (programmes.data?.items ?? []).filter((p) => !status || p.status === status);
  const any = { id: anyValue, label: t('programmes.filter.any') };
  return (
    <>
      <PageHeading title={t('programmes.list.title')}>
        {mayStart && (
          <Link className="button button--primary" to="/programmes/new">
            {t('programmes.list.new')}
          </Link>
        )}
      </PageHeading>
      <p>{t('programmes.list.intro')}</p>
      <div role="search" aria-label={t('programmes.filter.label')}>
        <Form className="filters" onSubmit={filter}>
          <SelectInput
            key={`status-${status}`}
            name="status"
            label={t('programmes.field.status')}
            placeholder={t('programmes.filter.any')}
            options={[any, ...programmeStatuses.map((s) => ({ id: s, label: t(`programmes.status.${s}`) }))]}
            defaultValue={status || anyValue}
          />
          <SelectInput
            key={`network-${networkId}-${networks.data?.items.length ?? 0}`}
            name="networkId"
            label={t('programmes.field.network')}
            placeholder={t('programmes.filter.any')}
            options={[any, ...(networks.data?.items ?? []).map((n) => ({ id: n.id, label: n.name }))]}
            defaultValue={networkId || anyValue}
          />
          <Button type="submit" className="button">
            {t('programmes.filter.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={programmes}>
        <p role="status">
          <FormattedMessage id="programmes.list.shown" values={{ count: items.length }} />
        </p>
        <ul className="card-list">
          {items.map((programme) => (
            <li key={programme.id} className="card">
              <h2 className="card__title">
                <Link to={`/programmes/${programme.id}`}>{words(programme.title)}</Link>
              </h2>
              <p>
                {programme.ownerOrganisationName} ·{' '}
                <span className="tag">{t(`programmes.status.${programme.status}`)}</span>
              </p>
              <p>
                <FormattedDate value={programme.startDate} dateStyle="medium" timeZone="UTC" /> –{' '}
                <FormattedDate value={programme.endDate} dateStyle="medium" timeZone="UTC" />
              </p>
            </li>
          ))}
        </ul>
      </QueryState>
    </>
  );
}
