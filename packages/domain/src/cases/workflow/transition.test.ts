import { describe, expect, it } from 'vitest';
import { type CaseState, caseStates, closureReasons, openCaseStates } from './states';
import { caseTransitionSchema, nextStates, transitionCase } from './transition';

const approved = {
  planApproved: true,
  closureApproved: true,
  closureReason: 'other',
  note: 'new referral',
} as const;

const legal: readonly (readonly [CaseState, CaseState])[] = [
  ['referral_received', 'assessment'],
  ['assessment', 'planning'],
  ['planning', 'implementation'],
  ['implementation', 'review'],
  ['review', 'implementation'],
  ['review', 'planning'],
  ['closed', 'assessment'],
  ...openCaseStates.map((from) => [from, 'closed'] as const),
];
const isLegal = (from: CaseState, to: CaseState) => legal.some(([f, t]) => f === from && t === to);
const illegal = caseStates.flatMap((from) =>
  caseStates.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const),
);

describe('case stages', () => {
  it.each(legal)('%s → %s is allowed with approvals and reasons', (from, to) => {
    expect(transitionCase(from, to, approved)).toEqual({ ok: true });
  });

  it.each(illegal)('%s → %s is refused', (from, to) => {
    expect(transitionCase(from, to, approved)).toEqual({ ok: false, reason: 'illegal_transition' });
  });

  it('covers every pair of stages', () => {
    expect(legal.length + illegal.length).toBe(caseStates.length ** 2);
  });
});

describe('conditions on a move', () => {
  it.each([
    ['planning', 'implementation', { planApproved: false }, 'plan_not_approved'],
    ['review', 'implementation', { planApproved: false }, null],
    ['review', 'closed', { closureApproved: false }, 'closure_not_approved'],
    ['assessment', 'closed', { closureApproved: false }, 'closure_not_approved'],
    ['review', 'closed', { closureReason: undefined }, 'closure_reason_required'],
    [
      'referral_received',
      'closed',
      { closureReason: undefined, closureApproved: false },
      'closure_reason_required',
    ],
    ['closed', 'assessment', { note: undefined }, 'reopen_reason_required'],
    ['closed', 'assessment', { note: '   ' }, 'reopen_reason_required'],
    ['closed', 'assessment', { planApproved: false, closureApproved: false }, null],
  ] as const)('%s → %s with %j: %s', (from, to, context, reason) => {
    const outcome = transitionCase(from, to, { ...approved, ...context });
    expect(outcome).toEqual(reason ? { ok: false, reason } : { ok: true });
  });

  it.each(closureReasons)('closes early as %s', (closureReason) => {
    expect(transitionCase('implementation', 'closed', { ...approved, closureReason })).toEqual({ ok: true });
  });
});

describe('stages offered in the UI', () => {
  it.each([
    ['referral_received', true, true, ['assessment', 'closed']],
    ['referral_received', true, false, ['assessment']],
    ['planning', false, false, []],
    ['planning', true, false, ['implementation']],
    ['review', false, true, ['planning', 'implementation', 'closed']],
    ['closed', false, false, ['assessment']],
  ] as const)(
    'from %s (plan approved %s, closure approved %s): %j',
    (from, planApproved, closureApproved, offered) => {
      expect(nextStates(from, { planApproved, closureApproved })).toEqual(offered);
    },
  );
});

describe('a move from the API', () => {
  it.each([
    [{ to: 'assessment', version: 1 }, true],
    [{ to: 'assessment', note: 'Family asked again', version: 1 }, true],
    [{ to: 'closed', closureReason: 'moved_away', version: 3 }, true],
    [{ to: 'assessment' }, false],
    [{ to: 'closed', version: 1 }, false],
    [{ to: 'planning', closureReason: 'died', version: 1 }, false],
    [{ to: 'archived', version: 1 }, false],
    [{ to: 'review', note: 'x'.repeat(2001), version: 1 }, false],
    [{ to: 'review', approvedBy: 'me', version: 1 }, false],
  ])('%j valid: %s', (input, valid) => {
    expect(caseTransitionSchema.safeParse(input).success).toBe(valid);
  });
});
