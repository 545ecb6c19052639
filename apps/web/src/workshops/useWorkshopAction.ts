import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';

/**
 * A form's write to a workshop: on success the workshop's views reload, the form starts afresh and a status
 * line says what was recorded; on failure the form shows the server's messages.
 */
export function useWorkshopAction<Input>(
  workshopId: string,
  action: (input: Input) => Promise<unknown>,
  done: string,
) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [message, setMessage] = useState('');
  const [round, setRound] = useState(0);
  const mutation = useMutation({
    mutationFn: action,
    onMutate: () => setMessage(''),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['workshop', workshopId] });
      await queryClient.invalidateQueries({ queryKey: ['workshops'] });
      errorState.clear();
      setRound((n) => n + 1);
      setMessage(done);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return { mutation, errorState, message, round };
}
