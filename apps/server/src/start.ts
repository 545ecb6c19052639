import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultWebRoot, startBirge } from './app';
import { readConfig } from './config';

// `npm start`: build the web app if it is missing, migrate, load demo data into an empty database, serve.
const config = readConfig();
if (!existsSync(join(defaultWebRoot, 'index.html'))) {
  console.log('Building the web app (first start only)…');
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], { stdio: 'inherit' });
}
const birge = await startBirge({
  port: config.port,
  host: config.host,
  demo: process.env.BIRGE_DEMO !== 'false',
  ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
});
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
console.log(`Birge is running on http://localhost:${config.port} with ${where}.`);
if (birge.demo) {
  console.log(`Demo accounts (password: ${birge.demo.password}):`);
  for (const email of birge.demo.accounts) console.log(`  ${email}`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void birge.close().then(() => process.exit(0));
  });
}
