import { cases, caseTasks, memberships, type Queryable, type Transaction, users } from '@birge/db';
import { escalationRecipients, workToday } from '@birge/domain';
import { and, arrayContains, arrayOverlaps, asc, eq } from 'drizzle-orm';
import { writeDomainEvent } from '../events/domain-events';

type CaseRow = typeof cases.$inferSelect;

/** The organisation's supervisors of work with children: its coordinators and administrators in child protection. */
export async function childProtectionSupervisors(db: Queryable, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(users.active, true),
        arrayContains(memberships.roles, ['child_protection']),
        arrayOverlaps(memberships.roles, ['coordinator', 'administrator']),
      ),
    )
    .orderBy(asc(users.name));
  return rows.map((r) => r.id);
}

/** Why a concern was raised about a placement: a visit's findings or its carer no longer caring. */
export type ConcernCause = { visitId: string } | { carerId: string };

/**
 * A concern about a child's placement becomes a task due today for the case's worker and its supervisor (the
 * organisation's supervisors when the case names none), and a `childcare.concern_raised` event, so that a
 * notification follows after commit. Returns who the tasks went to.
 */
export async function raiseConcern(
  tx: Transaction,
  caseRow: CaseRow,
  concern: { placementId: string; title: string; cause: ConcernCause },
): Promise<string[]> {
  const supervisors = caseRow.supervisorId
    ? []
    : await childProtectionSupervisors(tx, caseRow.organisationId);
  const recipients = escalationRecipients(true, caseRow, supervisors);
  if (recipients.length === 0) return [];
  const tasks = await tx
    .insert(caseTasks)
    .values(
      recipients.map((assigneeId) => ({
        caseId: caseRow.id,
        title: concern.title.slice(0, 200),
        assigneeId,
        dueOn: workToday(),
      })),
    )
    .returning({ id: caseTasks.id });
  await tx.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, caseRow.id));
  await writeDomainEvent(tx, 'childcare.concern_raised', {
    caseId: caseRow.id,
    placementId: concern.placementId,
    taskIds: tasks.map((t) => t.id),
    visitId: 'visitId' in concern.cause ? concern.cause.visitId : null,
    carerId: 'carerId' in concern.cause ? concern.cause.carerId : null,
  });
  return recipients;
}
