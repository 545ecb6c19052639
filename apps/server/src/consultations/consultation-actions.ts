import {
  consultationMessages,
  consultations,
  type Database,
  knowledgeArticles,
  memberships,
  type Transaction,
} from '@birge/db';
import {
  type answerConsultationSchema,
  type handOverConsultationSchema,
  mayReceiveConsultation,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { writeDomainEvent } from '../events/domain-events';
import { invalidField } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';
import type { ConsultationRow } from './consultation-queries';

/**
 * The expert desk's actions. Each runs in one transaction with its audit entry. The audit records what
 * happened (status, who, which message) but never the words of a question or an answer: those can be
 * forgotten on the person's request, the audit trail cannot.
 */

async function audit(
  tx: Transaction,
  context: AuditContext,
  row: ConsultationRow,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
) {
  await recordAudit(tx, context, {
    action: `consultation.${action}`,
    recordType: 'consultation',
    recordId: row.id,
    organisationId: row.organisationId,
    before,
    after,
  });
}

export async function claimConsultation(
  db: Database,
  context: AuditContext,
  row: ConsultationRow,
  version: number,
) {
  return db.transaction(async (tx) => {
    const after = await updateVersioned(tx, consultations, row.id, version, {
      expertId: context.actorId,
      status: 'in_progress',
      waitingSince: row.waitingSince ?? new Date(),
    });
    await audit(
      tx,
      context,
      row,
      'claim',
      { expertId: row.expertId, status: row.status },
      {
        expertId: after.expertId,
        status: after.status,
      },
    );
    return after;
  });
}

/**
 * The expert's answer: written to the thread, the question marked answered, and a `consultation.answered`
 * event in the same transaction — the bot delivers it to Telegram after commit, never inside this request.
 */
export async function answerConsultation(
  db: Database,
  context: AuditContext,
  row: ConsultationRow,
  input: z.infer<typeof answerConsultationSchema>,
) {
  return db.transaction(async (tx) => {
    if (input.articleId) {
      const [article] = await tx
        .select({ id: knowledgeArticles.id })
        .from(knowledgeArticles)
        .where(eq(knowledgeArticles.id, input.articleId));
      if (!article) throw invalidField('articleId', 'field.choice');
    }
    const now = new Date();
    const after = await updateVersioned(tx, consultations, row.id, input.version, {
      status: 'answered',
      expertId: row.expertId ?? context.actorId,
      answeredAt: now,
      firstAnsweredAt: row.firstAnsweredAt ?? now,
      waitingSince: null,
    });
    const [message] = await tx
      .insert(consultationMessages)
      .values({
        consultationId: row.id,
        kind: 'expert',
        body: input.text,
        authorId: context.actorId,
        articleId: input.articleId,
        createdAt: now,
      })
      .returning();
    if (!message) throw new Error('insert returned no row');
    await writeDomainEvent(tx, 'consultation.answered', { consultationId: row.id, messageId: message.id });
    await audit(
      tx,
      context,
      row,
      'answer',
      { status: row.status },
      {
        status: after.status,
        messageId: message.id,
        articleId: input.articleId,
      },
    );
    return { consultation: after, message };
  });
}

/** A note for the experts only; the person never sees it. */
export async function addConsultationNote(
  db: Database,
  context: AuditContext,
  row: ConsultationRow,
  text: string,
) {
  return db.transaction(async (tx) => {
    const [message] = await tx
      .insert(consultationMessages)
      .values({
        consultationId: row.id,
        kind: 'note',
        body: text,
        authorId: context.actorId,
        createdAt: new Date(),
      })
      .returning();
    if (!message) throw new Error('insert returned no row');
    await tx.update(consultations).set({ updatedAt: new Date() }).where(eq(consultations.id, row.id));
    await audit(tx, context, row, 'note', null, { messageId: message.id });
    return message;
  });
}

/** Hands the question to another expert of the holding organisation, with an optional note to them. */
export async function handOverConsultation(
  db: Database,
  context: AuditContext,
  row: ConsultationRow,
  input: z.infer<typeof handOverConsultationSchema>,
) {
  return db.transaction(async (tx) => {
    const [membership] = await tx
      .select({ roles: memberships.roles })
      .from(memberships)
      .where(and(eq(memberships.userId, input.expertId), eq(memberships.organisationId, row.organisationId)));
    if (!membership || !mayReceiveConsultation(membership.roles))
      throw invalidField('expertId', 'field.choice');
    const after = await updateVersioned(tx, consultations, row.id, input.version, {
      expertId: input.expertId,
      status: row.status === 'waiting' ? 'in_progress' : row.status,
      waitingSince: row.waitingSince ?? (row.status === 'answered' ? null : new Date()),
    });
    if (input.note) {
      await tx.insert(consultationMessages).values({
        consultationId: row.id,
        kind: 'note',
        body: input.note,
        authorId: context.actorId,
        createdAt: new Date(),
      });
    }
    await audit(tx, context, row, 'handOver', { expertId: row.expertId }, { expertId: after.expertId });
    return after;
  });
}

export async function closeConsultation(
  db: Database,
  context: AuditContext,
  row: ConsultationRow,
  version: number,
) {
  return db.transaction(async (tx) => {
    const after = await updateVersioned(tx, consultations, row.id, version, {
      status: 'closed',
      closedAt: new Date(),
      waitingSince: null,
    });
    await audit(tx, context, row, 'close', { status: row.status }, { status: after.status });
    return after;
  });
}
