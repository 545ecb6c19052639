import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDump: string;
  }
}

interface DemoDatabase {
  database: { dump?: () => Promise<Blob> };
  close(): Promise<void>;
}

/**
 * Loads the demo once for the whole browser run and dumps the database; each test file's server then starts
 * from a copy of it rather than loading the demo again (a few seconds a file on two cores).
 */
export default async function setup(project: TestProject) {
  const serverModule = new URL('../../../server/src/app.ts', import.meta.url).href;
  const { startBirge } = (await import(serverModule)) as {
    startBirge: (options: { port: number; demo: boolean }) => Promise<DemoDatabase>;
  };
  const birge = await startBirge({ port: 0, demo: true });
  const dump = await birge.database.dump?.();
  await birge.close();
  if (!dump) throw new Error('the embedded database gave no dump');
  const folder = mkdtempSync(join(tmpdir(), 'birge-demo-'));
  const dumpPath = join(folder, 'demo.tar');
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide('demoDump', dumpPath);
  return () => rmSync(folder, { recursive: true, force: true });
}
