import { type Actor, hasRoleIn } from '../access/actor';
import type { Policy } from '../access/policy';
import type { Role } from '../access/roles';

/**
 * A programme as its policy sees it: the owner manages it; the owner, participant organisations and members
 * of its network read it; the owner and the participants accountable for it answer for its records.
 */
export type ProgrammeSubject = {
  ownerOrganisationId: string;
  readerOrganisationIds: readonly string[];
  accountableOrganisationIds: readonly string[];
};

const managerRoles: Role[] = ['administrator', 'coordinator', 'monitor'];

const reads = (actor: Actor, p: ProgrammeSubject) =>
  actor.platformAdmin ||
  actor.memberships.some(
    (m) => m.organisationId === p.ownerOrganisationId || p.readerOrganisationIds.includes(m.organisationId),
  );

/** The organisations answering for the programme in which the actor manages or monitors, with these roles too. */
const answersFor = (actor: Actor, p: ProgrammeSubject, ...also: Role[]) =>
  [p.ownerOrganisationId, ...p.accountableOrganisationIds].some(
    (id) => hasRoleIn(actor, id, ...managerRoles) && also.every((role) => hasRoleIn(actor, id, role)),
  );

export const programmePolicy = {
  read: reads,
  /** The programme, its logframe, indicators and manual values: the owner's administrators, coordinators, monitors. */
  update: (actor: Actor, p: ProgrammeSubject) => mayManageProgrammesOf(actor, p.ownerOrganisationId),
  /** The donor report and the IATI file hold only the programme's own figures, with small cells suppressed. */
  report: reads,
  /**
   * The records behind the programme's values that were made for it (its activities, workshops, placements),
   * whichever of its organisations made them: the record, its day and its organisation, to those who answer for
   * the programme. A person's name still follows the person's rules.
   */
  openRecords: (actor: Actor, p: ProgrammeSubject) => answersFor(actor, p),
  /** Records of children in care, of the programme's making, only to those who also hold the child-protection role. */
  openChildrenRecords: (actor: Actor, p: ProgrammeSubject) => answersFor(actor, p, 'child_protection'),
} satisfies Policy<ProgrammeSubject, string>;

export function mayManageProgrammesOf(actor: Actor, organisationId: string): boolean {
  return hasRoleIn(actor, organisationId, ...managerRoles);
}
