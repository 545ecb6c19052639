export { type Role, roles } from '@birge/domain/access/roles';

import type { Role } from '@birge/domain/access/roles';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, request, setCsrfToken } from '../api/client';
import type { Language } from '../i18n/languages';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  language: Language;
  highContrast: boolean;
  largeText: boolean;
  totpEnabled: boolean;
  platformAdmin: boolean;
}

export interface SessionMembership {
  id: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
}

export interface Session {
  user: SessionUser;
  memberships: SessionMembership[];
  csrfToken: string;
  abilities: {
    createOrganisation: boolean;
    manageNetworks: boolean;
    manageUsers: boolean;
    viewAudit: boolean;
    manageRegions: boolean;
  };
}

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await request<Session>('GET', '/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

const personRoles: readonly Role[] = ['administrator', 'coordinator', 'case_worker', 'expert'];

/** Works with named persons somewhere: persons, caseload and referrals are for them. */
export function worksWithPersons(session: Session): boolean {
  return session.memberships.some((m) => m.roles.some((role) => personRoles.includes(role)));
}

/** Supervisors export lists of persons; the server checks again and answers 403 to anyone else. */
export function mayExportPersons(session: Session): boolean {
  return session.memberships.some(
    (m) => m.roles.includes('administrator') || m.roles.includes('coordinator'),
  );
}

/** Organisations where the user may register persons and open cases (experts only answer questions). */
export function workingMemberships(session: Session): SessionMembership[] {
  return session.memberships.filter((m) =>
    m.roles.some((role) => role === 'administrator' || role === 'coordinator' || role === 'case_worker'),
  );
}

/** For pages behind RequireSession, where a session is certain. */
export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInSession used outside RequireSession');
  return data;
}

/** After sign-in, accepting an invitation or resetting a password: the answer is the new session. */
export function acceptSession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionKey, session);
}

export function updateSessionUser(queryClient: QueryClient, user: SessionUser): void {
  queryClient.setQueryData<Session | null>(sessionKey, (session) =>
    session ? { ...session, user } : session,
  );
}

/** Signing out forgets every cached record too: the next person on a shared phone must not see them. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken('');
  queryClient.clear();
  queryClient.setQueryData(sessionKey, null);
}
