import { describe, expect, it } from 'vitest';
import { createReferralSchema, decisionNeedsReason, referralMayMove } from './referral';
import type { ReferralStatus } from './vocabulary';

describe('referral statuses', () => {
  it.each([
    ['pending', 'accepted', true],
    ['pending', 'declined', true],
    ['pending', 'completed', false],
    ['accepted', 'completed', true],
    ['accepted', 'declined', false],
    ['declined', 'accepted', false],
    ['completed', 'withdrawn', false],
    ['accepted', 'withdrawn', true],
  ] as [ReferralStatus, ReferralStatus, boolean][])('%s → %s: %s', (from, to, allowed) => {
    expect(referralMayMove(from, to)).toBe(allowed);
  });

  it('needs a reason to decline, not to accept', () => {
    expect(decisionNeedsReason('decline', ' ')).toBe(true);
    expect(decisionNeedsReason('accept', '')).toBe(false);
  });

  it('always shares identity, once', () => {
    const input = {
      personId: crypto.randomUUID(),
      toOrganisationId: crypto.randomUUID(),
      service: 'Physiotherapy',
    };
    expect(
      createReferralSchema.parse({ ...input, sharedParts: ['contacts', 'identity'] }).sharedParts,
    ).toEqual(['identity', 'contacts']);
    expect(createReferralSchema.parse(input).sharedParts).toEqual(['identity']);
  });
});
