import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { changePassword } from './api';

const minimumPasswordLength = 10;

export function PasswordForm({ email }: { email: string }) {
  const t = useT();
  const errorState = useFormErrors();
  const [status, setStatus] = useState('');
  const [formKey, setFormKey] = useState(0);
  const mutation = useMutation({
    mutationFn: ({ current, next }: { current: string; next: string }) => changePassword(current, next),
    onSuccess: () => {
      setStatus(t('profile.password.changed'));
      setFormKey((key) => key + 1);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { currentPassword: t('profile.password.current'), newPassword: t('profile.password.new') };
  return (
    <>
      <FormShell
        key={formKey}
        errorState={errorState}
        labels={labels}
        submitLabel={t('profile.password.submit')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const values = {
            currentPassword: text(data, 'currentPassword'),
            newPassword: text(data, 'newPassword'),
          };
          const fields = requireFields(values, ['currentPassword', 'newPassword'], t('form.required'));
          if (!fields.newPassword && values.newPassword.length < minimumPasswordLength) {
            fields.newPassword = t('accountToken.tooShort', { count: minimumPasswordLength });
          }
          if (Object.keys(fields).length > 0) {
            errorState.fail({ message: null, fields });
            return;
          }
          errorState.clear();
          setStatus('');
          mutation.mutate({ current: values.currentPassword, next: values.newPassword });
        }}
      >
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextInput
          name="currentPassword"
          type="password"
          label={labels.currentPassword}
          autoComplete="current-password"
          isRequired
        />
        <TextInput
          name="newPassword"
          type="password"
          label={labels.newPassword}
          description={t('accountToken.passwordHint', { count: minimumPasswordLength })}
          autoComplete="new-password"
          isRequired
        />
      </FormShell>
      <p role="status">{status}</p>
    </>
  );
}
