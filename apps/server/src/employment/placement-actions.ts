import { type Database, placementFollowUps, placements } from '@birge/db';
import type { CreatePlacementInput, FollowUpInput } from '@birge/domain';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { inserted } from '../records/inserted';

export type PlacementRow = typeof placements.$inferSelect;

/** A person starts a job; the organisation supporting them follows the placement up from here. */
export async function recordPlacement(
  db: Database,
  context: AuditContext,
  organisationId: string,
  input: CreatePlacementInput,
) {
  return db.transaction(async (tx) => {
    const row = inserted(
      (
        await tx
          .insert(placements)
          .values({ ...input, organisationId, recordedBy: context.actorId })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'employment.placement.create',
      recordType: 'placement',
      recordId: row.id,
      organisationId,
      after: row,
    });
    return row;
  });
}

/** One follow-up at each of 1, 3 and 6 months, checked no earlier than the start. */
export async function recordFollowUp(
  db: Database,
  context: AuditContext,
  placement: PlacementRow,
  input: FollowUpInput,
) {
  if (input.checkedOn < placement.startedOn) throw invalidField('checkedOn', 'employment.beforeStart');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(placementFollowUps)
      .values({ placementId: placement.id, ...input, recordedBy: context.actorId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw invalidField('months', 'employment.followUpDone');
    await recordAudit(tx, context, {
      action: 'employment.placement.followUp',
      recordType: 'placement_follow_up',
      recordId: row.id,
      organisationId: placement.organisationId,
      after: row,
    });
    return row;
  });
}
