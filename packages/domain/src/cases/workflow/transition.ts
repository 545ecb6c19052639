import { z } from 'zod';
import { type CaseState, type ClosureReason, caseStates, closureReasons, isLegalTransition } from './states';

/** What the supervisor has approved; both decisions are recorded on the case before the move. */
export type CaseApprovals = {
  readonly planApproved: boolean;
  readonly closureApproved: boolean;
};

export type CaseTransitionContext = CaseApprovals & {
  readonly closureReason?: ClosureReason | undefined;
  /** Required to reopen a case: why it is being taken up again. */
  readonly note?: string | undefined;
};

export type CaseTransitionRefusal =
  | 'illegal_transition'
  | 'plan_not_approved'
  | 'closure_not_approved'
  | 'closure_reason_required'
  | 'reopen_reason_required';

export type CaseTransitionOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: CaseTransitionRefusal };

export function transitionCase(
  from: CaseState,
  to: CaseState,
  context: CaseTransitionContext,
): CaseTransitionOutcome {
  if (!isLegalTransition(from, to)) return refuse('illegal_transition');
  if (to === 'closed' && !context.closureReason) return refuse('closure_reason_required');
  const approval = missingApproval(from, to, context);
  if (approval) return refuse(approval);
  if (from === 'closed' && !context.note?.trim()) return refuse('reopen_reason_required');
  return { ok: true };
}

/**
 * The stages the UI may offer from here. Reasons and notes are typed in the same form as the move, so only
 * the approvals, which come from someone else, decide what is offered.
 */
export function nextStates(from: CaseState, approvals: CaseApprovals): CaseState[] {
  return caseStates.filter((to) => isLegalTransition(from, to) && !missingApproval(from, to, approvals));
}

function missingApproval(
  from: CaseState,
  to: CaseState,
  approvals: CaseApprovals,
): 'plan_not_approved' | 'closure_not_approved' | undefined {
  // Work with the person starts only on a plan a supervisor has read.
  if (from === 'planning' && to === 'implementation' && !approvals.planApproved) return 'plan_not_approved';
  // Closing ends services to a person; one social worker alone may not decide it.
  if (to === 'closed' && !approvals.closureApproved) return 'closure_not_approved';
  return undefined;
}

export const caseTransitionSchema = z
  .strictObject({
    to: z.enum(caseStates),
    closureReason: z.enum(closureReasons).optional(),
    note: z.string().trim().max(2000).optional(),
    /** The version of the case the move was decided on: a move on a stale case is refused. */
    version: z.number().int().positive(),
  })
  .superRefine((input, ctx) => {
    if (input.to === 'closed' && !input.closureReason) {
      ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'required to close a case' });
    }
    if (input.to !== 'closed' && input.closureReason) {
      ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'only when closing a case' });
    }
  });
export type CaseTransitionInput = z.infer<typeof caseTransitionSchema>;

function refuse(reason: CaseTransitionRefusal): CaseTransitionOutcome {
  return { ok: false, reason };
}
