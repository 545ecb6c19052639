import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@birge/db';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    database:
      | { kind: 'postgres'; serverUrl: string; template: string }
      | { kind: 'pglite'; dumpPath: string };
  }
}

/**
 * Migrates one database for the whole run; every test file then starts from a copy of it: on PostgreSQL a
 * `CREATE DATABASE … TEMPLATE`, on PGlite a load of its dumped data folder.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `birge_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const url = new URL(serverUrl);
    url.pathname = `/${template}`;
    const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await handle.migrate();
    await handle.close();
    project.provide('database', { kind: 'postgres', serverUrl, template });
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'birge_test_${process.pid}_%'`,
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    };
  }
  const folder = mkdtempSync(join(tmpdir(), 'birge-test-'));
  const handle = await openDatabase({ memory: true });
  await handle.migrate();
  const dump = await handle.dump?.();
  if (!dump) throw new Error('PGlite gave no dump');
  const dumpPath = join(folder, 'migrated.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('database', { kind: 'pglite', dumpPath });
  return () => rmSync(folder, { recursive: true, force: true });
}
