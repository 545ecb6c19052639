import { networkMembers, networks, organisations, type Queryable } from '@birge/db';
import type { OrganisationType } from '@birge/domain';
import { and, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';

export type OrganisationFilter = {
  q?: string | undefined;
  type?: OrganisationType | undefined;
  regionId?: string | undefined;
  updatedSince?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The directory, by name; a cursor continues after the last name and id shown. */
export async function listOrganisations(db: Queryable, filter: OrganisationFilter) {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(ilike(organisations.name, `%${escapeLike(filter.q)}%`));
  if (filter.type) conditions.push(eq(organisations.type, filter.type));
  if (filter.regionId) conditions.push(eq(organisations.regionId, filter.regionId));
  if (filter.updatedSince) conditions.push(gt(organisations.updatedAt, new Date(filter.updatedSince)));
  const after = decodeCursor(filter.cursor, 2);
  if (after) {
    const [name, id] = after.map(String) as [string, string];
    const afterCondition = or(
      gt(organisations.name, name),
      and(eq(organisations.name, name), gt(organisations.id, id)),
    );
    if (afterCondition) conditions.push(afterCondition);
  }
  const rows = await db
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(organisations.name, organisations.id)
    .limit(filter.limit + 1);
  return page(rows, filter.limit, (row) => [row.name, row.id]);
}

export async function findOrganisation(db: Queryable, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function networksOfOrganisation(db: Queryable, organisationId: string) {
  return db
    .select({ id: networks.id, name: networks.name })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(eq(networkMembers.organisationId, organisationId))
    .orderBy(networks.name);
}
