import { type Actor, hasRoleIn, organisationsWithRole } from '../access/actor';
import type { Policy } from '../access/policy';
import { personRoles } from '../persons/policy';

/** What a workshop policy needs: the organisation that runs the workshop. */
export type WorkshopSubject = { organisationId: string };

const supervises = (actor: Actor, w: WorkshopSubject) =>
  hasRoleIn(actor, w.organisationId, 'administrator', 'coordinator');
const works = (actor: Actor, w: WorkshopSubject) =>
  hasRoleIn(actor, w.organisationId, 'administrator', 'coordinator', 'case_worker');

/**
 * The workshop's trainees are named persons: only those of the running organisation who work with persons see
 * it. Its coordinators and administrators shape the programme; they and its case workers enrol trainees, mark
 * their progress and keep the production and sales logs.
 */
export const workshopPolicy = {
  read: (actor: Actor, w: WorkshopSubject) => hasRoleIn(actor, w.organisationId, ...personRoles),
  addModule: supervises,
  enrol: works,
  markProgress: works,
  recordProduction: works,
  recordSale: works,
} satisfies Policy<WorkshopSubject, string>;

/** The organisations whose workshops the actor sees: the set a list is limited to. */
export function workshopScope(actor: Actor): string[] {
  return organisationsWithRole(actor, ...personRoles);
}

export function mayCreateWorkshop(actor: Actor, organisationId: string): boolean {
  return supervises(actor, { organisationId });
}
