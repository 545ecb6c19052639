import { request } from '../api/client';
import type { Session } from './session';

export interface SignInInput {
  email: string;
  password: string;
  totpCode?: string;
}

export function signIn(input: SignInInput): Promise<Session> {
  return request('POST', '/api/auth/sign-in', { body: input, withoutCsrf: true });
}

export function signOut(): Promise<void> {
  return request('POST', '/api/auth/sign-out');
}

export function signOutEverywhere(): Promise<void> {
  return request('POST', '/api/auth/sign-out-everywhere');
}

export interface AccountToken {
  kind: 'invitation' | 'reset';
  email: string;
  name: string;
}

export function getAccountToken(token: string): Promise<AccountToken> {
  return request('GET', `/api/auth/tokens/${encodeURIComponent(token)}`);
}

export function setPasswordWithToken(token: string, password: string): Promise<Session> {
  return request('POST', `/api/auth/tokens/${encodeURIComponent(token)}`, {
    body: { password },
    withoutCsrf: true,
  });
}
