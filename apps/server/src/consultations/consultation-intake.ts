import { consultationMessages, consultations, organisations, regions, type Transaction } from '@birge/db';
import {
  type Attachment,
  type ConsultationChannel,
  type ConsultationTopic,
  type Language,
  personMayRate,
  personMayReply,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import { type ArticleHit, searchArticles } from '../knowledge/knowledge-queries';
import type { ConsultationRow } from './consultation-queries';

/**
 * What a person does with their question, from the bot or the public page: ask, accept or refuse the
 * knowledge-base answers offered, reply in the thread, rate the answer. Each runs inside the caller's
 * transaction (the bot also moves its chat on) and writes its audit entry — ids and statuses, never texts.
 */

export type QuestionInput = {
  organisationId: string;
  channel: ConsultationChannel;
  topic: ConsultationTopic;
  language: Language;
  text: string;
  attachments: Attachment[];
  botChatId?: string | null;
  publicTokenHash?: string | null;
  contactName?: string;
  contact?: string;
  /** Offer knowledge-base answers first (the bot); the public page shows them before the form instead. */
  suggest: boolean;
};

async function audit(
  tx: Transaction,
  context: AuditContext,
  row: ConsultationRow,
  action: string,
  after: Record<string, unknown>,
) {
  await recordAudit(tx, context, {
    action: `consultation.${action}`,
    recordType: 'consultation',
    recordId: row.id,
    organisationId: row.organisationId,
    after,
  });
}

async function countryOf(tx: Transaction, organisationId: string): Promise<'KG' | 'KZ' | undefined> {
  const [row] = await tx
    .select({ country: regions.country })
    .from(organisations)
    .innerJoin(regions, eq(regions.id, organisations.regionId))
    .where(eq(organisations.id, organisationId));
  return row?.country === 'KG' || row?.country === 'KZ' ? row.country : undefined;
}

/** Knowledge-base answers for a question: of its topic first, else of any topic; the holder's country's law. */
export async function suggestArticles(
  tx: Transaction,
  input: { organisationId: string; topic: ConsultationTopic; language: Language; text: string },
  limit = 3,
): Promise<ArticleHit[]> {
  if (!input.text.trim()) return [];
  const country = await countryOf(tx, input.organisationId);
  const filter = { q: input.text, language: input.language, country, limit };
  const ofTopic = await searchArticles(tx, { ...filter, topic: input.topic });
  return ofTopic.length ? ofTopic : searchArticles(tx, filter);
}

export async function receiveQuestion(tx: Transaction, context: AuditContext, input: QuestionInput) {
  const suggestions = input.suggest ? await suggestArticles(tx, input) : [];
  const now = new Date();
  const status = suggestions.length ? 'suggested' : 'waiting';
  const [row] = await tx
    .insert(consultations)
    .values({
      organisationId: input.organisationId,
      channel: input.channel,
      topic: input.topic,
      language: input.language,
      status,
      botChatId: input.botChatId ?? null,
      publicTokenHash: input.publicTokenHash ?? null,
      contactName: input.contactName ?? '',
      contact: input.contact ?? '',
      askedAt: now,
      waitingSince: status === 'waiting' ? now : null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await tx.insert(consultationMessages).values({
    consultationId: row.id,
    kind: 'person',
    body: input.text,
    attachments: input.attachments,
    createdAt: now,
  });
  await audit(tx, context, row, 'ask', {
    channel: row.channel,
    topic: row.topic,
    language: row.language,
    status: row.status,
    suggested: suggestions.map((s) => s.articleId),
  });
  return { consultation: row, suggestions };
}

/** The person's verdict on the articles offered: answered (the question ends there) or ask an expert. */
export async function resolveSuggestion(
  tx: Transaction,
  context: AuditContext,
  row: ConsultationRow,
  helped: boolean,
) {
  if (row.status !== 'suggested') return row;
  const now = new Date();
  const [after] = await tx
    .update(consultations)
    .set(
      helped
        ? { status: 'self_served', closedAt: now, updatedAt: now, version: row.version + 1 }
        : { status: 'waiting', waitingSince: now, updatedAt: now, version: row.version + 1 },
    )
    .where(and(eq(consultations.id, row.id), eq(consultations.status, 'suggested')))
    .returning();
  if (!after) return row;
  await audit(tx, context, row, helped ? 'selfServed' : 'toExpert', { status: after.status });
  return after;
}

/** The person writes again in the thread: the question goes back to the expert who has it, or to the queue. */
export async function addPersonReply(
  tx: Transaction,
  context: AuditContext,
  row: ConsultationRow,
  input: { text: string; attachments: Attachment[] },
) {
  if (!personMayReply(row.status)) throw new AppError(409, 'consultations.closed');
  const now = new Date();
  const [message] = await tx
    .insert(consultationMessages)
    .values({
      consultationId: row.id,
      kind: 'person',
      body: input.text,
      attachments: input.attachments,
      createdAt: now,
    })
    .returning();
  if (!message) throw new Error('insert returned no row');
  const waiting = row.status === 'answered' || row.status === 'suggested';
  const [after] = await tx
    .update(consultations)
    .set({
      updatedAt: now,
      version: row.version + 1,
      ...(waiting ? { status: row.expertId ? 'in_progress' : 'waiting', waitingSince: now } : {}),
    })
    .where(eq(consultations.id, row.id))
    .returning();
  await audit(tx, context, row, 'reply', { messageId: message.id, status: after?.status ?? row.status });
  return { consultation: after ?? row, message };
}

export async function rateConsultation(
  tx: Transaction,
  context: AuditContext,
  row: ConsultationRow,
  rating: number,
) {
  if (!personMayRate(row.status, row.firstAnsweredAt !== null))
    throw new AppError(409, 'consultations.notAnswered');
  const now = new Date();
  const [after] = await tx
    .update(consultations)
    .set({ rating, ratedAt: now, updatedAt: now, version: row.version + 1 })
    .where(eq(consultations.id, row.id))
    .returning();
  await audit(tx, context, row, 'rate', { rating });
  return after ?? row;
}
