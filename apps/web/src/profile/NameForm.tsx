import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { updateSessionUser } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { updateMe } from './api';

export function NameForm({ name }: { name: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [status, setStatus] = useState('');
  const mutation = useMutation({
    mutationFn: (next: string) => updateMe({ name: next }),
    onSuccess: (user) => {
      updateSessionUser(queryClient, user);
      setStatus(t('form.saved'));
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { name: t('profile.name') };
  return (
    <>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('form.save')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const value = text(data, 'name');
          const missing = requireFields({ name: value }, ['name'], t('form.required'));
          if (Object.keys(missing).length > 0) {
            errorState.fail({ message: null, fields: missing });
            return;
          }
          errorState.clear();
          setStatus('');
          mutation.mutate(value);
        }}
      >
        <TextInput name="name" label={labels.name} defaultValue={name} autoComplete="name" isRequired />
      </FormShell>
      <p role="status">{status}</p>
    </>
  );
}
