import { apiTokens, type Database } from '@birge/db';
import {
  changePasswordSchema,
  confirmPasswordSchema,
  createApiTokenSchema,
  totpCodeSchema,
  updateProfileSchema,
} from '@birge/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { presentProfile } from '../auth/present-session';
import { auditContext, authOf } from '../http/request-context';
import {
  changePassword,
  createApiToken,
  disableTotp,
  enableTotp,
  revokeApiToken,
  startTotpSetup,
  updateProfile,
} from './profile-actions';

const tags = ['my profile'];

export function meRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.patch(
    '/api/me',
    { schema: { tags, summary: 'Change my name, language or display settings', body: updateProfileSchema } },
    async (request) =>
      presentProfile(await updateProfile(db, auditContext(request), authOf(request).user, request.body)),
  );

  api.post(
    '/api/me/password',
    { schema: { tags, summary: 'Change my password', body: changePasswordSchema } },
    async (request, reply) => {
      await changePassword(db, auditContext(request), authOf(request).user, request.body);
      return reply.status(204).send();
    },
  );

  api.post('/api/me/totp/setup', { schema: { tags, summary: 'Start two-factor setup' } }, async (request) =>
    startTotpSetup(db, auditContext(request), authOf(request).user),
  );

  api.post(
    '/api/me/totp/enable',
    { schema: { tags, summary: 'Switch two-factor on with a code', body: totpCodeSchema } },
    async (request, reply) => {
      await enableTotp(db, auditContext(request), authOf(request).user, request.body.code);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/me/totp/disable',
    { schema: { tags, summary: 'Switch two-factor off', body: confirmPasswordSchema } },
    async (request, reply) => {
      await disableTotp(db, auditContext(request), authOf(request).user, request.body.password);
      return reply.status(204).send();
    },
  );

  api.get('/api/me/tokens', { schema: { tags, summary: 'My personal API tokens' } }, async (request) => ({
    items: await db
      .select({
        id: apiTokens.id,
        name: apiTokens.name,
        createdAt: apiTokens.createdAt,
        lastUsedAt: apiTokens.lastUsedAt,
      })
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, authOf(request).user.id), isNull(apiTokens.revokedAt)))
      .orderBy(desc(apiTokens.createdAt)),
  }));

  api.post(
    '/api/me/tokens',
    { schema: { tags, summary: 'Create a personal API token (shown once)', body: createApiTokenSchema } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createApiToken(db, auditContext(request), authOf(request).user, request.body.name)),
  );

  api.delete(
    '/api/me/tokens/:id',
    { schema: { tags, summary: 'Revoke a personal API token', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      await revokeApiToken(db, auditContext(request), authOf(request).user, request.params.id);
      return reply.status(204).send();
    },
  );
}
