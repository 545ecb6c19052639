import { knowledgeArticles, knowledgeTranslations, knowledgeVersions, type Queryable } from '@birge/db';
import { knowledgeTsQuery, type Language, pickTranslation } from '@birge/domain';
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';

export type ArticleRow = typeof knowledgeArticles.$inferSelect;
export type TranslationRow = typeof knowledgeTranslations.$inferSelect;

export type SearchFilter = {
  q: string;
  language: Language;
  topic?: string | undefined;
  country?: 'KG' | 'KZ' | undefined;
  /** Drafts of these organisations are searched too (their writers); everyone else finds published ones. */
  draftsOf?: string[];
  limit: number;
};

export type ArticleHit = {
  articleId: string;
  topic: string;
  country: string | null;
  status: string;
  organisationId: string;
  language: Language;
  /** The asked language is missing: this is another language's version, shown with a notice. */
  fallback: boolean;
  title: string;
  body: string;
  rank: number;
};

function translationColumns() {
  return {
    articleId: knowledgeTranslations.articleId,
    language: knowledgeTranslations.language,
    title: knowledgeTranslations.title,
    body: knowledgeTranslations.body,
    version: knowledgeTranslations.version,
    updatedAt: knowledgeTranslations.updatedAt,
  };
}

/**
 * Full-text search over every language version (`simple` tsvector, GIN index): an article matches when any of
 * its versions does, and is shown in the asked language or, missing that, in the nearest one.
 */
export async function searchArticles(db: Queryable, filter: SearchFilter): Promise<ArticleHit[]> {
  const visible = or(
    eq(knowledgeArticles.status, 'published'),
    filter.draftsOf?.length ? inArray(knowledgeArticles.organisationId, filter.draftsOf) : sql`false`,
  ) as SQL;
  const conditions: SQL[] = [visible];
  if (filter.topic) conditions.push(eq(knowledgeArticles.topic, filter.topic as never));
  if (filter.country) {
    conditions.push(
      or(isNull(knowledgeArticles.country), eq(knowledgeArticles.country, filter.country)) as SQL,
    );
  }
  const tsQuery = knowledgeTsQuery(filter.q);
  if (filter.q.trim() && !tsQuery) return [];
  const query = tsQuery ? sql`to_tsquery('simple', ${tsQuery})` : null;
  const rank = query ? sql<number>`max(ts_rank(${knowledgeTranslations.search}, ${query}))` : sql<number>`0`;
  if (query) conditions.push(sql`${knowledgeTranslations.search} @@ ${query}`);
  const matches = await db
    .select({
      id: knowledgeArticles.id,
      topic: knowledgeArticles.topic,
      country: knowledgeArticles.country,
      status: knowledgeArticles.status,
      organisationId: knowledgeArticles.organisationId,
      updatedAt: knowledgeArticles.updatedAt,
      rank: rank.mapWith(Number),
    })
    .from(knowledgeArticles)
    .innerJoin(knowledgeTranslations, eq(knowledgeTranslations.articleId, knowledgeArticles.id))
    .where(and(...conditions))
    .groupBy(knowledgeArticles.id)
    // Without a search there is no rank: `order by 0` would name a column position and fail.
    .orderBy(...(query ? [desc(rank)] : []), desc(knowledgeArticles.updatedAt))
    .limit(filter.limit);
  if (matches.length === 0) return [];
  const versions = await db
    .select(translationColumns())
    .from(knowledgeTranslations)
    .where(
      inArray(
        knowledgeTranslations.articleId,
        matches.map((m) => m.id),
      ),
    );
  return matches.flatMap((m) => {
    const picked = pickTranslation(
      versions.filter((v) => v.articleId === m.id),
      filter.language,
    );
    if (!picked) return [];
    return [
      {
        articleId: m.id,
        topic: m.topic,
        country: m.country,
        status: m.status,
        organisationId: m.organisationId,
        language: picked.translation.language,
        fallback: picked.fallback,
        title: picked.translation.title,
        body: picked.translation.body,
        rank: m.rank,
      },
    ];
  });
}

export async function findArticle(db: Queryable, id: string) {
  const [article] = await db.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, id));
  if (!article) return null;
  const translations = await db
    .select()
    .from(knowledgeTranslations)
    .where(eq(knowledgeTranslations.articleId, id))
    .orderBy(asc(knowledgeTranslations.language));
  return { article, translations };
}

export async function articleVersions(db: Queryable, id: string, language?: Language) {
  return db
    .select()
    .from(knowledgeVersions)
    .where(
      and(
        eq(knowledgeVersions.articleId, id),
        language ? eq(knowledgeVersions.language, language) : undefined,
      ),
    )
    .orderBy(asc(knowledgeVersions.language), desc(knowledgeVersions.version));
}

export function presentTranslation(t: TranslationRow) {
  return {
    language: t.language,
    title: t.title,
    body: t.body,
    version: t.version,
    updatedAt: t.updatedAt,
    updatedBy: t.updatedBy,
  };
}
