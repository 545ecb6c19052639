import { useQuery } from '@tanstack/react-query';
import { useSignedInSession } from '../auth/session';
import { useRecordAction } from '../forms/useRecordAction';
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

/** A change to a programme's logframe: its page, its dashboard and the indicators' values are read again. */
export function useLogframeAction<T>(programmeId: string, run: (input: T) => Promise<unknown>, done: string) {
  return useRecordAction(
    [['programme', programmeId], ['dashboard', programmeId], ['indicator-values']],
    run,
    done,
  );
}
