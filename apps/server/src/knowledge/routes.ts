import type { Database } from '@birge/db';
import {
  abilities,
  articlePolicy,
  articleWriterScope,
  can,
  createArticleSchema,
  knowledgeSearchSchema,
  languages,
  mayWriteArticles,
  saveTranslationSchema,
  updateArticleSchema,
} from '@birge/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { createArticle, saveTranslation, updateArticle } from './knowledge-actions';
import { articleVersions, findArticle, presentTranslation, searchArticles } from './knowledge-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['knowledge'];

export function knowledgeRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function articleFor(request: FastifyRequest, id: string, action: keyof typeof articlePolicy) {
    const found = await findArticle(db, id);
    if (!found) throw notFound();
    const { actor } = authOf(request);
    if (!can(articlePolicy, actor, 'read', found.article)) throw notFound();
    if (!can(articlePolicy, actor, action, found.article)) throw forbidden();
    return found;
  }

  api.get(
    '/api/knowledge',
    {
      schema: {
        tags,
        summary: 'Search the knowledge base (full text, any language); drafts of my organisations too',
        querystring: knowledgeSearchSchema,
      },
    },
    async (request) => {
      const items = await searchArticles(db, {
        ...request.query,
        draftsOf: articleWriterScope(authOf(request).actor),
      });
      return { items };
    },
  );

  api.post(
    '/api/knowledge',
    { schema: { tags, summary: 'Write a knowledge-base article', body: createArticleSchema } },
    async (request, reply) => {
      if (!mayWriteArticles(authOf(request).actor, request.body.organisationId)) throw forbidden();
      const article = await createArticle(db, auditContext(request), request.body);
      return reply.status(201).send(article);
    },
  );

  api.get(
    '/api/knowledge/:id',
    { schema: { tags, summary: 'An article with every language version', params: idParams } },
    async (request) => {
      const found = await articleFor(request, request.params.id, 'read');
      return {
        article: found.article,
        translations: found.translations.map(presentTranslation),
        missingLanguages: languages.filter((l) => !found.translations.some((t) => t.language === l)),
        abilities: abilities(articlePolicy, authOf(request).actor, found.article),
      };
    },
  );

  api.patch(
    '/api/knowledge/:id',
    {
      schema: {
        tags,
        summary: 'Change an article’s topic, country or status (publish, archive)',
        params: idParams,
        body: updateArticleSchema,
      },
    },
    async (request) => {
      const found = await articleFor(request, request.params.id, 'edit');
      return updateArticle(db, auditContext(request), found.article, request.body);
    },
  );

  api.put(
    '/api/knowledge/:id/translations/:language',
    {
      schema: {
        tags,
        summary: 'Write or rewrite one language version; the previous text is kept',
        params: z.object({ id: z.uuid(), language: z.enum(languages) }),
        body: saveTranslationSchema,
      },
    },
    async (request) => {
      const found = await articleFor(request, request.params.id, 'edit');
      const saved = await saveTranslation(
        db,
        auditContext(request),
        found.article,
        request.params.language,
        request.body,
      );
      return presentTranslation(saved);
    },
  );

  api.get(
    '/api/knowledge/:id/versions',
    {
      schema: {
        tags,
        summary: 'Every earlier text of an article, by language',
        params: idParams,
        querystring: z.object({ language: z.enum(languages).optional() }),
      },
    },
    async (request) => {
      const found = await articleFor(request, request.params.id, 'edit');
      return { items: await articleVersions(db, found.article.id, request.query.language) };
    },
  );
}
