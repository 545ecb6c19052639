import { type Actor, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';
import { worksWithPersonsIn } from '../persons/policy';

export type ReferralSubject = { fromOrganisationId: string; toOrganisationId: string; child: boolean };

const handles = (actor: Actor, organisationId: string, child: boolean) =>
  worksWithPersonsIn(actor, organisationId, child) &&
  hasRoleIn(actor, organisationId, 'case_worker', 'coordinator', 'administrator');

export const referralPolicy = {
  read: (actor: Actor, r: ReferralSubject) =>
    worksWithPersonsIn(actor, r.fromOrganisationId, r.child) ||
    worksWithPersonsIn(actor, r.toOrganisationId, r.child),
  /** The receiving organisation accepts or declines, and records the outcome. */
  decide: (actor: Actor, r: ReferralSubject) => handles(actor, r.toOrganisationId, r.child),
  withdraw: (actor: Actor, r: ReferralSubject) => handles(actor, r.fromOrganisationId, r.child),
} satisfies Policy<ReferralSubject, string>;
