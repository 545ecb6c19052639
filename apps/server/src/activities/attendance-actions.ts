import { activities, attendanceCounts, attendees, type Database, type Transaction } from '@birge/db';
import {
  type Actor,
  type AttendanceCountRow,
  can,
  personPolicy,
  type registerAttendeeSchema,
  today,
} from '@birge/domain';
import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, invalidField, notFound } from '../http/app-error';
import { findPersonWithSubject } from '../persons/person-access';
import type { LoadedActivity } from './load-activity';

/** Registrations of one activity wait on each other, so two at once cannot both take its last place. */
async function lockActivity(tx: Transaction, activityId: string) {
  await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, activityId)).for('update');
}

/** The day a moment falls on in Bishkek (UTC+6 all year), as the indicator sources place it. */
const dayOf = (at: Date) => new Date(at.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);

/** A person from the registry the actor works with, in a role; participants only while places are left. */
export async function registerAttendee(
  db: Database,
  context: AuditContext,
  actor: Actor,
  activity: LoadedActivity,
  input: z.infer<typeof registerAttendeeSchema>,
) {
  return db.transaction(async (tx) => {
    const found = await findPersonWithSubject(tx, input.personId);
    // A person the actor may not see is answered like one that does not exist.
    if (!found || found.person.mergedIntoId || !can(personPolicy, actor, 'read', found.subject))
      throw invalidField('personId', 'field.choice');
    await lockActivity(tx, activity.id);
    const [already] = await tx
      .select({ id: attendees.id })
      .from(attendees)
      .where(and(eq(attendees.activityId, activity.id), eq(attendees.personId, input.personId)));
    if (already) throw invalidField('personId', 'activities.alreadyRegistered');
    const [counted] = await tx
      .select({ n: count() })
      .from(attendanceCounts)
      .where(eq(attendanceCounts.activityId, activity.id));
    if ((counted?.n ?? 0) > 0) throw new AppError(409, 'activities.countedAttendance');
    if (input.role === 'participant' && activity.capacity !== null) {
      const [taken] = await tx
        .select({ n: count() })
        .from(attendees)
        .where(and(eq(attendees.activityId, activity.id), eq(attendees.role, 'participant')));
      if ((taken?.n ?? 0) >= activity.capacity)
        throw new AppError(409, 'activities.full', { capacity: activity.capacity });
    }
    const [row] = await tx
      .insert(attendees)
      .values({ activityId: activity.id, personId: input.personId, role: input.role })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'attendee.register',
      recordType: 'attendee',
      recordId: row.id,
      organisationId: activity.organisationId,
      after: row,
    });
    return { id: row.id };
  });
}

async function attendeeOf(tx: Transaction, activity: LoadedActivity, attendeeId: string) {
  const [row] = await tx
    .select()
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.activityId, activity.id)));
  if (!row) throw notFound();
  return row;
}

/** Marks a training completed on a day (today by default), or takes the completion back. */
export async function markCompletion(
  db: Database,
  context: AuditContext,
  activity: LoadedActivity,
  attendeeId: string,
  input: { completed: boolean; completedOn: string | null },
) {
  return db.transaction(async (tx) => {
    if (activity.type !== 'training')
      throw invalidField('completed', 'activities.completionOnlyForTrainings');
    const before = await attendeeOf(tx, activity, attendeeId);
    const completedOn = input.completed ? (input.completedOn ?? today()) : null;
    if (completedOn && completedOn < dayOf(activity.startsAt))
      throw invalidField('completedOn', 'activities.completionBeforeStart');
    const [after] = await tx
      .update(attendees)
      .set({ completedOn, updatedAt: new Date() })
      .where(eq(attendees.id, attendeeId))
      .returning();
    await recordAudit(tx, context, {
      action: 'attendee.complete',
      recordType: 'attendee',
      recordId: attendeeId,
      organisationId: activity.organisationId,
      before,
      after,
    });
    return { id: attendeeId, completedOn };
  });
}

export async function removeAttendee(
  db: Database,
  context: AuditContext,
  activity: LoadedActivity,
  attendeeId: string,
) {
  await db.transaction(async (tx) => {
    const before = await attendeeOf(tx, activity, attendeeId);
    await tx.delete(attendees).where(eq(attendees.id, attendeeId));
    await recordAudit(tx, context, {
      action: 'attendee.remove',
      recordType: 'attendee',
      recordId: attendeeId,
      organisationId: activity.organisationId,
      before,
    });
  });
}

/**
 * The counted sheet replaces the one before it; rows of the same group are added together. An activity's
 * attendance is either named or counted, never both, or the same people would be counted twice; the sheet's
 * participants fit the activity's places as named ones do.
 */
export async function replaceAttendanceCounts(
  db: Database,
  context: AuditContext,
  activity: LoadedActivity,
  rows: AttendanceCountRow[],
) {
  const merged = new Map<string, AttendanceCountRow>();
  for (const row of rows) {
    const key = `${row.sex}|${row.ageBand}|${row.disability}|${row.role}`;
    const same = merged.get(key);
    merged.set(key, same ? { ...same, count: same.count + row.count } : row);
  }
  const participants = [...merged.values()]
    .filter((row) => row.role === 'participant')
    .reduce((sum, row) => sum + row.count, 0);
  return db.transaction(async (tx) => {
    await lockActivity(tx, activity.id);
    if (merged.size > 0) {
      const [named] = await tx
        .select({ n: count() })
        .from(attendees)
        .where(eq(attendees.activityId, activity.id));
      if ((named?.n ?? 0) > 0) throw new AppError(409, 'activities.namedAttendance');
    }
    if (activity.capacity !== null && participants > activity.capacity)
      throw new AppError(409, 'activities.sheetOverCapacity', {
        count: participants,
        capacity: activity.capacity,
      });
    const before = await tx
      .delete(attendanceCounts)
      .where(eq(attendanceCounts.activityId, activity.id))
      .returning();
    const after = [...merged.values()];
    if (after.length)
      await tx.insert(attendanceCounts).values(after.map((row) => ({ ...row, activityId: activity.id })));
    await recordAudit(tx, context, {
      action: 'activity.count_attendance',
      recordType: 'activity',
      recordId: activity.id,
      organisationId: activity.organisationId,
      before: { counts: before.map(({ id: _id, activityId: _a, ...row }) => row) },
      after: { counts: after },
    });
    return { rows: after, total: after.reduce((sum, row) => sum + row.count, 0) };
  });
}
