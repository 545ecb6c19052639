import { type Database, volunteerHours, volunteers } from '@birge/db';
import {
  expertHasArea,
  type RegisterVolunteerInput,
  type UpdateVolunteerInput,
  type VolunteerHoursInput,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';
import type { VolunteerRow } from './volunteer-queries';

/** A person joins the organisation's roster, once. */
export async function registerVolunteer(db: Database, context: AuditContext, input: RegisterVolunteerInput) {
  if (!expertHasArea(input)) throw invalidField('expertise', 'volunteers.expertiseNeeded');
  return db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: volunteers.id })
      .from(volunteers)
      .where(
        and(eq(volunteers.organisationId, input.organisationId), eq(volunteers.personId, input.personId)),
      );
    if (already) throw invalidField('personId', 'volunteers.alreadyOnRoster');
    const [row] = await tx.insert(volunteers).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'volunteer.create',
      recordType: 'volunteer',
      recordId: row.id,
      organisationId: row.organisationId,
      after: row,
    });
    return row;
  });
}

export async function updateVolunteer(
  db: Database,
  context: AuditContext,
  volunteer: VolunteerRow,
  input: UpdateVolunteerInput,
) {
  const { version, ...changes } = input;
  const expert = changes.expert ?? volunteer.expert;
  const expertise = changes.expertise ?? volunteer.expertise;
  if (!expertHasArea({ expert, expertise })) throw invalidField('expertise', 'volunteers.expertiseNeeded');
  return db.transaction(async (tx) => {
    const updated = await updateVersioned(tx, volunteers, volunteer.id, version, changes);
    await recordAudit(tx, context, {
      action: 'volunteer.update',
      recordType: 'volunteer',
      recordId: volunteer.id,
      organisationId: volunteer.organisationId,
      before: volunteer,
      after: updated,
    });
    return updated;
  });
}

export async function recordVolunteerHours(
  db: Database,
  context: AuditContext,
  volunteer: VolunteerRow,
  input: VolunteerHoursInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(volunteerHours)
      .values({ volunteerId: volunteer.id, ...input, recordedBy: context.actorId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'volunteer.recordHours',
      recordType: 'volunteer_hours',
      recordId: row.id,
      organisationId: volunteer.organisationId,
      after: row,
    });
    return row;
  });
}
