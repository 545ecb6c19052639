import autocannon from 'autocannon';

export type Timing = { p50: number; p95: number; count: number };
export type Throughput = { perSecond: number; p50: number; p95: number; count: number };

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function summarise(latencies: number[]): Timing {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length };
}

type Request = { method: 'GET' | 'POST'; path: string; body?: string };

/**
 * Drives the real HTTP API with autocannon, one request after another (latency) or many at once
 * (throughput), and times every response. Any answer other than 2xx fails the run.
 */
export async function loadTest(
  url: string,
  headers: Record<string, string>,
  next: () => Request,
  options: { connections: number; amount?: number; duration?: number },
): Promise<Throughput> {
  const latencies: number[] = [];
  let failures = 0;
  const settings: autocannon.Options = {
    url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
    headers: { ...headers, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const { method, path, body } = next();
          return { ...request, method, path, ...(body ? { body } : {}) };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 300) failures += 1;
      latencies.push(responseTime);
    });
  });
  if (failures || result.errors) throw new Error(`${failures} failed responses, ${result.errors} errors`);
  const timing = summarise(latencies);
  return { ...timing, perSecond: latencies.length / (result.duration || 1) };
}

/** Times a function run one call after another: the raw SQL floor. */
export async function timeSequential(times: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  const latencies: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run(i);
    latencies.push(performance.now() - start);
  }
  return summarise(latencies);
}

/** Runs a function from several clients at once for a while: the raw SQL floor of a write. */
export async function timeConcurrent(clients: number, seconds: number, run: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  let i = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const start = performance.now();
        await run(i++);
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { ...summarise(latencies), perSecond: latencies.length / seconds };
}
