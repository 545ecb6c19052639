import { readFileSync } from 'node:fs';
import { type DatabaseHandle, openDatabase } from '@birge/db';
import pg from 'pg';
import { inject } from 'vitest';

let counter = 0;

/** A fresh, migrated database for one test file: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export async function freshDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const source = inject('database');
  if (source.kind === 'pglite') {
    return openDatabase({ memory: true, loadDataDir: new Blob([readFileSync(source.dumpPath)]) });
  }
  counter += 1;
  const name = `birge_test_${process.ppid}_${process.pid}_${counter}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: source.serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source.template}`);
  await admin.end();
  const url = new URL(source.serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return { ...handle, url: url.toString() };
}
