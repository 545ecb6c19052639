import type { Role } from './roles';

/** Who is acting: a signed-in user with their memberships, as policies see them. */
export type Actor = {
  userId: string;
  platformAdmin: boolean;
  memberships: readonly { organisationId: string; roles: readonly Role[] }[];
};

export function rolesIn(actor: Actor, organisationId: string): readonly Role[] {
  return actor.memberships.find((m) => m.organisationId === organisationId)?.roles ?? [];
}

export function hasRoleIn(actor: Actor, organisationId: string, ...wanted: Role[]): boolean {
  return rolesIn(actor, organisationId).some((role) => wanted.includes(role));
}

export function hasRoleAnywhere(actor: Actor, ...wanted: Role[]): boolean {
  return actor.memberships.some((m) => m.roles.some((role) => wanted.includes(role)));
}

/** The organisations in which the actor holds one of the roles: the set a list query is limited to. */
export function organisationsWithRole(actor: Actor, ...wanted: Role[]): string[] {
  return actor.memberships
    .filter((m) => m.roles.some((r) => wanted.includes(r)))
    .map((m) => m.organisationId);
}
