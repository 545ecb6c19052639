import {
  careInstitutions,
  type Database,
  institutionCounts,
  organisations,
  reorganisationMilestones,
} from '@birge/db';
import {
  type InstitutionCountInput,
  inFuture,
  type RegisterInstitutionInput,
  workToday,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { insertAudited, markDoneAudited } from './audited-write';
import type { InstitutionRow } from './institution-queries';

/** Only an organisation of the residential-institution type is reorganised, and once. */
export async function registerInstitution(
  db: Database,
  context: AuditContext,
  input: RegisterInstitutionInput,
) {
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ type: organisations.type })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (organisation?.type !== 'residential_institution')
      throw invalidField('organisationId', 'childcare.notAnInstitution');
    const [already] = await tx
      .select({ id: careInstitutions.id })
      .from(careInstitutions)
      .where(eq(careInstitutions.organisationId, input.organisationId));
    if (already) throw invalidField('organisationId', 'childcare.institutionRegistered');
    return insertAudited(tx, context, careInstitutions, input, {
      action: 'childcare.registerInstitution',
      recordType: 'care_institution',
      organisationId: input.organisationId,
    });
  });
}

/** A day's count, taken by now, replaces what was counted that day before: a recount corrects, it does not add. */
export async function recordInstitutionCount(
  db: Database,
  context: AuditContext,
  institution: InstitutionRow,
  input: InstitutionCountInput,
) {
  if (inFuture(input.countedOn, workToday())) throw invalidField('countedOn', 'childcare.inFuture');
  const groups = new Set(input.rows.map((r) => `${r.ageBand}|${r.sex}|${r.disability}`));
  if (groups.size !== input.rows.length) throw invalidField('rows', 'childcare.groupTwice');
  return db.transaction(async (tx) => {
    const before = await tx
      .delete(institutionCounts)
      .where(
        and(
          eq(institutionCounts.institutionId, institution.id),
          eq(institutionCounts.countedOn, input.countedOn),
        ),
      )
      .returning();
    const rows = await tx
      .insert(institutionCounts)
      .values(
        input.rows.map((row) => ({ ...row, institutionId: institution.id, countedOn: input.countedOn })),
      )
      .returning();
    await recordAudit(tx, context, {
      action: 'childcare.countChildren',
      recordType: 'care_institution',
      recordId: institution.id,
      organisationId: institution.organisationId,
      before: before.length ? { countedOn: input.countedOn, rows: before } : null,
      after: { countedOn: input.countedOn, rows },
    });
    return { countedOn: input.countedOn, children: rows.reduce((sum, r) => sum + r.children, 0) };
  });
}

export async function addMilestone(
  db: Database,
  context: AuditContext,
  institution: InstitutionRow,
  input: { kind: (typeof reorganisationMilestones.$inferInsert)['kind']; title: string; dueOn: string },
) {
  return db.transaction((tx) =>
    insertAudited(
      tx,
      context,
      reorganisationMilestones,
      { ...input, institutionId: institution.id },
      {
        action: 'childcare.addMilestone',
        recordType: 'reorganisation_milestone',
        organisationId: institution.organisationId,
      },
    ),
  );
}

export async function markMilestoneDone(
  db: Database,
  context: AuditContext,
  institution: InstitutionRow,
  milestone: typeof reorganisationMilestones.$inferSelect,
  input: { doneOn: string; version: number },
) {
  if (inFuture(input.doneOn, workToday())) throw invalidField('doneOn', 'childcare.inFuture');
  return markDoneAudited(db, context, reorganisationMilestones, milestone, input, {
    action: 'childcare.milestoneDone',
    recordType: 'reorganisation_milestone',
    organisationId: institution.organisationId,
  });
}
