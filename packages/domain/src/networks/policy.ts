import { type Actor, hasRoleAnywhere, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';

type NetworkSubject = { leadOrganisationId: string | null };

/** A network is run from its lead organisation, by its secretariat or administrators. */
export const networkPolicy = {
  read: () => true,
  update: (actor: Actor, network: NetworkSubject) =>
    actor.platformAdmin ||
    (network.leadOrganisationId !== null &&
      hasRoleIn(actor, network.leadOrganisationId, 'network_secretariat', 'administrator')),
} satisfies Policy<NetworkSubject, string>;

export function mayCreateNetwork(actor: Actor): boolean {
  return actor.platformAdmin || hasRoleAnywhere(actor, 'network_secretariat');
}

/** A new network must be led by an organisation whose secretariat the actor is, unless a platform admin makes it. */
export function mayLeadNetwork(actor: Actor, leadOrganisationId: string | null): boolean {
  if (actor.platformAdmin) return true;
  return (
    leadOrganisationId !== null &&
    hasRoleIn(actor, leadOrganisationId, 'network_secretariat', 'administrator')
  );
}
