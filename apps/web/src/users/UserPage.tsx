import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { AddMembership } from './AddMembership';
import { createResetLink, getUser, updateUser } from './api';
import { MembershipEditor } from './MembershipEditor';
import { OneTimeLink } from './OneTimeLink';

export function UserPage() {
  const t = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [resetLink, setResetLink] = useState<string | null>(null);
  const detail = useQuery({ queryKey: ['user', id], queryFn: () => getUser(id) });
  const changed = (message: string) => {
    setStatus(message);
    void queryClient.invalidateQueries({ queryKey: ['user', id] });
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };
  const setActive = useMutation({
    mutationFn: ({ active, version }: { active: boolean; version: number }) =>
      updateUser(id, { active, version }),
    onSuccess: (user) => changed(t(user.active ? 'users.reactivated' : 'users.deactivated')),
    onError: (error) => setStatus(error.message),
  });
  const reset = useMutation({
    mutationFn: () => createResetLink(id),
    onSuccess: ({ link }) => setResetLink(link),
    onError: (error) => setStatus(error.message),
  });

  const user = detail.data?.user;
  const canUpdate = detail.data?.abilities.update ?? false;
  return (
    <>
      <PageHeading title={user?.name ?? t('users.title')} />
      <p role="status" className="status">
        {status}
      </p>
      <QueryState query={detail}>
        {user && (
          <>
            <dl className="details">
              <dt>{t('users.form.email')}</dt>
              <dd>{user.email}</dd>
              <dt>{t('users.status')}</dt>
              <dd>{t(user.active ? 'users.active' : 'users.inactive')}</dd>
              <dt>{t('users.twoFactor')}</dt>
              <dd>{t(user.totpEnabled ? 'common.yes' : 'common.no')}</dd>
              <dt>{t('common.createdAt')}</dt>
              <dd>
                <FormattedDate value={user.createdAt} dateStyle="long" />
              </dd>
            </dl>
            {canUpdate && (
              <div className="actions">
                <Button
                  className={user.active ? 'button button--danger' : 'button'}
                  isPending={setActive.isPending}
                  onPress={() => setActive.mutate({ active: !user.active, version: user.version })}
                >
                  {t(user.active ? 'users.deactivate' : 'users.reactivate')}
                </Button>
                <Button className="button" isPending={reset.isPending} onPress={() => reset.mutate()}>
                  {t('users.createResetLink')}
                </Button>
              </div>
            )}
            {resetLink && <OneTimeLink path={resetLink} label={t('users.resetLinkCreated')} />}
            <h2>{t('users.memberships')}</h2>
            {user.memberships.length === 0 ? (
              <p>{t('home.noMemberships')}</p>
            ) : (
              <ul className="card-list">
                {user.memberships.map((membership) =>
                  canUpdate ? (
                    <MembershipEditor key={membership.id} membership={membership} onChanged={changed} />
                  ) : (
                    <li key={membership.id} className="card">
                      <h3>{membership.organisationName}</h3>
                      <p>{membership.roles.map((role) => t(`role.${role}`)).join(', ')}</p>
                    </li>
                  ),
                )}
              </ul>
            )}
            {canUpdate && <AddMembership userId={id} onAdded={changed} />}
          </>
        )}
      </QueryState>
    </>
  );
}
