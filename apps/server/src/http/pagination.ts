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
  throw new AppError(400, 'errors.validation', undefined, { cursor: { key: 'field.format' } });
}

/** Rows are fetched one beyond the limit; that extra row tells whether another page exists. */
export function page<Row>(rows: Row[], limit: number, keyOf: (row: Row) => readonly (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
