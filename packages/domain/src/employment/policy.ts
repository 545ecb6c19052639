import { type Actor, hasRoleAnywhere, hasRoleIn, organisationsWithRole } from '../access/actor';
import type { Policy } from '../access/policy';
import type { Role } from '../access/roles';
import { type PersonSubject, personPolicy, worksWithPersonsIn } from '../persons/policy';

/** Those who do employment support: they propose candidates, keep fairs and placements. */
const supportRoles: Role[] = ['administrator', 'coordinator', 'case_worker'];
/** An employer's own people hold the employer role in it; the NGOs' roles do not make them employer staff. */
const employerStaff: Role[] = ['employer'];

/**
 * A job seeker's profile is part of the person's record: it is read and changed by whoever may read and change
 * the person. An employer never reaches it here; what employers see is `employerView`, with consent.
 */
export const jobProfilePolicy = {
  read: personPolicy.read,
  update: personPolicy.update,
} satisfies Policy<PersonSubject, string>;

/** An employer, and the organisation that keeps its details in Birge: itself, or the NGO working with it. */
export type EmployerSubject = { employerId: string; keeperOrganisationId: string };

/**
 * The employer's details are kept by its own staff and by the coordinators of the organisation keeping them; the
 * platform administrator may put them right.
 */
export const employerPolicy = {
  update: (actor: Actor, e: EmployerSubject) =>
    actor.platformAdmin ||
    hasRoleIn(actor, e.employerId, ...employerStaff) ||
    hasRoleIn(actor, e.keeperOrganisationId, 'administrator', 'coordinator'),
} satisfies Policy<EmployerSubject, string>;

/**
 * May name this organisation as the keeper of the employer's details: the keeping goes only to an organisation
 * the actor answers for — the employer itself for its staff, an NGO for its administrators and coordinators —
 * or anywhere for the platform administrator. Nobody hands the keeping, with its rights, to a stranger.
 */
export function mayHandKeepingTo(actor: Actor, employerId: string, keeperOrganisationId: string): boolean {
  if (actor.platformAdmin) return true;
  if (keeperOrganisationId === employerId) return hasRoleIn(actor, employerId, ...employerStaff);
  return hasRoleIn(actor, keeperOrganisationId, 'administrator', 'coordinator');
}

export type VacancySubject = { employerId: string; publisherOrganisationId: string };

const ownsVacancy = (actor: Actor, v: VacancySubject) =>
  hasRoleIn(actor, v.employerId, ...employerStaff) ||
  hasRoleIn(actor, v.publisherOrganisationId, 'administrator', 'coordinator');
/** Supports job seekers somewhere: sees every employer's vacancies, to match its own job seekers to them. */
export const supportsJobSeekers = (actor: Actor) => hasRoleAnywhere(actor, ...supportRoles);
const supports = supportsJobSeekers;

/**
 * A vacancy is public work, not personal data: anyone who supports job seekers reads it to match their own
 * job seekers to it. Its employer's staff and the publishing organisation's coordinators change it. The
 * employer's staff see the consented candidates; case workers propose the persons they work with.
 */
export const vacancyPolicy = {
  read: (actor: Actor, v: VacancySubject) => ownsVacancy(actor, v) || supports(actor),
  update: ownsVacancy,
  seeCandidates: (actor: Actor, v: VacancySubject) => ownsVacancy(actor, v) || supports(actor),
  propose: (actor: Actor, _vacancy: VacancySubject) => supports(actor),
  answerProposal: ownsVacancy,
} satisfies Policy<VacancySubject, string>;

/**
 * May publish a vacancy of this employer on behalf of this organisation: the employer's staff publish their
 * own, and the coordinators of the organisation keeping the employer's details publish for it; no other
 * organisation speaks for an employer.
 */
export function mayPublishVacancy(
  actor: Actor,
  employer: EmployerSubject,
  publisherOrganisationId: string,
): boolean {
  if (publisherOrganisationId === employer.employerId)
    return hasRoleIn(actor, employer.employerId, ...employerStaff);
  return (
    publisherOrganisationId === employer.keeperOrganisationId &&
    hasRoleIn(actor, publisherOrganisationId, 'administrator', 'coordinator')
  );
}

/** The employers whose vacancies and candidates the actor sees as their own staff. */
export function employerScope(actor: Actor): string[] {
  return organisationsWithRole(actor, 'employer');
}

/** Whether the actor acts only as an employer's staff, and so sees job seekers only with consent. */
export function actsAsEmployerOnly(actor: Actor): boolean {
  return !actor.platformAdmin && !supports(actor) && employerScope(actor).length > 0;
}

export type PlacementSubject = { organisationId: string; child: boolean };

/** A placement is case work of the organisation that supports the person in the job. */
export const placementPolicy = {
  read: (actor: Actor, p: PlacementSubject) => worksWithPersonsIn(actor, p.organisationId, p.child),
  recordFollowUp: (actor: Actor, p: PlacementSubject) =>
    worksWithPersonsIn(actor, p.organisationId, p.child) &&
    hasRoleIn(actor, p.organisationId, ...supportRoles),
} satisfies Policy<PlacementSubject, string>;

export function mayPlace(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...supportRoles);
}

/** The organisations whose placements the actor lists. */
export function placementScope(actor: Actor): string[] {
  return organisationsWithRole(actor, ...supportRoles);
}
