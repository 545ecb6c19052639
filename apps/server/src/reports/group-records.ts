import { organisations, type Queryable, regions } from '@birge/db';
import { inArray } from 'drizzle-orm';

const uuid = /^[0-9a-f-]{36}$/;

/**
 * The regions and organisations that groups of disaggregations name by id, read once for a whole report: a
 * group by region or organisation is the record's id; the other groups are words of their own.
 */
export async function groupRecords(db: Queryable, groups: readonly (string | null)[]) {
  const ids = [...new Set(groups.filter((g): g is string => g !== null && uuid.test(g)))];
  const [regionRows, organisationRows] = ids.length
    ? await Promise.all([
        db
          .select({ id: regions.id, code: regions.code, names: regions.names })
          .from(regions)
          .where(inArray(regions.id, ids)),
        db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, ids)),
      ])
    : [[], []];
  return {
    region: (id: string) => regionRows.find((r) => r.id === id),
    organisation: (id: string) => organisationRows.find((o) => o.id === id),
  };
}
