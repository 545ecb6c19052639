import { persons, type Queryable } from '@birge/db';
import {
  type Actor,
  type AgeBand,
  type Disaggregation,
  defaultAgeBands,
  type IndicatorDefinition,
  organisationsWithRole,
} from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../http/app-error';
import { decodeCursor, encodeCursor } from '../http/pagination';
import { visiblePersons } from '../persons/person-access';
import { factsFrom, filterConditions, groupKey, isIn, whereAll } from './compile-facts';
import type { IndicatorSource } from './indicator-source';
import type { PeriodRange } from './indicator-values';
import { findSource } from './sources';

export type RecordsRequest = {
  definition: IndicatorDefinition;
  period: PeriodRange;
  disaggregateBy?: Disaggregation | undefined;
  /** The group opened; with a disaggregation and no group, the facts that do not say (unknown age, region...). */
  group?: string | undefined;
  ageBands?: readonly AgeBand[] | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

export type RecordsPage = {
  items: { recordId: string; label: string; occurredOn: string; path: string }[];
  total: number;
  restricted: boolean;
  nextCursor: string | null;
};

type Row = {
  total: number;
  record_id: string | null;
  label: string | null;
  occurred_on: string | null;
  person_id: string | null;
};

const empty: RecordsPage = { items: [], total: 0, restricted: false, nextCursor: null };
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function after(cursor: string | undefined): [string, string] | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [day, id] = key;
  if (typeof day !== 'string' || typeof id !== 'string' || !isoDate.test(day) || !uuid.test(id)) {
    throw new AppError(400, 'errors.validation', undefined, { cursor: { key: 'field.format' } });
  }
  return [day, id];
}

/**
 * The records behind a fact the actor may open: restricted sources only in organisations where the actor
 * holds the child-protection role; a record about a person only when the actor may see the person (a listed
 * record shows the person's name), and the source's own rule besides when it has one; any other record to
 * members of its organisation.
 */
function openable(db: Queryable, source: IndicatorSource, actor: Actor): SQL {
  const seesPerson = sql`exists (select 1 from ${persons} where ${persons.id} = f.person_id and ${visiblePersons(db, actor)})`;
  const own = source.openableBy
    ? sql`(${source.openableBy(actor)} and (f.person_id is null or ${seesPerson}))`
    : sql`(case when f.person_id is not null then ${seesPerson}
        else ${isIn(sql`f.organisation_id`, memberOf(actor))} end)`;
  if (!source.restricted) return own;
  return sql`(${own} and ${isIn(sql`f.organisation_id`, organisationsWithRole(actor, 'child_protection'))})`;
}

function memberOf(actor: Actor): string[] {
  return actor.memberships.map((m) => m.organisationId);
}

/**
 * The records behind one value, newest first, a page at a time. `total` counts every record behind the value
 * (persons, for a count of distinct persons), also those the actor may not open, which are not listed. For a
 * ratio the records are the numerator's.
 */
export async function indicatorRecords(
  db: Queryable,
  actor: Actor,
  request: RecordsRequest,
): Promise<RecordsPage> {
  const definition =
    request.definition.measure === 'ratio' ? request.definition.numerator : request.definition;
  const source = findSource(definition.source);
  if (!source) return empty;
  const limit = request.limit ?? 50;
  const cursor = after(request.cursor);
  const group = groupKey(request.disaggregateBy, request.ageBands ?? defaultAgeBands);
  const conditions = [
    sql`f.occurred_on >= ${request.period.start}::date`,
    sql`f.occurred_on < ${request.period.end}::date`,
    ...filterConditions(definition.filters),
  ];
  if (request.disaggregateBy) {
    conditions.push(request.group === undefined ? sql`${group} is null` : sql`${group} = ${request.group}`);
  }
  if (definition.measure === 'sum') conditions.push(sql`f.amount is not null`);
  const restricted =
    source.restricted === 'child_protection' && organisationsWithRole(actor, 'child_protection').length === 0;
  // A person counted once is listed once, under their latest record.
  const behind =
    definition.measure === 'distinct_persons'
      ? sql`select distinct on (f.person_id) f.record_id, f.label, f.occurred_on, f.person_id, f.organisation_id
          from ${factsFrom(source, request.disaggregateBy)} ${whereAll([...conditions, sql`f.person_id is not null`])}
          order by f.person_id, f.occurred_on desc, f.record_id desc`
      : sql`select f.record_id, f.label, f.occurred_on, f.person_id, f.organisation_id
          from ${factsFrom(source, request.disaggregateBy)} ${whereAll(conditions)}`;
  const listed = restricted
    ? sql`false`
    : sql`${openable(db, source, actor)} ${cursor ? sql`and (f.occurred_on, f.record_id) < (${cursor[0]}::date, ${cursor[1]}::uuid)` : sql``}`;
  const result = await db.execute(sql`with behind as (${behind})
    select t.total, x.record_id, x.label, x.occurred_on::text as occurred_on, x.person_id
    from (select count(*)::int as total from behind) t
    left join lateral (select f.record_id, f.label, f.occurred_on, f.person_id from behind f
      where ${listed} order by f.occurred_on desc, f.record_id desc limit ${limit + 1}) x on true`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const records = rows.filter((r) => r.record_id !== null);
  const items = records.slice(0, limit).map((r) => ({
    recordId: r.record_id as string,
    label: r.label ?? '',
    occurredOn: r.occurred_on as string,
    path: source.recordPath(r.record_id as string, r.person_id),
  }));
  const last = items.at(-1);
  return {
    items,
    total: rows[0]?.total ?? 0,
    restricted,
    nextCursor: records.length > limit && last ? encodeCursor([last.occurredOn, last.recordId]) : null,
  };
}
