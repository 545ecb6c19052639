import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listReferrals, referralStatuses } from './api';

const anyValue = 'any';

/** Referrals received and sent, as two tabs kept in the URL, with a status filter. */
export function ReferralsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const direction = params.get('direction') === 'sent' ? 'sent' : 'received';
  const status = params.get('status');
  const list = useQuery({
    queryKey: ['referrals', direction, status],
    queryFn: () => listReferrals(direction, status),
  });

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = text(new FormData(event.currentTarget), 'status');
    const next = new URLSearchParams({ direction });
    if (chosen && chosen !== anyValue) next.set('status', chosen);
    setParams(next);
  }

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('referrals.title')} />
      <nav aria-label={t('referrals.directions')}>
        <ul className="tabs">
          {(['received', 'sent'] as const).map((tab) => (
            <li key={tab}>
              <Link to={`/referrals?direction=${tab}`} aria-current={tab === direction ? 'page' : undefined}>
                {t(`referrals.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div role="search" aria-label={t('filters.label')}>
        <Form className="filters" onSubmit={filter}>
          <SelectInput
            key={`${direction}-${status}`}
            name="status"
            label={t('referrals.status')}
            placeholder={t('filters.any')}
            options={[
              { id: anyValue, label: t('filters.any') },
              ...referralStatuses.map((s) => ({ id: s, label: t(`referral.status.${s}`) })),
            ]}
            defaultValue={status ?? anyValue}
          />
          <Button type="submit" className="button">
            {t('filters.apply')}
          </Button>
        </Form>
      </div>
      <QueryState query={list}>
        <p role="status">{t('referrals.shown', { count: items.length })}</p>
        <ul className="card-list">
          {items.map((referral) => (
            <li key={referral.id} className="card">
              <Link to={`/referrals/${referral.id}`}>
                {referral.service} — {referral.person.familyName ? `${referral.person.familyName} ` : ''}
                {referral.person.givenName}
              </Link>
              <p>
                {referral.urgency === 'urgent' && (
                  <span className="tag tag--warning">{t('referral.urgent')}</span>
                )}{' '}
                {t(`referral.status.${referral.status}`)} ·{' '}
                {direction === 'received' ? referral.fromOrganisationName : referral.toOrganisationName} ·{' '}
                <FormattedDate value={referral.createdAt} dateStyle="medium" />
              </p>
            </li>
          ))}
        </ul>
      </QueryState>
    </>
  );
}
