import { type Database, fairInterviews, fairRegistrations } from '@birge/db';
import type { FairRegistrationInput, InterviewOutcome, ScheduleInterviewInput } from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import type { LoadedActivity } from '../activities/load-activity';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { inserted } from '../records/inserted';
import { updateVersioned } from '../records/update-versioned';

/** A job seeker or an employer registers for the fair once, with what they need to take part. */
export async function registerForFair(
  db: Database,
  context: AuditContext,
  fair: LoadedActivity,
  input: FairRegistrationInput,
) {
  const values =
    input.role === 'job_seeker'
      ? { activityId: fair.id, role: input.role, personId: input.personId }
      : { activityId: fair.id, role: input.role, employerId: input.employerId };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(fairRegistrations)
      .values({ ...values, accessibilityNeeds: input.accessibilityNeeds, note: input.note })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw invalidField(
        input.role === 'job_seeker' ? 'personId' : 'employerId',
        'employment.alreadyRegistered',
      );
    await recordAudit(tx, context, {
      action: 'employment.fair.register',
      recordType: 'fair_registration',
      recordId: row.id,
      organisationId: fair.organisationId,
      after: row,
    });
    return row;
  });
}

/** An interview pairs a job seeker and an employer both registered for this fair. */
export async function scheduleInterview(
  db: Database,
  context: AuditContext,
  fair: LoadedActivity,
  input: ScheduleInterviewInput,
) {
  return db.transaction(async (tx) => {
    const registered = async (id: string, role: 'job_seeker' | 'employer') => {
      const [row] = await tx
        .select({ id: fairRegistrations.id })
        .from(fairRegistrations)
        .where(
          and(
            eq(fairRegistrations.id, id),
            eq(fairRegistrations.activityId, fair.id),
            eq(fairRegistrations.role, role),
          ),
        );
      return row !== undefined;
    };
    if (!(await registered(input.seekerRegistrationId, 'job_seeker')))
      throw invalidField('seekerRegistrationId', 'field.choice');
    if (!(await registered(input.employerRegistrationId, 'employer')))
      throw invalidField('employerRegistrationId', 'field.choice');
    const row = inserted(
      (
        await tx
          .insert(fairInterviews)
          .values({ activityId: fair.id, ...input, scheduledAt: new Date(input.scheduledAt) })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'employment.fair.interview',
      recordType: 'fair_interview',
      recordId: row.id,
      organisationId: fair.organisationId,
      after: row,
    });
    return row;
  });
}

export async function recordInterviewOutcome(
  db: Database,
  context: AuditContext,
  fair: LoadedActivity,
  interview: typeof fairInterviews.$inferSelect,
  input: { outcome: InterviewOutcome; note: string; version: number },
) {
  return db.transaction(async (tx) => {
    const updated = await updateVersioned(tx, fairInterviews, interview.id, input.version, {
      outcome: input.outcome,
      note: input.note,
    });
    await recordAudit(tx, context, {
      action: 'employment.fair.outcome',
      recordType: 'fair_interview',
      recordId: interview.id,
      organisationId: fair.organisationId,
      before: interview,
      after: updated,
    });
    return updated;
  });
}
