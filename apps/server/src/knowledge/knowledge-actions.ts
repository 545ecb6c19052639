import {
  type Database,
  knowledgeArticles,
  knowledgeTranslations,
  knowledgeVersions,
  type Transaction,
} from '@birge/db';
import {
  type createArticleSchema,
  knowledgeSearchText,
  type Language,
  type saveTranslationSchema,
  type updateArticleSchema,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, stale } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';
import type { ArticleRow } from './knowledge-queries';

async function keepVersion(
  tx: Transaction,
  context: AuditContext,
  articleId: string,
  language: Language,
  version: number,
  text: { title: string; body: string },
) {
  await tx
    .insert(knowledgeVersions)
    .values({ articleId, language, version, ...text, editedBy: context.actorId });
}

/** Writes an article with its first language versions; each version is kept in the history from the start. */
export async function createArticle(
  db: Database,
  context: AuditContext,
  input: z.infer<typeof createArticleSchema>,
) {
  return db.transaction(async (tx) => {
    const { translations, ...fields } = input;
    const [article] = await tx
      .insert(knowledgeArticles)
      .values({ ...fields, createdBy: context.actorId })
      .returning();
    if (!article) throw new Error('insert returned no row');
    for (const t of translations) {
      await tx.insert(knowledgeTranslations).values({
        articleId: article.id,
        language: t.language,
        title: t.title,
        body: t.body,
        searchText: knowledgeSearchText(t.title, t.body),
        updatedBy: context.actorId,
      });
      await keepVersion(tx, context, article.id, t.language, 1, t);
    }
    await recordAudit(tx, context, {
      action: 'knowledge.create',
      recordType: 'knowledge_article',
      recordId: article.id,
      organisationId: article.organisationId,
      after: { ...fields, languages: translations.map((t) => t.language) },
    });
    return article;
  });
}

export async function updateArticle(
  db: Database,
  context: AuditContext,
  before: ArticleRow,
  input: z.infer<typeof updateArticleSchema>,
) {
  return db.transaction(async (tx) => {
    const { version, ...changes } = input;
    const after = await updateVersioned(tx, knowledgeArticles, before.id, version, changes);
    await recordAudit(tx, context, {
      action: 'knowledge.update',
      recordType: 'knowledge_article',
      recordId: before.id,
      organisationId: before.organisationId,
      before: { topic: before.topic, country: before.country, status: before.status },
      after: { topic: after.topic, country: after.country, status: after.status },
    });
    return after;
  });
}

/**
 * Writes one language version: a new language, or a new text of an existing one (carrying the version the
 * editor saw, else 409). The previous text stays in `knowledge_versions`.
 */
export async function saveTranslation(
  db: Database,
  context: AuditContext,
  article: ArticleRow,
  language: Language,
  input: z.infer<typeof saveTranslationSchema>,
) {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(knowledgeTranslations)
      .where(
        and(eq(knowledgeTranslations.articleId, article.id), eq(knowledgeTranslations.language, language)),
      );
    const text = { title: input.title, body: input.body };
    let saved: typeof knowledgeTranslations.$inferSelect;
    if (existing) {
      if (input.version === undefined) throw new AppError(409, 'errors.stale');
      saved = await updateVersioned(tx, knowledgeTranslations, existing.id, input.version, {
        ...text,
        searchText: knowledgeSearchText(text.title, text.body),
        updatedBy: context.actorId,
      });
    } else {
      if (input.version !== undefined) throw stale();
      const [row] = await tx
        .insert(knowledgeTranslations)
        .values({
          articleId: article.id,
          language,
          ...text,
          searchText: knowledgeSearchText(text.title, text.body),
          updatedBy: context.actorId,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      saved = row;
    }
    await keepVersion(tx, context, article.id, language, saved.version, text);
    await tx
      .update(knowledgeArticles)
      .set({ updatedAt: new Date() })
      .where(eq(knowledgeArticles.id, article.id));
    await recordAudit(tx, context, {
      action: existing ? 'knowledge.revise' : 'knowledge.translate',
      recordType: 'knowledge_article',
      recordId: article.id,
      organisationId: article.organisationId,
      before: existing ? { language, version: existing.version, title: existing.title } : null,
      after: { language, version: saved.version, title: saved.title },
    });
    return saved;
  });
}
