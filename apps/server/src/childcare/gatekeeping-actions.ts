import {
  commissionMeetings,
  commissionMembers,
  type Database,
  gatekeepingCommissions,
  gatekeepingRequests,
  organisations,
} from '@birge/db';
import { type GatekeepingDecisionInput, preventionMissing } from '@birge/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { placeUnderChildProtection } from '../persons/person-actions';
import { updateVersioned } from '../records/update-versioned';
import { insertAudited } from './audited-write';
import type { CommissionRow, RequestRow } from './gatekeeping-queries';

/** A commission without a region of its own sits where its organisation is. */
export async function createCommission(
  db: Database,
  context: AuditContext,
  input: { organisationId: string; name: string; regionId: string | null },
) {
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ regionId: organisations.regionId })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    const values = { ...input, regionId: input.regionId ?? organisation?.regionId ?? null };
    return insertAudited(tx, context, gatekeepingCommissions, values, {
      action: 'childcare.createCommission',
      recordType: 'gatekeeping_commission',
      organisationId: input.organisationId,
    });
  });
}

export async function addCommissionMember(
  db: Database,
  context: AuditContext,
  commission: CommissionRow,
  input: { name: string; position: string },
) {
  return db.transaction((tx) =>
    insertAudited(
      tx,
      context,
      commissionMembers,
      { ...input, commissionId: commission.id },
      {
        action: 'childcare.addMember',
        recordType: 'commission_member',
        organisationId: commission.organisationId,
      },
    ),
  );
}

export async function scheduleMeeting(
  db: Database,
  context: AuditContext,
  commission: CommissionRow,
  input: { heldOn: string; place: string },
) {
  return db.transaction((tx) =>
    insertAudited(
      tx,
      context,
      commissionMeetings,
      { ...input, commissionId: commission.id },
      {
        action: 'childcare.scheduleMeeting',
        recordType: 'commission_meeting',
        organisationId: commission.organisationId,
      },
    ),
  );
}

/** A child already waiting for the commission's decision is not brought to it twice. */
export async function submitRequest(
  db: Database,
  context: AuditContext,
  commission: CommissionRow,
  input: { personId: string; requestedOn: string; institutionId: string | null; reason: string },
) {
  return db.transaction(async (tx) => {
    const [waiting] = await tx
      .select({ id: gatekeepingRequests.id })
      .from(gatekeepingRequests)
      .where(
        and(
          eq(gatekeepingRequests.commissionId, commission.id),
          eq(gatekeepingRequests.personId, input.personId),
          isNull(gatekeepingRequests.outcome),
        ),
      );
    if (waiting) throw invalidField('personId', 'childcare.requestWaiting');
    await placeUnderChildProtection(tx, input.personId);
    return insertAudited(
      tx,
      context,
      gatekeepingRequests,
      { ...input, commissionId: commission.id },
      {
        action: 'childcare.submitRequest',
        recordType: 'gatekeeping_request',
        organisationId: commission.organisationId,
      },
    );
  });
}

/**
 * The commission decides at one of its meetings, not before the request came; a decision keeping the child
 * at home names the services given to the family. A decision once taken is not taken again.
 */
export async function decideRequest(
  db: Database,
  context: AuditContext,
  commission: CommissionRow,
  request: RequestRow,
  input: GatekeepingDecisionInput,
) {
  if (request.outcome) throw invalidField('outcome', 'childcare.alreadyDecided');
  if (preventionMissing(input.outcome, input.preventionServices))
    throw invalidField('preventionServices', 'childcare.preventionNeeded');
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select()
      .from(commissionMeetings)
      .where(
        and(eq(commissionMeetings.id, input.meetingId), eq(commissionMeetings.commissionId, commission.id)),
      );
    if (!meeting) throw invalidField('meetingId', 'childcare.unknownMeeting');
    if (meeting.heldOn < request.requestedOn)
      throw invalidField('meetingId', 'childcare.meetingBeforeRequest');
    const after = await updateVersioned(tx, gatekeepingRequests, request.id, input.version, {
      meetingId: meeting.id,
      decidedOn: meeting.heldOn,
      outcome: input.outcome,
      reasons: input.reasons,
      preventionServices: input.preventionServices,
    });
    await recordAudit(tx, context, {
      action: 'childcare.decideRequest',
      recordType: 'gatekeeping_request',
      recordId: request.id,
      organisationId: commission.organisationId,
      before: { outcome: null },
      after: {
        outcome: after.outcome,
        decidedOn: after.decidedOn,
        preventionServices: after.preventionServices,
      },
    });
    return after;
  });
}
