import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultWebRoot, startBirge } from './app';
import { readConfig } from './config';
import { startTelegram } from './consultations/telegram';

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
// The Telegram bot runs inside this process, on the same database (apps/bot/README.md says why).
const telegram = await startTelegram(birge.database.db, process.env, {
  onError: (error) => console.error('Telegram bot:', error),
}).catch((error: unknown) => {
  console.error('Telegram bot: could not start, running without it.', error);
  return { mode: 'off' as const };
});
console.log(
  telegram.mode === 'off'
    ? 'Telegram bot: off (set TELEGRAM_BOT_TOKEN to turn it on).'
    : `Telegram bot @${telegram.username}: on (${telegram.mode === 'webhook' ? 'webhook' : 'long polling'}).`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const stopBot = telegram.mode === 'off' ? Promise.resolve() : telegram.stop();
    void stopBot.then(() => birge.close()).then(() => process.exit(0));
  });
}
