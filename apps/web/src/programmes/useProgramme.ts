import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInSession } from '../auth/session';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { getProgramme, programmeManagerRoles } from './api';

export function programmeQuery(id: string) {
  return { queryKey: ['programme', id], queryFn: () => getProgramme(id) };
}

export function useProgramme(id: string) {
  return useQuery(programmeQuery(id));
}

/** The organisations whose programmes the person may manage; the server checks again on every write. */
export function useManagedOrganisations() {
  const session = useSignedInSession();
  return session.memberships.filter((m) =>
    m.roles.some((role) => (programmeManagerRoles as readonly string[]).includes(role)),
  );
}

export function useMayStartProgramme(): boolean {
  const session = useSignedInSession();
  const managed = useManagedOrganisations();
  return session.user.platformAdmin || managed.length > 0;
}

/**
 * A change to a programme's logframe: on success its page is read again and a message is announced; on
 * failure the API's message (already in the reader's language) goes to the form's error summary.
 */
export function useLogframeAction<T>(programmeId: string, run: (input: T) => Promise<unknown>, done: string) {
  const t = useT();
  const client = useQueryClient();
  const errorState = useFormErrors();
  const [message, setMessage] = useState('');
  const [round, setRound] = useState(0);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async () => {
      errorState.clear();
      setMessage(done);
      setRound((n) => n + 1);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['programme', programmeId] }),
        client.invalidateQueries({ queryKey: ['dashboard', programmeId] }),
        client.invalidateQueries({ queryKey: ['indicator-values'] }),
      ]);
    },
    onError: (error) => {
      setMessage('');
      errorState.failWith(error, t('form.unexpectedError'));
    },
  });
  return { mutation, errorState, message, round };
}
