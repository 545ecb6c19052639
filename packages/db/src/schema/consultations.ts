import type {
  ArticleStatus,
  Attachment,
  ConsultationChannel,
  ConsultationStatus,
  ConsultationTopic,
  Language,
} from '@birge/domain';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { recordColumns } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { users } from './users';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A Telegram chat that agreed to the privacy notice. Nothing about a chat is stored before that agreement;
 * `/forget` deletes the row. `step` and `topic` carry the conversation between updates, so any server
 * process can answer the next message.
 */
export const botChats = pgTable('bot_chats', {
  ...recordColumns,
  chatId: text('chat_id').notNull().unique(),
  language: text('language').$type<Language>().notNull(),
  displayName: text('display_name').notNull().default(''),
  consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
  step: text('step').$type<'menu' | 'asking'>().notNull().default('menu'),
  topic: text('topic').$type<ConsultationTopic>(),
  activeConsultationId: uuid('active_consultation_id'),
});

/**
 * A question and its answer. The personal part (the chat, the name and contact, the texts in
 * `consultation_messages`) can be forgotten; the anonymous part (topic, language, channel, dates, status,
 * rating) stays for the figures.
 */
export const consultations = pgTable(
  'consultations',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    channel: text('channel').$type<ConsultationChannel>().notNull(),
    topic: text('topic').$type<ConsultationTopic>().notNull(),
    language: text('language').$type<Language>().notNull(),
    status: text('status').$type<ConsultationStatus>().notNull(),
    expertId: uuid('expert_id').references(() => users.id),
    botChatId: uuid('bot_chat_id').references(() => botChats.id, { onDelete: 'set null' }),
    /** The web channel's private link: only the hash of its secret. */
    publicTokenHash: text('public_token_hash').unique(),
    contactName: text('contact_name').notNull().default(''),
    contact: text('contact').notNull().default(''),
    personId: uuid('person_id').references(() => persons.id),
    caseId: uuid('case_id').references(() => cases.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    /** Since when the question waits for an expert; moves on when the person writes again. */
    waitingSince: timestamp('waiting_since', { withTimezone: true }),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    rating: integer('rating'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    forgottenAt: timestamp('forgotten_at', { withTimezone: true }),
  },
  (t) => [
    index('consultations_queue_idx').on(t.organisationId, t.status, t.waitingSince),
    index('consultations_asked_idx').on(t.organisationId, t.askedAt),
    index('consultations_chat_idx').on(t.botChatId),
  ],
);

/** What the person wrote, what the expert answered, and the experts' internal notes (never shown to the person). */
export const consultationMessages = pgTable(
  'consultation_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'person' | 'expert' | 'note'>().notNull(),
    body: text('body').notNull().default(''),
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default([]),
    authorId: uuid('author_id').references(() => users.id),
    articleId: uuid('article_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [index('consultation_messages_idx').on(t.consultationId, t.createdAt)],
);

/** A knowledge-base article: one topic, up to four language versions, each versioned. */
export const knowledgeArticles = pgTable(
  'knowledge_articles',
  {
    ...recordColumns,
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    topic: text('topic').$type<ConsultationTopic>().notNull(),
    country: text('country').$type<'KG' | 'KZ'>(),
    status: text('status').$type<ArticleStatus>().notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [index('knowledge_articles_topic_idx').on(t.status, t.topic)],
);

/**
 * The current text of one language version. `search_text` is the lowercased title and body (lowercased by the
 * application, independent of the database locale); `search` is its `simple` tsvector, GIN-indexed.
 */
export const knowledgeTranslations = pgTable(
  'knowledge_translations',
  {
    ...recordColumns,
    articleId: uuid('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    language: text('language').$type<Language>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    searchText: text('search_text').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_text)`),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('knowledge_translations_article_language_idx').on(t.articleId, t.language),
    index('knowledge_translations_search_idx').using('gin', t.search),
  ],
);

/** Every saved text of a language version, the current one included: nothing an expert wrote is lost. */
export const knowledgeVersions = pgTable(
  'knowledge_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    language: text('language').$type<Language>().notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    editedBy: uuid('edited_by').references(() => users.id),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('knowledge_versions_idx').on(t.articleId, t.language, t.version)],
);

/**
 * Things that happened, written in the same transaction as the change and handled after commit (delivering an
 * answer to Telegram). Several processes take events with `FOR UPDATE SKIP LOCKED` and a lease.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<'pending' | 'done' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [index('domain_events_pending_idx').on(t.status, t.availableAt, t.id)],
);

/** Requests counted per key (an action and a hashed client address) and window, shared by all processes. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limits_window_idx').on(t.windowStart)],
);

/** Secrets every server process must share, such as the key that signs the public form's start time. */
export const instanceSecrets = pgTable('instance_secrets', {
  name: text('name').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
