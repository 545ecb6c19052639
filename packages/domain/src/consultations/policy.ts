import { type Actor, hasRoleIn, organisationsWithRole } from '../access/actor';
import type { Policy } from '../access/policy';

/** What a consultation policy needs: the organisation that holds the question and the expert who took it. */
export type ConsultationSubject = { organisationId: string; expertId: string | null; closed: boolean };

const deskRoles = ['expert', 'coordinator', 'administrator'] as const;

const seesDesk = (actor: Actor, c: ConsultationSubject) => hasRoleIn(actor, c.organisationId, ...deskRoles);
const isExpert = (actor: Actor, c: ConsultationSubject) => hasRoleIn(actor, c.organisationId, 'expert');
const supervises = (actor: Actor, c: ConsultationSubject) =>
  hasRoleIn(actor, c.organisationId, 'coordinator', 'administrator');
/** The expert who took the question, or any expert while nobody has. */
const ownsOrFree = (actor: Actor, c: ConsultationSubject) =>
  isExpert(actor, c) && (c.expertId === null || c.expertId === actor.userId);

/**
 * Experts of the holding organisation answer; its coordinators and administrators see the desk, hand questions
 * over and close them; nobody else sees anything — not even the platform administrator.
 */
export const consultationPolicy = {
  read: seesDesk,
  claim: (actor: Actor, c: ConsultationSubject) => !c.closed && isExpert(actor, c) && c.expertId === null,
  answer: (actor: Actor, c: ConsultationSubject) => !c.closed && ownsOrFree(actor, c),
  note: seesDesk,
  handOver: (actor: Actor, c: ConsultationSubject) =>
    !c.closed && (ownsOrFree(actor, c) || supervises(actor, c)),
  escalate: (actor: Actor, c: ConsultationSubject) => ownsOrFree(actor, c) || supervises(actor, c),
  close: (actor: Actor, c: ConsultationSubject) =>
    !c.closed && (ownsOrFree(actor, c) || supervises(actor, c)),
} satisfies Policy<ConsultationSubject, string>;

/** The organisations whose desk the actor sees: the set a queue is limited to. */
export function consultationDeskScope(actor: Actor): string[] {
  return organisationsWithRole(actor, ...deskRoles);
}

/** Who may receive a question handed over: an expert of the holding organisation. */
export function mayReceiveConsultation(roles: readonly string[]): boolean {
  return roles.includes('expert');
}

/** Counts of consultations (no names, no texts) for an organisation's supervisors and experts. */
export function mayViewConsultationFigures(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...deskRoles, 'viewer', 'monitor');
}
