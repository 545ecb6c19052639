import { type Queryable, regions } from '@birge/db';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { invalidField } from '../http/app-error';

export async function listRegions(db: Queryable, filter: { country?: 'KG' | 'KZ'; parentId?: string }) {
  const conditions: SQL[] = [];
  if (filter.country) conditions.push(eq(regions.country, filter.country));
  conditions.push(filter.parentId ? eq(regions.parentId, filter.parentId) : isNull(regions.parentId));
  const rows = await db
    .select({
      id: regions.id,
      code: regions.code,
      country: regions.country,
      level: regions.level,
      parentId: regions.parentId,
      names: regions.names,
    })
    .from(regions)
    .where(and(...conditions))
    .orderBy(regions.country, regions.code, regions.id);
  return { items: rows };
}

export async function findRegion(db: Queryable, id: string) {
  const [row] = await db.select().from(regions).where(eq(regions.id, id));
  return row ?? null;
}

/** A record may name only a place Birge knows; a wrong id is the client's field error, not a crash. */
export async function assertRegionExists(db: Queryable, regionId: string | null | undefined) {
  if (regionId && !(await findRegion(db, regionId))) throw invalidField('regionId', 'field.choice');
}
