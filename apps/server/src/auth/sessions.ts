import { memberships, type Queryable, sessions, users } from '@birge/db';
import type { Actor } from '@birge/domain';
import { eq, lt, or, sql } from 'drizzle-orm';
import type { Config } from '../config';
import { hashSecret, newSecret } from './secrets';

export const sessionCookie = 'birge_session';

export type SessionExpiry = Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>;

export async function createSession(db: Queryable, userId: string, clientAddress: string) {
  const token = newSecret();
  const csrfToken = newSecret();
  await db.insert(sessions).values({ tokenHash: hashSecret(token), userId, csrfToken, clientAddress });
  return { token, csrfToken };
}

/** The session behind a cookie, if it is neither idle too long nor too old; touching it keeps it alive. */
export async function findSession(db: Queryable, token: string, expiry: SessionExpiry) {
  const tokenHash = hashSecret(token);
  // One round trip per request: the session, its user and the user's memberships together.
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      memberships: sql<
        Actor['memberships']
      >`coalesce(json_agg(json_build_object('organisationId', ${memberships.organisationId}, 'roles', ${memberships.roles})) filter (where ${memberships.id} is not null), '[]')`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(sessions.tokenHash, tokenHash))
    .groupBy(sessions.tokenHash, users.id);
  if (!row) return null;
  const now = Date.now();
  const idle = now - row.session.lastSeenAt.getTime() > expiry.sessionIdleMinutes * 60_000;
  const old = now - row.session.createdAt.getTime() > expiry.sessionAbsoluteHours * 3_600_000;
  if (idle || old || !row.user.active) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  // A write a minute at most, not one a request.
  if (now - row.session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return row;
}

export async function endSession(db: Queryable, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}

export async function endAllSessions(db: Queryable, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions nobody can use any more; run now and then, never on the request path. */
export async function removeExpiredSessions(db: Queryable, expiry: SessionExpiry) {
  const now = Date.now();
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.lastSeenAt, new Date(now - expiry.sessionIdleMinutes * 60_000)),
        lt(sessions.createdAt, new Date(now - expiry.sessionAbsoluteHours * 3_600_000)),
      ),
    );
}
