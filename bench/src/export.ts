import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/** Streams the whole export through the API, sampling the server's memory (it runs in this process). */
export async function measureExport(url: string, headers: Record<string, string>) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const response = await fetch(`${url}/api/persons/export?format=csv`, { headers });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let rows = -1;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) rows += 1;
  }
  const milliseconds = performance.now() - start;
  clearInterval(sampler);
  const mb = (n: number) => Math.round(n / 2 ** 20);
  return { milliseconds, rows, megabytes: mb(bytes), baselineMb: mb(baseline), peakMb: mb(peak) };
}

/** The floor: PostgreSQL's own COPY of the same columns to CSV. */
export async function exportFloor(pool: Pool) {
  const client = await pool.connect();
  const start = performance.now();
  try {
    const stream = client.query(
      copyTo(`COPY (select p.id, p.family_name, p.given_name, p.patronymic, p.latin_name, p.sex, p.birth_date, p.birth_year,
        r.names->>'ru', p.locality, array_to_string(p.phones, ', '), p.disability_status, p.functional_difficulty,
        array_to_string(p.tags, ', ') from persons p left join regions r on r.id = p.region_id) TO STDOUT WITH CSV`),
    );
    for await (const _chunk of stream) {
      // drained, as a client would read it
    }
  } finally {
    client.release();
  }
  return { milliseconds: performance.now() - start };
}
