import { z } from 'zod';
import { shareableParts } from '../persons/vocabulary';
import type { ReferralStatus } from './vocabulary';

export const createReferralSchema = z.object({
  id: z.uuid().optional(),
  personId: z.uuid(),
  caseId: z.uuid().nullable().default(null),
  toOrganisationId: z.uuid(),
  service: z.string().trim().min(2).max(200),
  reason: z.string().trim().max(2000).default(''),
  urgency: z.enum(['routine', 'urgent']).default('routine'),
  sharedParts: z
    .array(z.enum(shareableParts))
    .max(shareableParts.length)
    .default(['identity'])
    .transform((parts) => [...new Set(['identity' as const, ...parts])]),
  /** Without consent to share with the receiving organisation, a supervisor may override, in writing. */
  consentOverrideReason: z.string().trim().min(10).max(2000).nullable().default(null),
});

export const decideReferralSchema = z.object({
  decision: z.enum(['accept', 'decline']),
  reason: z.string().trim().max(2000).default(''),
  version: z.number().int().positive(),
});
export const completeReferralSchema = z.object({
  outcome: z.string().trim().min(2).max(2000),
  version: z.number().int().positive(),
});
export const withdrawReferralSchema = z.object({
  reason: z.string().trim().min(2).max(2000),
  version: z.number().int().positive(),
});

const moves: Record<ReferralStatus, readonly ReferralStatus[]> = {
  pending: ['accepted', 'declined', 'withdrawn'],
  accepted: ['completed', 'withdrawn'],
  declined: [],
  completed: [],
  withdrawn: [],
};

export function referralMayMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return moves[from].includes(to);
}

/** A decline needs its reason, so the referring worker knows what to do next. */
export function decisionNeedsReason(decision: 'accept' | 'decline', reason: string): boolean {
  return decision === 'decline' && reason.trim().length === 0;
}
