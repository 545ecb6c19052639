import type { Database } from '@birge/db';
import { type Actor, type Language, languageFromHeader } from '@birge/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/record-audit';
import { actorOf, type UserRow, userOfApiToken } from '../auth/load-actor';
import { sameSecret } from '../auth/secrets';
import { findSession, type SessionExpiry, sessionCookie } from '../auth/sessions';
import { AppError } from './app-error';

export type Auth = {
  actor: Actor;
  user: UserRow;
  /** The cookie session; null when the caller used a personal API token. */
  session: { token: string; csrfToken: string } | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** 'public' routes run without a session and without the CSRF check. */
    access?: 'public';
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(
  db: Database,
  request: FastifyRequest,
  expiry: SessionExpiry,
): Promise<Auth | null> {
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const user = await userOfApiToken(db, bearer);
    return user ? { actor: await actorOf(db, user), user, session: null } : null;
  }
  const token = request.cookies[sessionCookie];
  if (!token) return null;
  const found = await findSession(db, token, expiry);
  if (!found) return null;
  return {
    actor: { userId: found.user.id, platformAdmin: found.user.platformAdmin, memberships: found.memberships },
    user: found.user,
    session: { token, csrfToken: found.session.csrfToken },
  };
}

/**
 * Every request learns its language and its caller before the route runs. A write carried by the session
 * cookie must echo the session's CSRF token in a header, which another site cannot read or send.
 */
export function registerRequestContext(app: FastifyInstance, db: Database, expiry: SessionExpiry) {
  app.decorateRequest('language', 'ru');
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const asked = languageFromHeader(request.headers['accept-language']);
    request.language = asked ?? 'ru';
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.access === 'public') return;
    const auth = await authenticate(db, request, expiry);
    if (!auth) throw new AppError(401, 'auth.required');
    if (!asked) request.language = auth.user.language;
    if (auth.session && !safeMethods.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameSecret(header, auth.session.csrfToken)) {
        throw new AppError(403, 'auth.csrf');
      }
    }
    request.auth = auth;
  });
}

/** The caller of a signed-in route: set for every route that is not public. */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw new AppError(401, 'auth.required');
  return request.auth;
}

export function auditContext(request: FastifyRequest): AuditContext {
  return { actorId: request.auth?.user.id ?? null, clientAddress: request.ip };
}
