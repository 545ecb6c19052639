/** The stages of case management, in the order a case usually moves through them. */
export const caseStates = [
  'referral_received',
  'assessment',
  'planning',
  'implementation',
  'review',
  'closed',
] as const;
export type CaseState = (typeof caseStates)[number];

export type OpenCaseState = Exclude<CaseState, 'closed'>;
export const openCaseStates = caseStates.filter((state): state is OpenCaseState => state !== 'closed');

/**
 * Why a case was closed. `goals_achieved` is the ordinary end after a review; the others close a case early,
 * from any open stage.
 */
export const closureReasons = [
  'goals_achieved',
  'transferred',
  'moved_away',
  'died',
  'declined_services',
  'duplicate',
  'other',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

/**
 * The moves a case may make, besides closing, which every open stage allows. A review either continues the
 * plan, sends the case back to planning, or ends it; reopening a closed case starts again at assessment,
 * because the person's situation has changed since the last one.
 */
export const caseTransitions: Readonly<Record<CaseState, readonly CaseState[]>> = {
  referral_received: ['assessment'],
  assessment: ['planning'],
  planning: ['implementation'],
  implementation: ['review'],
  review: ['implementation', 'planning'],
  closed: ['assessment'],
};

export function isLegalTransition(from: CaseState, to: CaseState): boolean {
  if (to === 'closed') return from !== 'closed';
  return caseTransitions[from].includes(to);
}
