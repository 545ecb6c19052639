import { openDatabase } from '@birge/db';
import { readConfig } from '../config';
import { sealAuditChain } from './seal-chain';
import { verifyChain } from './verify-chain';

// `npm run audit:verify`: seals what is waiting, then recomputes the whole audit chain of the configured
// database and names the first broken entry (exit code 1).
const config = readConfig();
const handle = await openDatabase(
  config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
);
try {
  await sealAuditChain(handle.db);
  const report = await verifyChain(handle.db);
  if (report.firstBroken) {
    const { position, id, reason } = report.firstBroken;
    console.error(
      `Audit chain broken at entry ${position} (${id}): ${reason}. ${report.entries} entries before it are intact.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Audit chain intact: ${report.entries} entries; ${report.unsealed} waiting to be sealed.`);
  }
} finally {
  await handle.close();
}
