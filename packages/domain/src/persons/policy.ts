import { type Actor, hasRoleIn, rolesIn } from '../access/actor';
import type { Policy } from '../access/policy';
import type { Role } from '../access/roles';
import { type ProtectionFacts, protectedAsChild } from './age';
import type { ShareablePart } from './vocabulary';

/** The roles that work with named persons; viewers, monitors and grants managers see counts only. */
export const personRoles: readonly Role[] = ['administrator', 'coordinator', 'case_worker', 'expert'];
const supervisorRoles: Role[] = ['administrator', 'coordinator'];

export type PersonSubject = {
  ownerOrganisationId: string;
  /** Protected as a child (`protectedAsChild`): a child by age, or anyone with a child-protection record. */
  child: boolean;
  /** Organisations that accepted a referral of this person with consent still in force, and what they see. */
  sharedWith: readonly { organisationId: string; parts: readonly ShareablePart[] }[];
};

/** May work with named persons in this organisation; a child's record also needs the child-protection role. */
export function worksWithPersonsIn(actor: Actor, organisationId: string, child: boolean): boolean {
  const roles = rolesIn(actor, organisationId);
  return roles.some((r) => personRoles.includes(r)) && (!child || roles.includes('child_protection'));
}

/**
 * Whether a list of another record (an activity's attendance, a workshop's trainees, a person's relatives, the
 * candidates proposed for a vacancy) names a person to the actor: the person rule, on the organisation holding
 * them. Anyone else sees the row counted, without the name.
 */
export function mayNamePerson(
  actor: Actor,
  person: { ownerOrganisationId: string } & ProtectionFacts,
  on: string,
): boolean {
  return worksWithPersonsIn(actor, person.ownerOrganisationId, protectedAsChild(person, on));
}

const reads = (actor: Actor, person: PersonSubject) =>
  worksWithPersonsIn(actor, person.ownerOrganisationId, person.child);
// Experts answer questions about a person; changing the record is the case workers' and supervisors' work.
const changes = (actor: Actor, person: PersonSubject) =>
  reads(actor, person) && !hasOnlyRole(actor, person.ownerOrganisationId, 'expert');
const supervises = (actor: Actor, person: PersonSubject) =>
  reads(actor, person) && hasRoleIn(actor, person.ownerOrganisationId, ...supervisorRoles);

export const personPolicy = {
  read: reads,
  update: changes,
  refer: changes,
  overrideConsent: supervises,
  merge: supervises,
  readShared: (actor: Actor, person: PersonSubject) => sharedPartsFor(actor, person).length > 0,
} satisfies Policy<PersonSubject, string>;

function hasOnlyRole(actor: Actor, organisationId: string, role: Role) {
  const roles = rolesIn(actor, organisationId).filter((r) => r !== 'child_protection');
  return roles.length > 0 && roles.every((r) => r === role);
}

/** What another organisation's worker sees of a person referred to them: the parts shared, nothing more. */
export function sharedPartsFor(actor: Actor, person: PersonSubject): ShareablePart[] {
  const parts = new Set<ShareablePart>();
  for (const share of person.sharedWith) {
    if (worksWithPersonsIn(actor, share.organisationId, person.child))
      for (const part of share.parts) parts.add(part);
  }
  return [...parts];
}

/** The organisations whose persons the actor may list: adults, and children where they hold child protection. */
export function personScopes(actor: Actor): { organisationId: string; children: boolean }[] {
  return actor.memberships
    .filter((m) => m.roles.some((r) => personRoles.includes(r)))
    .map((m) => ({ organisationId: m.organisationId, children: m.roles.includes('child_protection') }));
}

/** Lists of persons go out as spreadsheets only from a supervisor of the organisation. */
export function mayExportPersons(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...supervisorRoles);
}

/** The roles a case can be assigned to: the ones that work with named persons. */
export const workerRoles: readonly Role[] = personRoles;

/**
 * Who may see the names of an organisation's workers, to assign a case or a task to one of them: a
 * member of that organisation who works with persons. Another organisation's staff, even its
 * administrator, gets no list of names.
 */
export function mayListWorkers(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...personRoles);
}
