import { startBirge } from '../src/app';

// One Birge server process for the multi-process test: prints its address once it listens.
const birge = await startBirge({ databaseUrl: process.env.DATABASE_URL, port: 0, webRoot: '/nonexistent' });
console.log(`listening ${birge.url}`);
process.once('SIGTERM', () => {
  void birge.close().then(() => process.exit(0));
});
