import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useFormErrors } from './useFormErrors';

/**
 * A form's write to a record: on success the views under `queryKeys` reload, the form starts afresh (`round`
 * keys it) and a status line says what was recorded; on failure the form shows the server's messages.
 */
export function useRecordAction<Input, Output = unknown>(
  queryKeys: QueryKey[],
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
      for (const queryKey of queryKeys) await queryClient.invalidateQueries({ queryKey });
      errorState.clear();
      setRound((n) => n + 1);
      setMessage(done);
      after?.(output);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return { mutation, errorState, message, round };
}
