import { openDatabase } from '@birge/db';
import { readConfig } from '../config';
import { verifyChain } from './verify-chain';

// `npm run audit:verify`: recomputes the audit chain of the configured database and names the first broken entry.
const config = readConfig();
const handle = await openDatabase(
  config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
);
try {
  const report = await verifyChain(handle.db);
  if (report.firstBroken) {
    const { seq, id, reason } = report.firstBroken;
    console.error(
      `Audit chain broken at entry ${seq} (${id}): ${reason}. ${report.entries} entries before it are intact.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Audit chain intact: ${report.entries} entries.`);
  }
} finally {
  await handle.close();
}
