import { cases, type Database, persons, referrals } from '@birge/db';
import {
  type createReferralSchema,
  decisionNeedsReason,
  type ReferralStatus,
  referralMayMove,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, invalidField } from '../http/app-error';
import { findOrganisation } from '../organisations/organisation-queries';
import { sharingConsent } from '../persons/person-queries';
import { updateVersioned } from '../records/update-versioned';

type ReferralRow = typeof referrals.$inferSelect;

/**
 * Refers a person to another organisation's service. The record travels only with consent to share with
 * that organisation; without it, a supervisor may override with a written reason (`mayOverride`), audited.
 */
export async function createReferral(
  db: Database,
  context: AuditContext,
  person: typeof persons.$inferSelect,
  input: z.infer<typeof createReferralSchema>,
  mayOverride: boolean,
) {
  if (input.toOrganisationId === person.ownerOrganisationId)
    throw invalidField('toOrganisationId', 'field.choice');
  return db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, input.toOrganisationId)))
      throw invalidField('toOrganisationId', 'field.choice');
    if (input.caseId) {
      const [ownCase] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.id, input.caseId), eq(cases.personId, person.id)));
      if (!ownCase) throw invalidField('caseId', 'field.choice');
    }
    const consent = await sharingConsent(tx, person.id, input.toOrganisationId);
    if (!consent) {
      if (!input.consentOverrideReason) {
        throw new AppError(409, 'referrals.consentRequired', undefined, {
          consentOverrideReason: { key: 'referrals.consentRequired' },
        });
      }
      if (!mayOverride) throw new AppError(403, 'referrals.overrideNotAllowed');
    }
    const { sharedParts, ...fields } = input;
    const [created] = await tx
      .insert(referrals)
      .values({
        ...fields,
        personId: person.id,
        fromOrganisationId: person.ownerOrganisationId,
        sharedFields: sharedParts,
        consentId: consent?.id ?? null,
        consentOverrideReason: consent ? null : input.consentOverrideReason,
        status: 'pending',
        referredBy: context.actorId,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: consent ? 'referral.create' : 'referral.createWithConsentOverride',
      recordType: 'referral',
      recordId: created.id,
      organisationId: person.ownerOrganisationId,
      after: created,
    });
    return created;
  });
}

/** Moves a referral on: accepted or declined by the receiver, completed with its outcome, or withdrawn. */
export async function moveReferral(
  db: Database,
  context: AuditContext,
  referral: ReferralRow,
  to: ReferralStatus,
  input: { reason?: string; outcome?: string; version: number },
) {
  if (!referralMayMove(referral.status, to)) throw new AppError(409, 'referrals.illegalMove');
  if (to === 'declined' && decisionNeedsReason('decline', input.reason ?? '')) {
    throw invalidField('reason', 'field.required');
  }
  return db.transaction(async (tx) => {
    const deciding = to === 'accepted' || to === 'declined';
    const after = await updateVersioned(tx, referrals, referral.id, input.version, {
      status: to,
      ...(input.reason !== undefined ? { decisionReason: input.reason } : {}),
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      ...(deciding ? { decidedBy: context.actorId, decidedAt: new Date() } : {}),
    });
    await recordAudit(tx, context, {
      action: `referral.${to}`,
      recordType: 'referral',
      recordId: referral.id,
      organisationId: to === 'withdrawn' ? referral.fromOrganisationId : referral.toOrganisationId,
      before: { status: referral.status },
      after: { status: after.status, reason: after.decisionReason, outcome: after.outcome },
    });
    return after;
  });
}
