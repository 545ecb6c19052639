import { createHash } from 'node:crypto';
import { type Database, rateLimits } from '@birge/db';
import { lt, sql } from 'drizzle-orm';
import { AppError } from '../http/app-error';

/**
 * Counts a request against a limit per key and fixed window, in PostgreSQL: every server process shares the
 * count. The client address is kept only as a hash. Old windows are swept now and then.
 */
export async function hitRateLimit(
  db: Database,
  action: string,
  clientAddress: string,
  limit: { max: number; windowSeconds: number },
): Promise<void> {
  const key = `${action}:${createHash('sha256').update(clientAddress).digest('hex').slice(0, 32)}`;
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if (Math.random() < 0.02) {
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(Date.now() - 2 * 86_400_000)));
  }
  if ((row?.count ?? 0) > limit.max) throw new AppError(429, 'errors.tooManyRequests');
}
