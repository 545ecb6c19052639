import { networkMembers, networks, organisations, type Queryable } from '@birge/db';
import { and, eq, gt, or, type SQL } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';

export async function listNetworks(
  db: Queryable,
  filter: { cursor?: string | undefined; limit: number; updatedSince?: string | undefined },
) {
  const conditions: SQL[] = [];
  if (filter.updatedSince) conditions.push(gt(networks.updatedAt, new Date(filter.updatedSince)));
  const after = decodeCursor(filter.cursor, 2);
  if (after) {
    const [name, id] = after.map(String) as [string, string];
    const afterCondition = or(gt(networks.name, name), and(eq(networks.name, name), gt(networks.id, id)));
    if (afterCondition) conditions.push(afterCondition);
  }
  const rows = await db
    .select()
    .from(networks)
    .where(and(...conditions))
    .orderBy(networks.name, networks.id)
    .limit(filter.limit + 1);
  return page(rows, filter.limit, (row) => [row.name, row.id]);
}

export async function findNetwork(db: Queryable, id: string) {
  const [row] = await db.select().from(networks).where(eq(networks.id, id));
  return row ?? null;
}

export async function membersOfNetwork(db: Queryable, networkId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
    .where(eq(networkMembers.networkId, networkId))
    .orderBy(organisations.name);
}
