import { type ChildProcess, spawn } from 'node:child_process';
import { auditEvents, type DatabaseHandle } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain } from '../src/audit/seal-chain';
import { verifyChain } from '../src/audit/verify-chain';
import { loadDemo } from '../src/demo/load-demo';
import { freshDatabase } from './test-database';

/** Two server processes on one PostgreSQL database behave as one Birge. */
const onPostgres = Boolean(process.env.DATABASE_URL);
let database: DatabaseHandle & { url?: string };
const processes: ChildProcess[] = [];
const urls: string[] = [];

function serve(databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['--import', 'tsx', 'apps/server/test/serve-process.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    processes.push(child);
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = chunk.toString().match(/listening (\S+)/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

beforeAll(async () => {
  if (!onPostgres) return;
  database = await freshDatabase();
  await loadDemo(database.db, { people: false });
  const url = database.url ?? '';
  urls.push(...(await Promise.all([serve(url), serve(url)])));
}, 60_000);

afterAll(async () => {
  for (const child of processes) child.kill('SIGTERM');
  await database?.close();
});

describe.runIf(onPostgres)('two server processes on one PostgreSQL', () => {
  it('share sessions and write one valid audit chain', async () => {
    const [first = '', second = ''] = urls;
    const signIn = await fetch(`${first}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'secretariat@birge.test', password: 'birge-demo-2026' }),
    });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };

    const onSecond = await fetch(`${second}/api/session`, { headers });
    expect(onSecond.status).toBe(200);

    const writes = Array.from({ length: 24 }, (_, i) =>
      fetch(`${i % 2 ? second : first}/api/organisations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: `Parent group ${i + 1}`, type: 'parent_group' }),
      }),
    );
    const statuses = (await Promise.all(writes)).map((response) => response.status);
    expect(statuses.every((status) => status === 201)).toBe(true);

    // Both processes seal in the background; sealing once more here only makes sure nothing is left over.
    await sealAuditChain(database.db);
    const report = await verifyChain(database.db);
    expect(report.unsealed).toBe(0);
    expect(report.firstBroken).toBeNull();
    const created = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'organisation.create'));
    expect(
      created.filter((entry) => String(entry.changes.name?.after).startsWith('Parent group')),
    ).toHaveLength(24);

    await fetch(`${second}/api/auth/sign-out`, { method: 'POST', headers });
    expect((await fetch(`${first}/api/session`, { headers })).status).toBe(401);
  });
});
