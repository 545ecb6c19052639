import { organisations, persons, type Queryable } from '@birge/db';
import {
  type Actor,
  type AgeBand,
  type Disaggregation,
  defaultAgeBands,
  type IndicatorDefinition,
  organisationsWithRole,
  type SimpleDefinition,
} from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../http/app-error';
import { decodeCursor, page } from '../http/pagination';
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
  /**
   * The programme whose records (those made for it) the actor opens beyond their own rules, because they answer
   * for it; `children` when they may open records of children in care too.
   */
  programme?: { id: string; children: boolean } | undefined;
};

export type RecordItem = {
  recordId: string;
  /** Null where it would name a person the actor may not see. */
  label: string | null;
  occurredOn: string;
  organisationName: string | null;
  /** What the record adds to the value: its weight for a count (a sheet's people), its amount for a sum, 1 a person. */
  value: number;
  /** Null where the actor sees the record only as the programme's: its own page is not theirs to open. */
  path: string | null;
};

export type RecordsPage = {
  items: RecordItem[];
  /** The records (the persons, for a count of distinct persons) behind the value, also those not listed. */
  total: number;
  /** What they add up to: the value, or a ratio's numerator. */
  value: number;
  restricted: boolean;
  nextCursor: string | null;
};

type Row = {
  total: number;
  sum: number;
  key: string | null;
  record_id: string | null;
  label: string | null;
  occurred_on: string | null;
  person_id: string | null;
  organisation_name: string | null;
  value: number | null;
  own: boolean | null;
  link_id: string | null;
};

const empty: RecordsPage = { items: [], total: 0, value: 0, restricted: false, nextCursor: null };
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
 * What the actor may know of each fact, as columns: `visible`, the person it names is one they may see (children
 * only with child protection); `own`, the record opens to them by their own rules — the source's rule when it
 * has one (and its person's, when it names one), else through its person, else as a member of its organisation, and for restricted sources only where
 * they hold child protection; `tagged`, it was made for the programme they answer for.
 */
function access(db: Queryable, source: IndicatorSource, actor: Actor, request: RecordsRequest): SQL {
  const visible = sql`(f.person_id is not null and exists (select 1 from ${persons}
    where ${persons.id} = f.person_id and ${visiblePersons(db, actor)}))`;
  const memberOf = actor.memberships.map((m) => m.organisationId);
  // A source's own rule opens its records, but a person it names only to those who may see the person.
  const rule = source.openableBy
    ? sql`(${source.openableBy(actor)} and (f.person_id is null or ${visible}))`
    : sql`(case when f.person_id is not null then ${visible} else ${isIn(sql`f.organisation_id`, memberOf)} end)`;
  const childProtection = organisationsWithRole(actor, 'child_protection');
  const own = source.restricted ? sql`(${rule} and ${isIn(sql`f.organisation_id`, childProtection)})` : rule;
  const programme = request.programme;
  const tagged =
    programme && (!source.restricted || programme.children)
      ? sql`coalesce(f.programme_id = ${programme.id}::uuid, false)`
      : sql`false`;
  // A source with its own rule decides who reads its labels too (a question opens, with its asker, at the desk).
  const named = source.openableBy ? sql`own` : sql`(f.person_id is null or ${visible})`;
  return sql`select *, ${named} as named from (select f.*, ${own} as own, ${tagged} as tagged from f) f`;
}

/**
 * The rows behind the value, one a record (its facts' weights or amounts added up: a counted sheet is one
 * activity) or, for a count of distinct persons, one a person under their latest record. `key` is unique among
 * them, so paging by (day, key) neither repeats nor skips a row.
 */
function rowsBehind(definition: SimpleDefinition): SQL {
  if (definition.measure === 'distinct_persons') {
    return sql`select distinct on (f.person_id) f.person_id as key, f.record_id, f.label, f.occurred_on,
        f.person_id, f.organisation_id, 1::float8 as value, f.own, f.own or f.tagged as listed, f.named
      from access f where f.person_id is not null
      order by f.person_id, f.occurred_on desc, f.record_id desc`;
  }
  const value = definition.measure === 'sum' ? sql`f.amount` : sql`f.weight`;
  const latest = (column: string) => sql.raw(`(array_agg(f.${column} order by f.occurred_on desc))[1]`);
  // A record whose facts name several persons (an activity's attendees) has no one person's name to go by.
  return sql`select f.record_id as key, f.record_id,
      case when count(distinct f.person_id) > 1 then null else ${latest('label')} end as label,
      max(f.occurred_on) as occurred_on,
      ${latest('person_id')} as person_id, ${latest('organisation_id')} as organisation_id,
      sum(${value})::float8 as value, bool_or(f.own) as own, bool_or(f.own or f.tagged) as listed,
      bool_and(f.named) as named
    from access f group by f.record_id`;
}

/**
 * The records behind one value, newest first, a page at a time. `total` and `value` count every record behind
 * it, also those the actor may not open, which are not listed. For a ratio the records are the numerator's.
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
  // A record of several persons goes by its own label; a person, by their name where the actor may see them.
  const label =
    source.recordLabel && definition.measure !== 'distinct_persons'
      ? sql`(${source.recordLabel(sql`b.record_id`)})`
      : sql`case when b.named then b.label end`;
  const listed = restricted
    ? sql`false`
    : sql`b.listed ${cursor ? sql`and (b.occurred_on, b.key) < (${cursor[0]}::date, ${cursor[1]}::uuid)` : sql``}`;
  const link = source.recordLink ? source.recordLink(sql`b.record_id`) : sql`null`;
  const result = await db.execute(sql`with f as (
      select f.* from ${factsFrom(source, request.disaggregateBy)} ${whereAll(conditions)}
    ), access as (${access(db, source, actor, request)}), behind as (${rowsBehind(definition)})
    select t.total, t.sum, x.* from (select count(*)::int as total, coalesce(sum(value), 0)::float8 as sum
      from behind) t
    left join lateral (select b.key, b.record_id, ${label} as label, b.occurred_on::text as occurred_on,
        b.person_id, o.name as organisation_name, b.value, b.own, (${link})::text as link_id
      from behind b left join ${organisations} o on o.id = b.organisation_id
      where ${listed} order by b.occurred_on desc, b.key desc limit ${limit + 1}) x on true`);
  const rows = (result as unknown as { rows: Row[] }).rows.filter((r) => r.key !== null);
  const { items, nextCursor } = page(rows, limit, (r) => [r.occurred_on ?? '', r.key ?? '']);
  const [first] = (result as unknown as { rows: Row[] }).rows;
  return {
    items: items.map((r) => ({
      recordId: r.record_id as string,
      label: r.label,
      occurredOn: r.occurred_on as string,
      organisationName: r.organisation_name,
      value: r.value ?? 0,
      path: r.own ? source.recordPath(r.record_id as string, r.person_id, r.link_id) : null,
    })),
    total: first?.total ?? 0,
    value: first?.sum ?? 0,
    restricted,
    nextCursor,
  };
}
