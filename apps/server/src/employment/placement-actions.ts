import { type Database, placementFollowUps, placements } from '@birge/db';
import { type CreatePlacementInput, type FollowUpInput, followUpProblem, today } from '@birge/domain';
import { asc, eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import type { MessageKey } from '../i18n/translate';
import { inserted } from '../records/inserted';
import { updateVersioned } from '../records/update-versioned';

export type PlacementRow = typeof placements.$inferSelect;

/** A person starts a job; the organisation supporting them follows the placement up from here. A job is recorded once. */
export async function recordPlacement(
  db: Database,
  context: AuditContext,
  organisationId: string,
  input: CreatePlacementInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(placements)
      .values({ ...input, organisationId, recordedBy: context.actorId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw invalidField('startedOn', 'employment.placementExists');
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

/**
 * One follow-up at each of 1, 3 and 6 months, under the domain's rules. One that finds the person no longer
 * employed ends the placement on the day they left, with the reason. The placement is locked while its
 * follow-ups are read, so two follow-ups recorded at once cannot both pass the rules.
 */
export async function recordFollowUp(
  db: Database,
  context: AuditContext,
  placement: PlacementRow,
  input: FollowUpInput,
) {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(placements).where(eq(placements.id, placement.id)).for('update');
    const current = inserted(locked);
    const recorded = await tx
      .select()
      .from(placementFollowUps)
      .where(eq(placementFollowUps.placementId, placement.id))
      .orderBy(asc(placementFollowUps.months));
    const broken = followUpProblem(current.startedOn, recorded, input, today());
    if (broken)
      throw invalidField(broken.field, `employment.followUp.${broken.problem}` as MessageKey, broken.values);
    const { endedOn, leavingReason, ...fields } = input;
    const row = inserted(
      (
        await tx
          .insert(placementFollowUps)
          .values({ placementId: placement.id, ...fields, recordedBy: context.actorId })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'employment.placement.followUp',
      recordType: 'placement_follow_up',
      recordId: row.id,
      organisationId: placement.organisationId,
      after: row,
    });
    if (!input.stillEmployed) {
      const ended = await updateVersioned(tx, placements, placement.id, current.version, {
        endedOn: endedOn ?? null,
        leavingReason: leavingReason ?? null,
      });
      await recordAudit(tx, context, {
        action: 'employment.placement.end',
        recordType: 'placement',
        recordId: placement.id,
        organisationId: placement.organisationId,
        before: current,
        after: ended,
      });
    }
    return row;
  });
}
