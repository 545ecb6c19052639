import { type Actor, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';

/**
 * A programme as its policy sees it: the owner manages it; the owner, participant organisations and members
 * of its network read it.
 */
export type ProgrammeSubject = { ownerOrganisationId: string; readerOrganisationIds: readonly string[] };

const reads = (actor: Actor, p: ProgrammeSubject) =>
  actor.platformAdmin ||
  actor.memberships.some(
    (m) => m.organisationId === p.ownerOrganisationId || p.readerOrganisationIds.includes(m.organisationId),
  );

export const programmePolicy = {
  read: reads,
  /** The programme, its logframe, indicators and manual values: the owner's administrators, coordinators, monitors. */
  update: (actor: Actor, p: ProgrammeSubject) => mayManageProgrammesOf(actor, p.ownerOrganisationId),
  /** The donor report and the IATI file hold only the programme's own figures, with small cells suppressed. */
  report: reads,
} satisfies Policy<ProgrammeSubject, string>;

export function mayManageProgrammesOf(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, 'administrator', 'coordinator', 'monitor');
}
