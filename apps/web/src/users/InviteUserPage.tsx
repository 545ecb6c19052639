import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Role, roles } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { PageHeading } from '../shell/PageHeading';
import { type Invitation, inviteUser } from './api';
import { OneTimeLink } from './OneTimeLink';

export function InviteUserPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [result, setResult] = useState<{ name: string; link: string } | null>(null);
  const mutation = useMutation({
    mutationFn: (invitation: Invitation) => inviteUser(invitation),
    onSuccess: ({ user, link }) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      setResult({ name: user.name, link });
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = {
    email: t('users.form.email'),
    name: t('users.form.name'),
    organisationId: t('users.form.organisation'),
    roles: t('users.form.roles'),
  };

  function submit(data: FormData) {
    const invitation = {
      email: text(data, 'email'),
      name: text(data, 'name'),
      organisationId: text(data, 'organisationId'),
      roles: data.getAll('roles').map(String) as Role[],
    };
    const missing = requireFields(invitation, ['email', 'name', 'organisationId'], t('form.required'));
    if (invitation.roles.length === 0) missing.roles = t('users.form.chooseRole');
    if (Object.keys(missing).length > 0) {
      errorState.fail({ message: null, fields: missing });
      return;
    }
    errorState.clear();
    mutation.mutate(invitation);
  }

  return (
    <>
      <PageHeading title={t('users.invite')} />
      {result ? (
        <>
          <OneTimeLink path={result.link} label={t('users.inviteCreated', { name: result.name })} />
          <p>
            <Link to="/users">{t('users.backToList')}</Link>
          </p>
        </>
      ) : (
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('users.sendInvite')}
          isPending={mutation.isPending}
          onSubmit={submit}
        >
          <TextInput name="email" type="email" label={labels.email} isRequired />
          <TextInput name="name" label={labels.name} isRequired />
          <OrganisationPicker name="organisationId" label={labels.organisationId} isRequired />
          <CheckboxGroupInput
            name="roles"
            label={labels.roles}
            options={roles.map((role) => ({ id: role, label: t(`role.${role}`) }))}
            isRequired
          />
        </FormShell>
      )}
    </>
  );
}
