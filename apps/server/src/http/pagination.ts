import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AppError } from './app-error';

export const listQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  updatedSince: z.iso.datetime({ offset: true }).optional(),
});

/** A cursor is the sort key of the last row a page showed, opaque to the client. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const malformedCursor = () =>
  new AppError(400, 'errors.validation', undefined, { cursor: { key: 'field.format' } });

export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((k) => ['string', 'number'].includes(typeof k))
    ) {
      return key;
    }
  } catch {
    // falls through to the same answer as a well-formed cursor of the wrong shape
  }
  throw malformedCursor();
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor of a sort key and the last row's id; one that is not, from a client that made it up, is a 400. */
export function decodeKeyAndId(cursor: string | undefined): [string | number, string] | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [sortKey, id] = key;
  if (sortKey === undefined || typeof id !== 'string' || !uuid.test(id)) throw malformedCursor();
  return [sortKey, id];
}

/** A timestamp as a cursor key, to the microsecond, so a page neither repeats nor skips rows of one millisecond. */
export const cursorTime = (column: PgColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The rows after a cursor of a list newest first, the cursor being `cursorTime` and the id of the last row. */
export function olderThan(time: PgColumn, id: PgColumn, cursor: string | undefined): SQL | undefined {
  const after = decodeKeyAndId(cursor);
  if (!after) return undefined;
  const [at, lastId] = after;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) throw malformedCursor();
  return sql`(${time}, ${id}) < (${at}::timestamptz, ${lastId}::uuid)`;
}

/** Rows are fetched one beyond the limit; that extra row tells whether another page exists. */
export function page<Row>(rows: Row[], limit: number, keyOf: (row: Row) => readonly (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
