import { type Actor, hasRoleAnywhere, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';

type UserSubject = { memberships: readonly { organisationId: string }[] };

/**
 * An organisation's administrator manages its own people. Changing the account itself (name, deactivation,
 * password reset) reaches every organisation the user works for, so it needs administration of all of them.
 */
export const userPolicy = {
  read: (actor: Actor, user: UserSubject) =>
    actor.platformAdmin || user.memberships.some((m) => hasRoleIn(actor, m.organisationId, 'administrator')),
  update: (actor: Actor, user: UserSubject) =>
    actor.platformAdmin ||
    (user.memberships.length > 0 &&
      user.memberships.every((m) => hasRoleIn(actor, m.organisationId, 'administrator'))),
} satisfies Policy<UserSubject, string>;

export const membershipPolicy = {
  manage: (actor: Actor, membership: { organisationId: string }) =>
    actor.platformAdmin || hasRoleIn(actor, membership.organisationId, 'administrator'),
} satisfies Policy<{ organisationId: string }, string>;

export function mayManageUsers(actor: Actor): boolean {
  return actor.platformAdmin || hasRoleAnywhere(actor, 'administrator');
}
