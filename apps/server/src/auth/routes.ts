import type { Database } from '@birge/db';
import { setPasswordSchema, signInSchema } from '@birge/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import type { Config } from '../config';
import { AppError } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { findUsableLink } from './one-time-links';
import { presentSession } from './present-session';
import { redeemLink } from './redeem-link';
import { endAllSessions, endSession, sessionCookie } from './sessions';
import { signIn } from './sign-in';

const tags = ['sign-in'];
const tokenParams = z.object({ token: z.string().min(20).max(100) });

export function authRoutes(app: FastifyInstance, db: Database, config: Config) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const publicRoute = { access: 'public' as const };

  function setSessionCookie(reply: FastifyReply, token: string) {
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      maxAge: config.sessionAbsoluteHours * 3600,
    });
  }

  api.post(
    '/api/auth/sign-in',
    { config: publicRoute, schema: { tags, summary: 'Sign in with email and password', body: signInSchema } },
    async (request, reply) => {
      const { user, session } = await signIn(db, auditContext(request), request.body);
      setSessionCookie(reply, session.token);
      return presentSession(db, user, session.csrfToken);
    },
  );

  api.get('/api/session', { schema: { tags, summary: 'The signed-in user' } }, async (request) => {
    const auth = authOf(request);
    return presentSession(db, auth.user, auth.session?.csrfToken ?? null);
  });

  api.post('/api/auth/sign-out', { schema: { tags, summary: 'Sign out here' } }, async (request, reply) => {
    const auth = authOf(request);
    if (auth.session) await endSession(db, auth.session.token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.status(204).send();
  });

  api.post(
    '/api/auth/sign-out-everywhere',
    { schema: { tags, summary: 'End every session of the signed-in user' } },
    async (request, reply) => {
      const auth = authOf(request);
      await db.transaction(async (tx) => {
        await endAllSessions(tx, auth.user.id);
        await recordAudit(tx, auditContext(request), {
          action: 'auth.signOutEverywhere',
          recordType: 'user',
          recordId: auth.user.id,
          organisationId: null,
        });
      });
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/auth/tokens/:token',
    {
      config: publicRoute,
      schema: { tags, summary: 'What an invitation or reset link is for', params: tokenParams },
    },
    async (request) => {
      const found = await findUsableLink(db, request.params.token);
      if (!found) throw new AppError(404, 'auth.linkInvalid');
      return { kind: found.link.kind, email: found.user.email, name: found.user.name };
    },
  );

  api.post(
    '/api/auth/tokens/:token',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Set a password from a one-time link',
        params: tokenParams,
        body: setPasswordSchema,
      },
    },
    async (request, reply) => {
      const { user, session } = await redeemLink(
        db,
        auditContext(request),
        request.params.token,
        request.body.password,
      );
      setSessionCookie(reply, session.token);
      return presentSession(db, user, session.csrfToken);
    },
  );
}
