import { type Actor, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';
import type { Role } from '../access/roles';
import { worksWithPersonsIn } from '../persons/policy';
import { isChildProtectionCase } from './workflow/kinds';

export type CaseSubject = { organisationId: string; child: boolean; workerId: string | null };

const works = (actor: Actor, c: CaseSubject) => worksWithPersonsIn(actor, c.organisationId, c.child);
const supervises = (actor: Actor, c: CaseSubject) =>
  works(actor, c) && hasRoleIn(actor, c.organisationId, 'coordinator', 'administrator');

export const casePolicy = {
  read: works,
  /** Assessment, plan, services, notes and tasks: the organisation's case workers and supervisors. */
  work: (actor: Actor, c: CaseSubject) =>
    works(actor, c) && hasRoleIn(actor, c.organisationId, 'case_worker', 'coordinator', 'administrator'),
  /** Approving a plan or a closure takes a supervisor other than the case's own worker: four eyes. */
  approve: (actor: Actor, c: CaseSubject) => supervises(actor, c) && c.workerId !== actor.userId,
  assign: supervises,
} satisfies Policy<CaseSubject, string>;

/** A child-protection case puts its person under child protection: only child-protection roles open one. */
export function mayOpenCase(actor: Actor, organisationId: string, child: boolean, kind: string): boolean {
  return casePolicy.work(actor, {
    organisationId,
    child: child || isChildProtectionCase(kind),
    workerId: null,
  });
}

/**
 * Whom a case can be given to, as its worker or supervisor: a colleague in the case's organisation who may read
 * it — for a child, or anyone under child protection, one who also holds the child-protection role. A case
 * given to anyone else would sit with a person who cannot open it.
 */
export function mayBeAssigned(
  roles: readonly Role[],
  c: Pick<CaseSubject, 'organisationId' | 'child'>,
): boolean {
  const colleague: Actor = {
    userId: '',
    platformAdmin: false,
    memberships: [{ organisationId: c.organisationId, roles }],
  };
  return worksWithPersonsIn(colleague, c.organisationId, c.child);
}
