import { type Database, domainEvents } from '@birge/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DomainEventPayloads, DomainEventType } from './domain-events';

export type EventHandlers = {
  [T in DomainEventType]?: (payload: DomainEventPayloads[T]) => Promise<void>;
};

const leaseSeconds = 60;
const maxAttempts = 8;

type ClaimedEvent = { id: number; type: string; payload: Record<string, unknown>; attempts: number };

/**
 * Takes up to `limit` due events this process can handle. `FOR UPDATE SKIP LOCKED` lets several processes
 * claim at once without taking the same event; the lease (moving `available_at` on) hands an event to another
 * process if this one dies before marking it done. The claim commits at once: no transaction stays open while
 * a handler talks to Telegram.
 */
async function claimEvents(db: Database, types: string[], limit: number): Promise<ClaimedEvent[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: domainEvents.id })
      .from(domainEvents)
      .where(
        and(
          eq(domainEvents.status, 'pending'),
          inArray(domainEvents.type, types),
          sql`${domainEvents.availableAt} <= now()`,
        ),
      )
      .orderBy(domainEvents.id)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(domainEvents)
      .set({
        attempts: sql`${domainEvents.attempts} + 1`,
        availableAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
      })
      .where(
        inArray(
          domainEvents.id,
          due.map((d) => d.id),
        ),
      )
      .returning({
        id: domainEvents.id,
        type: domainEvents.type,
        payload: domainEvents.payload,
        attempts: domainEvents.attempts,
      });
  });
}

/** One pass: handles the due events and marks each done, or schedules a retry with a growing delay. */
export async function dispatchDueEvents(db: Database, handlers: EventHandlers, limit = 20): Promise<number> {
  const types = Object.keys(handlers);
  if (types.length === 0) return 0;
  const events = await claimEvents(db, types, limit);
  for (const event of events) {
    const handler = handlers[event.type as DomainEventType] as
      | ((payload: Record<string, unknown>) => Promise<void>)
      | undefined;
    try {
      await handler?.(event.payload);
      await db
        .update(domainEvents)
        .set({ status: 'done', processedAt: new Date(), lastError: null })
        .where(eq(domainEvents.id, event.id));
    } catch (error) {
      const failed = event.attempts >= maxAttempts;
      const delaySeconds = Math.min(3600, 5 * 2 ** event.attempts);
      await db
        .update(domainEvents)
        .set({
          status: failed ? 'failed' : 'pending',
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          availableAt: sql`now() + make_interval(secs => ${delaySeconds})`,
        })
        .where(eq(domainEvents.id, event.id));
    }
  }
  return events.length;
}

/** Polls for due events every `intervalMs` until stopped; safe to run in every server process. */
export function startDispatcher(
  db: Database,
  handlers: EventHandlers,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
) {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    try {
      while (!stopped && (await dispatchDueEvents(db, handlers)) > 0) {
        // keep going while there is work
      }
    } catch (error) {
      options.onError?.(error);
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, options.intervalMs ?? 1000);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
