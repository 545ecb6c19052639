import { type Actor, hasRoleIn, organisationsWithRole } from '../access/actor';
import type { Policy } from '../access/policy';
import { personRoles } from '../persons/policy';

/** What a volunteer policy needs: the organisation whose roster holds the volunteer. */
export type VolunteerSubject = { organisationId: string };

/**
 * Volunteers are named persons: those of the organisation who work with persons see its roster; its
 * coordinators and administrators keep the roster; they and its case workers record the hours given.
 */
export const volunteerPolicy = {
  read: (actor: Actor, v: VolunteerSubject) => hasRoleIn(actor, v.organisationId, ...personRoles),
  update: (actor: Actor, v: VolunteerSubject) =>
    hasRoleIn(actor, v.organisationId, 'administrator', 'coordinator'),
  recordHours: (actor: Actor, v: VolunteerSubject) =>
    hasRoleIn(actor, v.organisationId, 'administrator', 'coordinator', 'case_worker'),
} satisfies Policy<VolunteerSubject, string>;

export function volunteerScope(actor: Actor): string[] {
  return organisationsWithRole(actor, ...personRoles);
}

export function mayRegisterVolunteer(actor: Actor, organisationId: string): boolean {
  return volunteerPolicy.update(actor, { organisationId });
}
