import { auditEvents, type Database } from '@birge/db';
import { asc, desc, isNotNull, isNull, sql } from 'drizzle-orm';
import { chainHash, genesisHash } from './chain';

// One sealer at a time across every server process; the others skip the round.
const sealerLock = 0x62697267;

/**
 * Gives committed, unsealed audit entries the next places in the chain and their hashes, oldest first.
 * An entry whose transaction commits late is simply sealed in a later round, after entries it preceded.
 * Returns how many entries it sealed.
 */
export async function sealAuditChain(db: Database, batchSize = 1000): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const [lock] = await tx
        .execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(${sealerLock}) as locked`)
        .then((result) => (result as unknown as { rows: { locked: boolean }[] }).rows);
      if (!lock?.locked) return 0;
      const pending = await tx
        .select()
        .from(auditEvents)
        .where(isNull(auditEvents.chainPosition))
        .orderBy(asc(auditEvents.seq))
        .limit(batchSize);
      if (pending.length === 0) return 0;
      const [last] = await tx
        .select({ chainPosition: auditEvents.chainPosition, hash: auditEvents.hash })
        .from(auditEvents)
        .where(isNotNull(auditEvents.chainPosition))
        .orderBy(desc(auditEvents.chainPosition))
        .limit(1);
      let position = last?.chainPosition ?? 0;
      let prevHash = last?.hash ?? genesisHash;
      const seals = pending.map(({ chainPosition: _position, prevHash: _prev, hash: _hash, ...entry }) => {
        position += 1;
        const hash = chainHash(prevHash, { ...entry, chainPosition: position });
        const seal = { seq: entry.seq, chainPosition: position, prevHash, hash };
        prevHash = hash;
        return seal;
      });
      await tx.execute(sql`
        update ${auditEvents} set chain_position = s.position, prev_hash = s.prev_hash, hash = s.hash
        from (select unnest(${sql.param(seals.map((s) => s.seq))}::bigint[]) as seq,
                     unnest(${sql.param(seals.map((s) => s.chainPosition))}::bigint[]) as position,
                     unnest(${sql.param(seals.map((s) => s.prevHash))}::text[]) as prev_hash,
                     unnest(${sql.param(seals.map((s) => s.hash))}::text[]) as hash) as s
        where ${auditEvents.seq} = s.seq`);
      return seals.length;
    });
    sealed += count;
    if (count < batchSize) return sealed;
  }
}

/** Seals every half second in the background of a server process, until stopped. */
export function startAuditSealer(db: Database, onError: (error: unknown) => void) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sealAuditChain(db)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, 500);
  timer.unref();
  return async () => {
    clearInterval(timer);
    while (running) await new Promise((resolve) => setTimeout(resolve, 20));
    await sealAuditChain(db).catch(onError);
  };
}
