import { caseGoals, caseNeeds, caseNotes, cases, caseTasks, type Database } from '@birge/db';
import {
  type CaseState,
  type CaseTransitionInput,
  isChildProtectionCase,
  type openCaseSchema,
  transitionCase,
} from '@birge/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../http/app-error';
import { placeUnderChildProtection } from '../persons/person-actions';
import { updateVersioned } from '../records/update-versioned';

type CaseRow = typeof cases.$inferSelect;

export async function openCase(
  db: Database,
  context: AuditContext,
  organisationId: string,
  input: z.infer<typeof openCaseSchema>,
) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(cases)
      .values({ ...input, organisationId, workerId: input.workerId ?? context.actorId })
      .returning();
    if (!created) throw new Error('insert returned no row');
    if (isChildProtectionCase(created.kind)) await placeUnderChildProtection(tx, created.personId);
    await recordAudit(tx, context, {
      action: 'case.open',
      recordType: 'case',
      recordId: created.id,
      organisationId,
      after: created,
    });
    return created;
  });
}

/** Adds one entry to a case file (a need, goal, task, service or note) and touches the case, audited. */
export async function appendToCase<T extends PgTable>(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  table: T,
  values: T['$inferInsert'],
  action: string,
) {
  return db.transaction(async (tx) => {
    const [created] = (await tx.insert(table).values(values).returning()) as { id: string }[];
    if (!created) throw new Error('insert returned no row');
    await tx.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, caseRow.id));
    await recordAudit(tx, context, {
      action,
      recordType: 'case',
      recordId: caseRow.id,
      organisationId: caseRow.organisationId,
      after: created,
    });
    return created;
  });
}

/** The assessment of needs replaces the earlier one domain by domain; the audit keeps what it was. */
export async function recordNeeds(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  needs: { domain: string; level: 'none' | 'low' | 'medium' | 'high'; notes: string }[],
) {
  return db.transaction(async (tx) => {
    const domains = needs.map((n) => n.domain);
    const before = await tx
      .delete(caseNeeds)
      .where(and(eq(caseNeeds.caseId, caseRow.id), inArray(caseNeeds.domain, domains)))
      .returning();
    const after = await tx
      .insert(caseNeeds)
      .values(needs.map((n) => ({ ...n, caseId: caseRow.id })))
      .returning();
    await tx.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, caseRow.id));
    const levels = (rows: { domain: string; level: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.domain, r.level]));
    await recordAudit(tx, context, {
      action: 'case.assessNeeds',
      recordType: 'case',
      recordId: caseRow.id,
      organisationId: caseRow.organisationId,
      before: levels(before),
      after: levels(after),
    });
    return after;
  });
}

export async function changeCaseState(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: CaseTransitionInput,
) {
  const verdict = transitionCase(caseRow.state as CaseState, input.to, {
    planApproved: caseRow.planApprovedAt !== null,
    closureApproved: caseRow.closureApprovedAt !== null,
    closureReason: input.closureReason,
    note: input.note,
  });
  if (!verdict.ok) throw new AppError(409, `cases.transition.${verdict.reason}`);
  return db.transaction(async (tx) => {
    const closing = input.to === 'closed';
    const reopening = caseRow.state === 'closed';
    const after = await updateVersioned(tx, cases, caseRow.id, input.version, {
      state: input.to,
      ...(closing
        ? { closedOn: new Date().toISOString().slice(0, 10), closureReason: input.closureReason ?? null }
        : {}),
      ...(reopening
        ? { closedOn: null, closureReason: null, closureApprovedAt: null, closureApprovedBy: null }
        : {}),
    });
    if (input.note) {
      await tx.insert(caseNotes).values({
        caseId: caseRow.id,
        kind: 'note',
        happenedOn: new Date().toISOString().slice(0, 10),
        text: input.note,
        authorId: context.actorId,
      });
    }
    await recordAudit(tx, context, {
      action: 'case.transition',
      recordType: 'case',
      recordId: caseRow.id,
      organisationId: caseRow.organisationId,
      before: { state: caseRow.state },
      after: { state: after.state, closureReason: after.closureReason },
    });
    return after;
  });
}

/** A supervisor signs off the plan or the closure; the case's own worker cannot (the policy says so). */
export async function approveCase(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  what: 'plan' | 'closure',
  version: number,
) {
  const now = new Date();
  const changes =
    what === 'plan'
      ? { planApprovedBy: context.actorId, planApprovedAt: now }
      : { closureApprovedBy: context.actorId, closureApprovedAt: now };
  return db.transaction(async (tx) => {
    const after = await updateVersioned(tx, cases, caseRow.id, version, changes);
    await recordAudit(tx, context, {
      action: `case.approve${what === 'plan' ? 'Plan' : 'Closure'}`,
      recordType: 'case',
      recordId: caseRow.id,
      organisationId: caseRow.organisationId,
      after: { approvedBy: context.actorId },
    });
    return after;
  });
}

export async function assignCase(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  input: { workerId: string | null; supervisorId?: string | null | undefined; version: number },
) {
  return db.transaction(async (tx) => {
    const { version, ...changes } = input;
    const after = await updateVersioned(tx, cases, caseRow.id, version, changes);
    await recordAudit(tx, context, {
      action: 'case.assign',
      recordType: 'case',
      recordId: caseRow.id,
      organisationId: caseRow.organisationId,
      before: { workerId: caseRow.workerId, supervisorId: caseRow.supervisorId },
      after: { workerId: after.workerId, supervisorId: after.supervisorId },
    });
    return after;
  });
}

/** Marks a goal achieved or dropped, or a task done, in the case's own records only. */
export async function updateCaseEntry(
  db: Database,
  context: AuditContext,
  caseRow: CaseRow,
  entry: {
    table: typeof caseGoals | typeof caseTasks;
    id: string;
    version: number;
    changes: Record<string, unknown>;
  },
  action: string,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(entry.table)
      .where(and(eq(entry.table.id, entry.id), eq(entry.table.caseId, caseRow.id)));
    if (!before) throw notFound();
    const after = await updateVersioned(
      tx,
      entry.table as typeof caseTasks,
      entry.id,
      entry.version,
      entry.changes,
    );
    await recordAudit(tx, context, {
      action,
      recordType: 'case',
      recordId: caseRow.id,
      organisationId: caseRow.organisationId,
      before,
      after,
    });
    return after;
  });
}
