import { type Actor, hasRoleAnywhere, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';

/** The directory of organisations is shared by everyone signed in; only its own administrators change one. */
export const organisationPolicy = {
  read: () => true,
  update: (actor: Actor, organisation: { id: string }) =>
    actor.platformAdmin || hasRoleIn(actor, organisation.id, 'administrator'),
} satisfies Policy<{ id: string }, string>;

/** A national network's secretariat registers its member organisations. */
export function mayCreateOrganisation(actor: Actor): boolean {
  return actor.platformAdmin || hasRoleAnywhere(actor, 'network_secretariat');
}
