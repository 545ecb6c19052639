import {
  commissionMeetings,
  commissionMembers,
  type Database,
  gatekeepingCommissions,
  gatekeepingRequests,
  organisations,
} from '@birge/db';
import {
  decisionMeetingRefusal,
  type GatekeepingDecisionInput,
  inFuture,
  preventionMissing,
  workToday,
} from '@birge/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { placeUnderChildProtection } from '../persons/person-actions';
import { updateVersioned } from '../records/update-versioned';
import { assertRegionExists } from '../regions/region-queries';
import { insertAudited } from './audited-write';
import type { CommissionRow, RequestRow } from './gatekeeping-queries';
import { findInstitution } from './institution-queries';
import { refused } from './refused';

/** A commission without a region of its own sits where its organisation is. */
export async function createCommission(
  db: Database,
  context: AuditContext,
  input: { organisationId: string; name: string; regionId: string | null },
) {
  return db.transaction(async (tx) => {
    await assertRegionExists(tx, input.regionId);
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

/**
 * A child already waiting for the commission's decision is not brought to it twice; a request names an
 * institution Birge knows, and comes on a day that has passed.
 */
export async function submitRequest(
  db: Database,
  context: AuditContext,
  commission: CommissionRow,
  input: { personId: string; requestedOn: string; institutionId: string | null; reason: string },
) {
  if (inFuture(input.requestedOn, workToday())) throw invalidField('requestedOn', 'childcare.inFuture');
  return db.transaction(async (tx) => {
    if (input.institutionId && !(await findInstitution(tx, input.institutionId)))
      throw invalidField('institutionId', 'childcare.unknownInstitution');
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
 * The commission decides at one of its meetings already held, not before the request came; a decision keeping
 * the child at home names the services given to the family. A decision once taken is taken again only as a
 * correction, with its reason, which the audit trail keeps beside what the decision was.
 */
export async function decideRequest(
  db: Database,
  context: AuditContext,
  commission: CommissionRow,
  request: RequestRow,
  input: GatekeepingDecisionInput,
) {
  const correcting = input.correction !== '';
  if (request.outcome && !correcting) throw invalidField('outcome', 'childcare.alreadyDecided');
  if (!request.outcome && correcting) throw invalidField('correction', 'childcare.notDecidedYet');
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
    const refusal = decisionMeetingRefusal(meeting.heldOn, request.requestedOn, workToday());
    if (refusal) throw refused(refusal);
    const after = await updateVersioned(tx, gatekeepingRequests, request.id, input.version, {
      meetingId: meeting.id,
      decidedOn: meeting.heldOn,
      outcome: input.outcome,
      reasons: input.reasons,
      preventionServices: input.preventionServices,
    });
    const decision = (row: RequestRow) => ({
      outcome: row.outcome,
      decidedOn: row.decidedOn,
      reasons: row.reasons,
      preventionServices: row.preventionServices,
    });
    await recordAudit(tx, context, {
      action: correcting ? 'childcare.correctDecision' : 'childcare.decideRequest',
      recordType: 'gatekeeping_request',
      recordId: request.id,
      organisationId: commission.organisationId,
      before: decision(request),
      after: { ...decision(after), ...(correcting ? { correction: input.correction } : {}) },
    });
    return after;
  });
}
