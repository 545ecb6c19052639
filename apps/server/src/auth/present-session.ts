import type { Queryable } from '@birge/db';
import {
  mayCreateNetwork,
  mayCreateOrganisation,
  mayManageRegions,
  mayManageUsers,
  mayViewAudit,
} from '@birge/domain';
import { actorOf, membershipsOf, type UserRow } from './load-actor';

/** What the web app knows of the signed-in user, with the abilities it uses to hide what they may not do. */
export async function presentSession(db: Queryable, user: UserRow, csrfToken: string | null) {
  const [actor, userMemberships] = await Promise.all([actorOf(db, user), membershipsOf(db, user.id)]);
  return {
    user: presentProfile(user),
    memberships: userMemberships,
    csrfToken,
    abilities: {
      createOrganisation: mayCreateOrganisation(actor),
      manageNetworks: mayCreateNetwork(actor),
      manageUsers: mayManageUsers(actor),
      viewAudit: mayViewAudit(actor),
      manageRegions: mayManageRegions(actor),
    },
  };
}

export function presentProfile(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    language: user.language,
    highContrast: user.highContrast,
    largeText: user.largeText,
    totpEnabled: user.totpEnabled,
    platformAdmin: user.platformAdmin,
  };
}
