import { type Actor, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';

/** An activity as its policy sees it: the lead organiser and the organisations organising it beside it. */
export type ActivitySubject = { organisationId: string; coOrganiserIds: readonly string[] };

const organisers = (a: ActivitySubject) => [a.organisationId, ...a.coOrganiserIds];
const reads = (actor: Actor, a: ActivitySubject) =>
  actor.platformAdmin || actor.memberships.some((m) => organisers(a).includes(m.organisationId));
/** Those who run activities: administrators and coordinators of an organiser. */
const runs = (actor: Actor, a: ActivitySubject) =>
  organisers(a).some((id) => hasRoleIn(actor, id, 'administrator', 'coordinator'));

/**
 * Every member of an organiser reads the activity; its administrators and coordinators change it and keep its
 * attendance. Only the lead organiser's administrators and coordinators change who organises it.
 */
export const activityPolicy = {
  read: reads,
  update: runs,
  recordAttendance: runs,
  manageMaterials: runs,
  changeOrganisers: (actor: Actor, a: ActivitySubject) =>
    hasRoleIn(actor, a.organisationId, 'administrator', 'coordinator'),
} satisfies Policy<ActivitySubject, string>;

export function mayRunActivitiesOf(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'administrator', 'coordinator');
}

/** Monitors visit facilitators at work; administrators and coordinators may record a visit they made. */
export function mayRecordVisitsOf(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'monitor', 'administrator', 'coordinator');
}

/** The organisations whose activities the actor lists: every one they are a member of. */
export function activityScope(actor: Actor): string[] {
  return actor.memberships.map((m) => m.organisationId);
}
