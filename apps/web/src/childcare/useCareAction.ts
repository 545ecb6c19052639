import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';

/**
 * A child-protection form's write: on success every childcare view reloads, the form starts afresh and a
 * status line says what was recorded; on failure the form shows the server's messages.
 */
export function useCareAction<Input, Output = unknown>(
  action: (input: Input) => Promise<Output>,
  done: string,
  after?: (output: Output) => void,
) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [message, setMessage] = useState('');
  const [round, setRound] = useState(0);
  const mutation = useMutation({
    mutationFn: action,
    onMutate: () => setMessage(''),
    onSuccess: async (output) => {
      await queryClient.invalidateQueries({ queryKey: ['childcare'] });
      errorState.clear();
      setRound((n) => n + 1);
      setMessage(done);
      after?.(output);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return { mutation, errorState, message, round };
}
