import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { getCase } from './api';

export const caseKey = (id: string) => ['case', id] as const;

export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => getCase(id) });
}

/**
 * One change to a case: on success the file is read again and a message is announced; on failure the
 * form's error summary tells why (a 409's message is already in the reader's language).
 */
export function useCaseAction<Input>(
  caseId: string,
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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKey(caseId) }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      ]);
      errorState.clear();
      setRound((n) => n + 1);
      setMessage(done);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return { mutation, errorState, message, round };
}
