import type { ConsultationDesk } from '@birge/bot';
import { botChats, consultationMessages, consultations, type Database, type Transaction } from '@birge/db';
import { type ConsultationTopic, responseTargetHours } from '@birge/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { consultationOrganisation } from './consultation-config';
import { addPersonReply, rateConsultation, receiveQuestion, resolveSuggestion } from './consultation-intake';
import { findConsultation } from './consultation-queries';

const telegram: AuditContext = { actorId: null, clientAddress: 'telegram' };

type ChatRow = typeof botChats.$inferSelect;

async function chatRow(tx: Database | Transaction, chatId: string): Promise<ChatRow | null> {
  const [row] = await tx.select().from(botChats).where(eq(botChats.chatId, chatId));
  return row ?? null;
}

/** The chat's own question, or null: a chat reaches only its own questions. */
async function ownConsultation(tx: Transaction, chat: ChatRow, consultationId: string) {
  const row = await findConsultation(tx, consultationId);
  return row && row.botChatId === chat.id ? row : null;
}

/**
 * The bot's desk: the consultations module's actions on the shared database, for a bot running inside the
 * server process. No personal data crosses another network hop; every step is one transaction.
 */
export function botDesk(db: Database, env: NodeJS.ProcessEnv = process.env): ConsultationDesk {
  return {
    async chat(chatId) {
      const row = await chatRow(db, chatId);
      return row
        ? {
            language: row.language,
            step: row.step,
            topic: row.topic,
            activeConsultationId: row.activeConsultationId,
            consentedAt: row.consentedAt,
          }
        : null;
    },

    async agree(chatId, input) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(botChats)
          .values({
            chatId,
            language: input.language,
            displayName: input.displayName,
            consentedAt: new Date(),
          })
          .onConflictDoUpdate({
            target: botChats.chatId,
            set: { language: input.language, updatedAt: new Date() },
          })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await recordAudit(tx, telegram, {
          action: 'botChat.consent',
          recordType: 'bot_chat',
          recordId: row.id,
          organisationId: null,
          after: { language: row.language, consentedAt: row.consentedAt },
        });
      });
    },

    async setLanguage(chatId, language) {
      await db.update(botChats).set({ language, updatedAt: new Date() }).where(eq(botChats.chatId, chatId));
    },

    async chooseTopic(chatId, topic) {
      await db
        .update(botChats)
        .set({ step: 'asking', topic, updatedAt: new Date() })
        .where(eq(botChats.chatId, chatId));
    },

    async ask(chatId, input) {
      return db.transaction(async (tx) => {
        const chat = await chatRow(tx, chatId);
        if (!chat || chat.step !== 'asking' || !chat.topic) return null;
        const holder = await consultationOrganisation(tx, env);
        if (!holder)
          throw new Error('no organisation holds consultations: set BIRGE_CONSULTATION_ORGANISATION');
        const { consultation, suggestions } = await receiveQuestion(tx, telegram, {
          organisationId: holder.id,
          channel: 'telegram',
          topic: chat.topic,
          language: chat.language,
          text: input.text,
          attachments: input.attachments,
          botChatId: chat.id,
          contactName: chat.displayName,
          suggest: true,
        });
        await tx
          .update(botChats)
          .set({ step: 'menu', topic: null, activeConsultationId: consultation.id, updatedAt: new Date() })
          .where(eq(botChats.id, chat.id));
        return {
          consultationId: consultation.id,
          suggestions: suggestions.map((s) => ({
            articleId: s.articleId,
            title: s.title,
            body: s.body,
            language: s.language,
            fallback: s.fallback,
          })),
          targetHours: responseTargetHours[chat.topic as ConsultationTopic],
        };
      });
    },

    async resolveSuggestion(chatId, consultationId, helped) {
      return db.transaction(async (tx) => {
        const chat = await chatRow(tx, chatId);
        const row = chat ? await ownConsultation(tx, chat, consultationId) : null;
        if (!row) return null;
        const after = await resolveSuggestion(tx, telegram, row, helped);
        return { status: after.status, targetHours: responseTargetHours[after.topic] };
      });
    },

    async reply(chatId, input) {
      return db.transaction(async (tx) => {
        const chat = await chatRow(tx, chatId);
        if (!chat?.activeConsultationId) return null;
        const row = await ownConsultation(tx, chat, chat.activeConsultationId);
        if (!row || row.status === 'closed' || row.status === 'self_served') return null;
        await addPersonReply(tx, telegram, row, input);
        return { consultationId: row.id };
      });
    },

    async rate(chatId, consultationId, rating) {
      return db.transaction(async (tx) => {
        const chat = await chatRow(tx, chatId);
        const row = chat ? await ownConsultation(tx, chat, consultationId) : null;
        if (!row || row.firstAnsweredAt === null) return false;
        await rateConsultation(tx, telegram, row, rating);
        return true;
      });
    },

    async myData(chatId) {
      const chat = await chatRow(db, chatId);
      if (!chat) return null;
      const rows = await db
        .select()
        .from(consultations)
        .where(eq(consultations.botChatId, chat.id))
        .orderBy(consultations.askedAt);
      const messages = rows.length
        ? await db
            .select({
              consultationId: consultationMessages.consultationId,
              attachments: consultationMessages.attachments,
            })
            .from(consultationMessages)
            .where(
              and(
                inArray(
                  consultationMessages.consultationId,
                  rows.map((r) => r.id),
                ),
                eq(consultationMessages.kind, 'person'),
              ),
            )
        : [];
      return {
        language: chat.language,
        consentedAt: chat.consentedAt,
        displayName: chat.displayName,
        consultations: rows.map((r) => {
          const own = messages.filter((m) => m.consultationId === r.id);
          return {
            topic: r.topic,
            status: r.status,
            askedAt: r.askedAt,
            messages: own.length,
            attachments: own.reduce((n, m) => n + m.attachments.length, 0),
          };
        }),
      };
    },

    async forget(chatId) {
      return db.transaction(async (tx) => {
        const chat = await chatRow(tx, chatId);
        if (!chat) return false;
        const forgotten = await forgetChat(tx, chat);
        await recordAudit(tx, telegram, {
          action: 'botChat.forget',
          recordType: 'bot_chat',
          recordId: chat.id,
          organisationId: null,
          after: { consultations: forgotten },
        });
        return true;
      });
    },

    async delivery(messageId) {
      const [row] = await db
        .select({
          body: consultationMessages.body,
          kind: consultationMessages.kind,
          deliveredAt: consultationMessages.deliveredAt,
          consultationId: consultations.id,
          chatId: botChats.chatId,
          language: botChats.language,
        })
        .from(consultationMessages)
        .innerJoin(consultations, eq(consultations.id, consultationMessages.consultationId))
        .innerJoin(botChats, eq(botChats.id, consultations.botChatId))
        .where(eq(consultationMessages.id, messageId));
      if (!row || row.kind !== 'expert' || row.deliveredAt) return null;
      return {
        chatId: row.chatId,
        language: row.language,
        consultationId: row.consultationId,
        text: row.body,
      };
    },

    async markDelivered(messageId) {
      await db
        .update(consultationMessages)
        .set({ deliveredAt: new Date() })
        .where(and(eq(consultationMessages.id, messageId), isNull(consultationMessages.deliveredAt)));
    },
  };
}

/**
 * Forgets a chat: its row (the chat id, the name), and in each of its questions the texts, files, notes, the
 * name and the link to a person or case. What stays is anonymous: topic, language, channel, dates, status,
 * rating — what the figures count.
 */
export async function forgetChat(tx: Transaction, chat: ChatRow): Promise<number> {
  const rows = await tx
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.botChatId, chat.id));
  const ids = rows.map((r) => r.id);
  if (ids.length) {
    await tx.delete(consultationMessages).where(inArray(consultationMessages.consultationId, ids));
    await tx
      .update(consultations)
      .set({
        botChatId: null,
        contactName: '',
        contact: '',
        personId: null,
        caseId: null,
        forgottenAt: new Date(),
        updatedAt: new Date(),
      })
      .where(inArray(consultations.id, ids));
  }
  await tx.delete(botChats).where(eq(botChats.id, chat.id));
  return ids.length;
}
