import { resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Connections each server process keeps to PostgreSQL. */
  databasePoolSize: number;
  dataDir: string;
  /** Public address used in links an administrator hands over. */
  publicUrl: string | undefined;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? env.BIRGE_PORT ?? 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Number(env.BIRGE_DATABASE_POOL_SIZE ?? 20),
    dataDir: resolve(env.BIRGE_DATA_DIR ?? './data'),
    publicUrl: env.BIRGE_PUBLIC_URL || undefined,
    secureCookies: env.BIRGE_SECURE_COOKIES === 'true',
    sessionIdleMinutes: Number(env.BIRGE_SESSION_IDLE_MINUTES ?? 120),
    sessionAbsoluteHours: Number(env.BIRGE_SESSION_ABSOLUTE_HOURS ?? 24 * 7),
  };
}
