import { auditEvents, type Queryable } from '@birge/db';
import { asc, count, gt, isNull } from 'drizzle-orm';
import { chainHash, genesisHash } from './chain';

export type ChainReport = {
  entries: number;
  /** Entries appended but not yet sealed: normal for the last second, a fault if they stay. */
  unsealed: number;
  firstBroken: null | { position: number; id: string; reason: string };
};

/** Recomputes every hash from the first sealed entry on and names the first entry that does not fit. */
export async function verifyChain(db: Queryable, batchSize = 5_000): Promise<ChainReport> {
  const [pending] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(isNull(auditEvents.chainPosition));
  const unsealed = pending?.n ?? 0;
  let prevHash = genesisHash;
  let expected = 1;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.chainPosition, expected - 1))
      .orderBy(asc(auditEvents.chainPosition))
      .limit(batchSize);
    for (const row of batch) {
      const entries = expected - 1;
      const broken = (reason: string) => ({
        entries,
        unsealed,
        firstBroken: { position: row.chainPosition ?? expected, id: row.id, reason },
      });
      if (row.chainPosition !== expected) return broken(`entry ${expected} is missing`);
      const { hash, prevHash: recordedPrev, chainPosition: _position, ...fields } = row;
      if (recordedPrev !== prevHash) return broken('does not follow the entry before it');
      if (hash === null || chainHash(prevHash, { ...fields, chainPosition: expected }) !== hash) {
        return broken('its content was changed after it was written');
      }
      prevHash = hash;
      expected += 1;
    }
    if (batch.length < batchSize) return { entries: expected - 1, unsealed, firstBroken: null };
  }
}
