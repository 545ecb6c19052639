import { useMutation } from '@tanstack/react-query';
import { type Role, roles } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { addMembership } from './api';

export function AddMembership({ userId, onAdded }: { userId: string; onAdded: (message: string) => void }) {
  const t = useT();
  const errorState = useFormErrors();
  const mutation = useMutation({
    mutationFn: ({ organisationId, chosen }: { organisationId: string; chosen: Role[] }) =>
      addMembership(userId, organisationId, chosen),
    onSuccess: () => onAdded(t('users.membershipAdded')),
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { organisationId: t('users.form.organisation'), roles: t('users.form.roles') };
  return (
    <section aria-labelledby="add-membership">
      <h2 id="add-membership">{t('users.addMembership')}</h2>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('users.addMembership')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const organisationId = text(data, 'organisationId');
          const chosen = data.getAll('roles').map(String) as Role[];
          const missing = requireFields({ organisationId }, ['organisationId'], t('form.required'));
          if (chosen.length === 0) missing.roles = t('users.form.chooseRole');
          if (Object.keys(missing).length > 0) {
            errorState.fail({ message: null, fields: missing });
            return;
          }
          errorState.clear();
          mutation.mutate({ organisationId, chosen });
        }}
      >
        <OrganisationPicker name="organisationId" label={labels.organisationId} isRequired />
        <CheckboxGroupInput
          name="roles"
          label={labels.roles}
          options={roles.map((role) => ({ id: role, label: t(`role.${role}`) }))}
          isRequired
        />
      </FormShell>
    </section>
  );
}
