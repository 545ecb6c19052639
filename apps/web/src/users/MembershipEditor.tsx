import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { type Role, roles } from '../auth/session';
import { FormShell } from '../forms/FormShell';
import { CheckboxGroupInput } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { changeMembershipRoles, removeMembership, type UserMembership } from './api';

interface Props {
  membership: UserMembership;
  onChanged: (message: string) => void;
}

/** The roles one person holds in one organisation, changed or removed as a unit. */
export function MembershipEditor({ membership, onChanged }: Props) {
  const t = useT();
  const errorState = useFormErrors();
  const roleOptions = roles.map((role) => ({ id: role, label: t(`role.${role}`) }));
  const save = useMutation({
    mutationFn: (chosen: Role[]) => changeMembershipRoles(membership.id, chosen, membership.version),
    onSuccess: () => onChanged(t('users.rolesSaved', { organisation: membership.organisationName })),
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const remove = useMutation({
    mutationFn: () => removeMembership(membership.id),
    onSuccess: () => onChanged(t('users.membershipRemoved', { organisation: membership.organisationName })),
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const rolesField = `roles-${membership.id}`;

  return (
    <li className="card">
      <h3>{membership.organisationName}</h3>
      <FormShell
        errorState={errorState}
        labels={{ [rolesField]: t('users.form.roles') }}
        submitLabel={t('users.saveRoles')}
        isPending={save.isPending}
        onSubmit={(data) => {
          const chosen = data.getAll(rolesField).map(String) as Role[];
          if (chosen.length === 0) {
            errorState.fail({ message: null, fields: { [rolesField]: t('users.form.chooseRole') } });
            return;
          }
          errorState.clear();
          save.mutate(chosen);
        }}
      >
        <CheckboxGroupInput
          name={rolesField}
          label={t('users.form.rolesIn', { organisation: membership.organisationName })}
          options={roleOptions}
          defaultValue={membership.roles}
        />
      </FormShell>
      <Button className="button button--danger" isPending={remove.isPending} onPress={() => remove.mutate()}>
        {t('users.removeMembership', { organisation: membership.organisationName })}
      </Button>
    </li>
  );
}
