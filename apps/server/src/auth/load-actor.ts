import { apiTokens, memberships, organisations, type Queryable, users } from '@birge/db';
import type { Actor } from '@birge/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { hashSecret } from './secrets';

export type UserRow = typeof users.$inferSelect;

export async function membershipsOf(db: Queryable, userId: string) {
  return db
    .select({
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      roles: memberships.roles,
      version: memberships.version,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}

export async function actorOf(db: Queryable, user: UserRow): Promise<Actor> {
  const rows = await membershipsOf(db, user.id);
  return {
    userId: user.id,
    platformAdmin: user.platformAdmin,
    memberships: rows.map((m) => ({ organisationId: m.organisationId, roles: m.roles })),
  };
}

/** The user behind a personal API token, if it is not revoked and the user is active. */
export async function userOfApiToken(db: Queryable, token: string): Promise<UserRow | null> {
  const tokenHash = hashSecret(token);
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  if (!row?.user.active) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return row.user;
}
