import type { ProposalStatus } from './vocabulary';

/**
 * Where a proposal may go from each status. The employer answers forward only: it invites a candidate, or
 * hires or declines them, with or without an interview first; a hire or a decline is final, so the case worker
 * and the person can rely on it.
 */
const nextStatuses: Record<ProposalStatus, readonly ProposalStatus[]> = {
  proposed: ['invited', 'hired', 'declined'],
  invited: ['hired', 'declined'],
  hired: [],
  declined: [],
};

export function mayMoveProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return nextStatuses[from].includes(to);
}
