import { type Actor, hasRoleIn, organisationsWithRole } from '../access/actor';
import type { Policy } from '../access/policy';
import { worksWithPersonsIn } from '../persons/policy';

/** What a child-protection rule needs: the organisation responsible for the child, the request, the carer. */
export type CareSubject = { organisationId: string };

/**
 * Every record here names a child or the family caring for one, even past eighteen (a young person in supported
 * living): only the responsible organisation's workers who hold child protection see it.
 */
const readsChildren = (actor: Actor, s: CareSubject) => worksWithPersonsIn(actor, s.organisationId, true);
const worksWithChildren = (actor: Actor, s: CareSubject) =>
  readsChildren(actor, s) &&
  hasRoleIn(actor, s.organisationId, 'case_worker', 'coordinator', 'administrator');
const supervisesChildren = (actor: Actor, s: CareSubject) =>
  readsChildren(actor, s) && hasRoleIn(actor, s.organisationId, 'coordinator', 'administrator');

/** A gatekeeping commission, its requests and decisions. Deciding is the commission's organisation's supervisors'. */
export const gatekeepingPolicy = {
  read: readsChildren,
  manage: supervisesChildren,
  request: worksWithChildren,
  decide: supervisesChildren,
} satisfies Policy<CareSubject, string>;

/** The registry of foster families and guardians: their approval is a supervisor's act. */
export const carerPolicy = {
  read: readsChildren,
  register: worksWithChildren,
  approve: supervisesChildren,
} satisfies Policy<CareSubject, string>;

/** Placements and their visits, under the case's organisation. */
export const carePlacementPolicy = {
  read: readsChildren,
  work: worksWithChildren,
} satisfies Policy<CareSubject, string>;

/**
 * An institution's figures are counts, never names: everyone signed in reads them. Its own administrators and
 * coordinators, and child-protection supervisors of the authority leading the reform, keep them.
 */
export const institutionPolicy = {
  read: (_actor: Actor, _s: CareSubject) => true,
  update: (actor: Actor, s: CareSubject) =>
    hasRoleIn(actor, s.organisationId, 'coordinator', 'administrator'),
} satisfies Policy<CareSubject, string>;

/** The organisations whose named children the actor may list. */
export function childcareScope(actor: Actor): string[] {
  return organisationsWithRole(actor, 'child_protection').filter((id) =>
    readsChildren(actor, { organisationId: id }),
  );
}
