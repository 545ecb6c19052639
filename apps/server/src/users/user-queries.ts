import { memberships, organisations, type Queryable, users } from '@birge/db';
import { and, eq, exists, gt, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { membershipsOf, type UserRow } from '../auth/load-actor';
import { decodeCursor, page } from '../http/pagination';

type MembershipView = Awaited<ReturnType<typeof membershipsOf>>[number];

/** What the API shows of a user: never a password hash or a two-factor secret. */
export function presentUser(user: UserRow, userMemberships: MembershipView[]) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    active: user.active,
    platformAdmin: user.platformAdmin,
    totpEnabled: user.totpEnabled,
    memberships: userMemberships,
    version: user.version,
    createdAt: user.createdAt,
  };
}

export async function findUser(db: Queryable, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user ? presentUser(user, await membershipsOf(db, id)) : null;
}

/** Users with a membership in one of the organisations in scope, by name, with all their memberships. */
export async function listUsers(
  db: Queryable,
  scope: 'all' | string[],
  filter: { q?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const conditions: SQL[] = [];
  if (scope !== 'all') {
    if (scope.length === 0) return { items: [], nextCursor: null };
    conditions.push(
      exists(
        db
          .select({ one: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.userId, users.id), inArray(memberships.organisationId, scope))),
      ),
    );
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.name, like), ilike(users.email, like));
    if (match) conditions.push(match);
  }
  const after = decodeCursor(filter.cursor, 2);
  if (after) {
    const [name, id] = after.map(String) as [string, string];
    const afterCondition = or(gt(users.name, name), and(eq(users.name, name), gt(users.id, id)));
    if (afterCondition) conditions.push(afterCondition);
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(users.name, users.id)
    .limit(filter.limit + 1);
  const result = page(rows, filter.limit, (row) => [row.name, row.id]);
  const all = await membershipsOfUsers(
    db,
    result.items.map((u) => u.id),
  );
  return {
    items: result.items.map((u) => presentUser(u, all.get(u.id) ?? [])),
    nextCursor: result.nextCursor,
  };
}

async function membershipsOfUsers(db: Queryable, userIds: string[]) {
  const byUser = new Map<string, MembershipView[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      roles: memberships.roles,
      version: memberships.version,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(organisations.name);
  for (const { userId, ...membership } of rows)
    byUser.set(userId, [...(byUser.get(userId) ?? []), membership]);
  return byUser;
}
