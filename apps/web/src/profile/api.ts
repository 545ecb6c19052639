import { request } from '../api/client';
import type { SessionUser } from '../auth/session';
import type { Language } from '../i18n/languages';

export interface ProfileChange {
  name?: string;
  language?: Language;
  highContrast?: boolean;
  largeText?: boolean;
}

export function updateMe(change: ProfileChange): Promise<SessionUser> {
  return request('PATCH', '/api/me', { body: change });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request('POST', '/api/me/password', { body: { currentPassword, newPassword } });
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export function setUpTotp(): Promise<TotpSetup> {
  return request('POST', '/api/me/totp/setup');
}

export function enableTotp(code: string): Promise<void> {
  return request('POST', '/api/me/totp/enable', { body: { code } });
}

export function disableTotp(password: string): Promise<void> {
  return request('POST', '/api/me/totp/disable', { body: { password } });
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function listApiTokens(): Promise<ApiToken[]> {
  return (await request<{ items: ApiToken[] }>('GET', '/api/me/tokens')).items;
}

export function createApiToken(name: string): Promise<{ id: string; name: string; token: string }> {
  return request('POST', '/api/me/tokens', { body: { name } });
}

export function revokeApiToken(id: string): Promise<void> {
  return request('DELETE', `/api/me/tokens/${encodeURIComponent(id)}`);
}
