import { type Actor, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';
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
