import { type Page, query, request } from '../api/client';
import type { Role } from '../auth/session';

export interface UserMembership {
  id: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
  version: number;
}

export interface User {
  id: string;
  email: string;
  name: string;
  active: boolean;
  platformAdmin: boolean;
  totpEnabled: boolean;
  memberships: UserMembership[];
  version: number;
  createdAt: string;
}

export interface Invitation {
  email: string;
  name: string;
  organisationId: string;
  roles: Role[];
}

export function listUsers(q: string, cursor: string | null): Promise<Page<User>> {
  return request('GET', `/api/users${query({ q, cursor })}`);
}

export function getUser(id: string): Promise<{ user: User; abilities: { update: boolean } }> {
  return request('GET', `/api/users/${encodeURIComponent(id)}`);
}

export function updateUser(
  id: string,
  change: { name?: string; active?: boolean; version: number },
): Promise<User> {
  return request('PATCH', `/api/users/${encodeURIComponent(id)}`, { body: change });
}

export function inviteUser(invitation: Invitation): Promise<{ user: User; link: string }> {
  return request('POST', '/api/users/invitations', { body: invitation });
}

export function createResetLink(id: string): Promise<{ link: string }> {
  return request('POST', `/api/users/${encodeURIComponent(id)}/reset-link`);
}

export function addMembership(userId: string, organisationId: string, roles: Role[]): Promise<void> {
  return request('POST', '/api/memberships', { body: { userId, organisationId, roles } });
}

export function changeMembershipRoles(id: string, roles: Role[], version: number): Promise<void> {
  return request('PATCH', `/api/memberships/${encodeURIComponent(id)}`, { body: { roles, version } });
}

export function removeMembership(id: string): Promise<void> {
  return request('DELETE', `/api/memberships/${encodeURIComponent(id)}`);
}
