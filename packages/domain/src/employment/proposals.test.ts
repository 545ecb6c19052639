import { describe, expect, it } from 'vitest';
import { mayMoveProposal } from './proposals';
import { type ProposalStatus, proposalStatuses } from './vocabulary';

const forward: [ProposalStatus, ProposalStatus][] = [
  ['proposed', 'invited'],
  ['proposed', 'hired'],
  ['proposed', 'declined'],
  ['invited', 'hired'],
  ['invited', 'declined'],
];

describe('the answers an employer gives a proposal', () => {
  const every = proposalStatuses.flatMap((from) => proposalStatuses.map((to) => [from, to] as const));
  it.each(every)('%s → %s', (from, to) => {
    const allowed = forward.some(([f, t]) => f === from && t === to);
    expect(mayMoveProposal(from, to)).toBe(allowed);
  });

  it('never goes back, and a hire or a decline is final', () => {
    expect(mayMoveProposal('hired', 'invited')).toBe(false);
    expect(mayMoveProposal('invited', 'proposed')).toBe(false);
    expect(mayMoveProposal('declined', 'hired')).toBe(false);
  });
});
