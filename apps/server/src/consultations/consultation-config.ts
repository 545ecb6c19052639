import { organisations, type Queryable } from '@birge/db';
import { eq } from 'drizzle-orm';
import { demoOrganisations } from '../demo/demo-organisations';

export type TelegramConfig = {
  token: string | undefined;
  /** Set: Telegram posts updates to this address. Unset: the bot asks Telegram for them (long polling). */
  webhookUrl: string | undefined;
  apiRoot: string | undefined;
};

export function readTelegramConfig(env: NodeJS.ProcessEnv = process.env): TelegramConfig {
  return {
    token: env.TELEGRAM_BOT_TOKEN || undefined,
    webhookUrl: env.TELEGRAM_WEBHOOK_URL || undefined,
    apiRoot: env.TELEGRAM_API_ROOT || undefined,
  };
}

const demoHolder = demoOrganisations.find((o) => o.key === 'qorgan')?.name;

/**
 * The organisation that holds questions from the bot and the public form: `BIRGE_CONSULTATION_ORGANISATION`
 * (an organisation id), else — in the demo — Qorgan-M, which ran the bot that gave 274 consultations.
 */
export async function consultationOrganisation(
  db: Queryable,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ id: string; regionId: string | null } | null> {
  const configured = env.BIRGE_CONSULTATION_ORGANISATION;
  const where = configured
    ? /^[0-9a-f-]{36}$/i.test(configured)
      ? eq(organisations.id, configured)
      : null
    : demoHolder
      ? eq(organisations.name, demoHolder)
      : null;
  if (!where) return null;
  const [row] = await db
    .select({ id: organisations.id, regionId: organisations.regionId })
    .from(organisations)
    .where(where)
    .limit(1);
  return row ?? null;
}
