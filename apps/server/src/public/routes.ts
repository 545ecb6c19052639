import { type Database, memberships, organisations } from '@birge/db';
import {
  consultationTopics,
  knowledgeSearchSchema,
  languages,
  personReplySchema,
  pickTranslation,
  publicQuestionSchema,
  ratingSchema,
  responseTargetHours,
} from '@birge/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditContext } from '../audit/record-audit';
import { hashSecret, newSecret } from '../auth/secrets';
import { consultationOrganisation } from '../consultations/consultation-config';
import { addPersonReply, rateConsultation, receiveQuestion } from '../consultations/consultation-intake';
import { AppError, invalidField, notFound } from '../http/app-error';
import { findArticle, searchArticles } from '../knowledge/knowledge-queries';
import { formStartedAt, issueFormToken } from './form-token';
import { presentQuestionForPerson, questionOfLink } from './question-link';
import { hitRateLimit } from './rate-limit';

const tags = ['public'];
const tokenParams = z.object({ token: z.string().min(20).max(100) });
const hour = 3600;

/** Spam protection without puzzles: a honeypot, a minimum time on the form, and a per-address limit. */
export const publicFormLimits = {
  minSeconds: Number(process.env.BIRGE_FORM_MIN_SECONDS ?? 5),
  maxAgeSeconds: 24 * hour,
  questionsPerHour: 5,
  followUpsPerHour: 30,
};

async function holderFor(db: Database, organisationId: string | undefined) {
  if (!organisationId) {
    const holder = await consultationOrganisation(db);
    if (!holder) throw new AppError(503, 'consultations.notConfigured');
    return holder.id;
  }
  // Another organisation's own page may host the form: it must have an expert to answer.
  const [expert] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), sql`'expert' = any(${memberships.roles})`))
    .limit(1);
  if (!expert) throw invalidField('organisationId', 'field.choice');
  return organisationId;
}

export function publicRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (ip: string): AuditContext => ({ actorId: null, clientAddress: ip });

  api.get(
    '/api/public/question-form',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Start the public question form: topics, languages and a signed start time' },
    },
    async () => {
      const holder = await consultationOrganisation(db);
      const [organisation] = holder
        ? await db
            .select({ id: organisations.id, name: organisations.name })
            .from(organisations)
            .where(eq(organisations.id, holder.id))
        : [];
      return {
        formToken: await issueFormToken(db),
        minSeconds: publicFormLimits.minSeconds,
        topics: consultationTopics,
        languages,
        responseTargetHours,
        organisation: organisation ?? null,
      };
    },
  );

  api.post(
    '/api/public/questions',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Ask a question without signing in', body: publicQuestionSchema },
    },
    async (request, reply) => {
      await hitRateLimit(db, 'public-question', request.ip, {
        max: publicFormLimits.questionsPerHour,
        windowSeconds: hour,
      });
      const input = request.body;
      if (input.website !== '') throw new AppError(400, 'public.rejected');
      const startedAt = await formStartedAt(db, input.formToken);
      if (!startedAt) throw invalidField('formToken', 'public.formExpired');
      const seconds = (Date.now() - startedAt.getTime()) / 1000;
      if (seconds > publicFormLimits.maxAgeSeconds) throw invalidField('formToken', 'public.formExpired');
      if (seconds < publicFormLimits.minSeconds) throw new AppError(400, 'public.tooFast');
      const organisationId = await holderFor(db, input.organisationId);
      const token = newSecret();
      const { consultation } = await db.transaction((tx) =>
        receiveQuestion(tx, context(request.ip), {
          organisationId,
          channel: 'web',
          topic: input.topic,
          language: input.language,
          text: input.question,
          attachments: [],
          publicTokenHash: hashSecret(token),
          contactName: input.name,
          contact: input.contact,
          suggest: false,
        }),
      );
      return reply.status(201).send({
        token,
        status: consultation.status,
        responseTargetHours: responseTargetHours[consultation.topic],
      });
    },
  );

  api.get(
    '/api/public/questions/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Read a question and its answer through the private link',
        params: tokenParams,
      },
    },
    async (request) => presentQuestionForPerson(db, await questionOfLink(db, request.params.token)),
  );

  api.post(
    '/api/public/questions/:token/replies',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Reply in the thread of my question',
        params: tokenParams,
        body: personReplySchema,
      },
    },
    async (request, reply) => {
      await hitRateLimit(db, 'public-follow-up', request.ip, {
        max: publicFormLimits.followUpsPerHour,
        windowSeconds: hour,
      });
      const row = await questionOfLink(db, request.params.token);
      await db.transaction((tx) =>
        addPersonReply(tx, context(request.ip), row, { text: request.body.text, attachments: [] }),
      );
      return reply
        .status(201)
        .send(await presentQuestionForPerson(db, await questionOfLink(db, request.params.token)));
    },
  );

  api.post(
    '/api/public/questions/:token/rating',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Rate the answer, from 1 to 5', params: tokenParams, body: ratingSchema },
    },
    async (request) => {
      await hitRateLimit(db, 'public-follow-up', request.ip, {
        max: publicFormLimits.followUpsPerHour,
        windowSeconds: hour,
      });
      const row = await questionOfLink(db, request.params.token);
      await db.transaction((tx) => rateConsultation(tx, context(request.ip), row, request.body.rating));
      return presentQuestionForPerson(db, await questionOfLink(db, request.params.token));
    },
  );

  api.get(
    '/api/public/knowledge',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Search the published knowledge base in any of the four languages',
        querystring: knowledgeSearchSchema,
      },
    },
    async (request) => ({ items: await searchArticles(db, request.query) }),
  );

  api.get(
    '/api/public/knowledge/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A published article in my language, or in another with a notice',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ language: z.enum(languages).default('ru') }),
      },
    },
    async (request) => {
      const found = await findArticle(db, request.params.id);
      if (!found || found.article.status !== 'published') throw notFound();
      const picked = pickTranslation(found.translations, request.query.language);
      if (!picked) throw notFound();
      return {
        id: found.article.id,
        topic: found.article.topic,
        country: found.article.country,
        language: picked.translation.language,
        fallback: picked.fallback,
        title: picked.translation.title,
        body: picked.translation.body,
        availableLanguages: found.translations.map((t) => t.language),
        updatedAt: picked.translation.updatedAt,
      };
    },
  );
}
