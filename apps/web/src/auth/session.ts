import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, request, setCsrfToken } from '../api/client';
import type { Language } from '../i18n/languages';

export const roles = [
  'administrator',
  'coordinator',
  'case_worker',
  'expert',
  'monitor',
  'grants_manager',
  'network_secretariat',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

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
