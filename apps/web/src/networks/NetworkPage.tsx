import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { FormShell } from '../forms/FormShell';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { addNetworkMember, getNetwork, removeNetworkMember } from './api';

export function NetworkPage() {
  const t = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [status, setStatus] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const detail = useQuery({ queryKey: ['network', id], queryFn: () => getNetwork(id) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['network', id] });
    void queryClient.invalidateQueries({ queryKey: ['organisation'] });
  };
  const add = useMutation({
    mutationFn: (organisationId: string) => addNetworkMember(id, organisationId),
    onSuccess: () => {
      setStatus(t('networks.memberAdded'));
      refresh();
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const remove = useMutation({
    mutationFn: (member: { id: string; name: string }) => removeNetworkMember(id, member.id),
    onSuccess: (_, member) => {
      setStatus(t('networks.memberRemoved', { name: member.name }));
      refresh();
    },
    onError: (error) => setStatus(error.message),
  });

  const data = detail.data;
  const labels = { organisationId: t('networks.addMember.organisation') };
  return (
    <>
      <PageHeading title={data?.network.name ?? t('networks.title')}>
        <Link className="button" to={`/networks/${id}/programmes`}>
          {t('programmes.network.link')}
        </Link>
      </PageHeading>
      <p role="status" className="status">
        {status}
      </p>
      <QueryState query={detail}>
        {data && (
          <>
            {data.network.description && <p>{data.network.description}</p>}
            <h2>{t('networks.members', { count: data.members.length })}</h2>
            {data.members.length === 0 ? (
              <p>{t('networks.noMembers')}</p>
            ) : (
              <ul className="card-list">
                {data.members.map((member) => (
                  <li key={member.id} className="card card--row">
                    <span>
                      <Link to={`/organisations/${member.id}`}>{member.name}</Link>
                      <br />
                      {t(`organisationType.${member.type}`)}
                    </span>
                    {data.abilities.update && (
                      <Button
                        className="button button--danger"
                        aria-label={t('networks.removeMember', { name: member.name })}
                        onPress={() => remove.mutate(member)}
                      >
                        {t('common.remove')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {data.abilities.update && (
              <section aria-labelledby="add-member">
                <h2 id="add-member">{t('networks.addMember.title')}</h2>
                <FormShell
                  errorState={errorState}
                  labels={labels}
                  submitLabel={t('networks.addMember.submit')}
                  isPending={add.isPending}
                  onSubmit={() => {
                    const missing = requireFields(
                      { organisationId: picked },
                      ['organisationId'],
                      t('form.required'),
                    );
                    if (picked === null) {
                      errorState.fail({ message: null, fields: missing });
                      return;
                    }
                    errorState.clear();
                    add.mutate(picked);
                  }}
                >
                  <OrganisationPicker
                    name="organisationId"
                    label={labels.organisationId}
                    onChange={setPicked}
                  />
                </FormShell>
              </section>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
