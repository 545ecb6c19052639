import { auditEvents, type Queryable } from '@birge/db';
import { asc, gt } from 'drizzle-orm';
import { chainHash, genesisHash } from './chain';

export type ChainReport = {
  entries: number;
  firstBroken: null | { seq: number; id: string; reason: string };
};

/** Recomputes every hash from the first entry on and names the first entry that does not fit. */
export async function verifyChain(db: Queryable, batchSize = 5_000): Promise<ChainReport> {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    for (const row of batch) {
      const broken = (reason: string) => ({ entries, firstBroken: { seq: row.seq, id: row.id, reason } });
      if (row.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return broken('does not follow the entry before it');
      const { hash, prevHash: _previous, ...fields } = row;
      if (chainHash(prevHash, fields) !== hash) return broken('its content was changed after it was written');
      prevHash = hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (batch.length < batchSize) return { entries, firstBroken: null };
  }
}
