import { createHash } from 'node:crypto';
import { createConsultationBot, deliverAnswer, runConsultationBot } from '@birge/bot';
import type { Database } from '@birge/db';
import type { FastifyInstance } from 'fastify';
import { startDispatcher } from '../events/dispatcher';
import { AppError, notFound } from '../http/app-error';
import { botDesk } from './bot-desk';
import { readTelegramConfig, type TelegramConfig } from './consultation-config';

type Running = {
  bot: ReturnType<typeof createConsultationBot>;
  config: TelegramConfig & { token: string };
  secretToken: string;
};

/** The bot running on a database in this process: for the webhook route and for opening files. */
const running = new WeakMap<Database, Running>();

const defaultApiRoot = 'https://api.telegram.org';

export type TelegramStatus =
  | { mode: 'off' }
  | { mode: 'polling' | 'webhook'; username: string; stop(): Promise<void> };

/**
 * Starts the Telegram bot inside this server process when `TELEGRAM_BOT_TOKEN` is set, with the dispatcher
 * that delivers experts' answers after commit. Without a token, Birge runs with the bot off.
 */
export async function startTelegram(
  db: Database,
  env: NodeJS.ProcessEnv = process.env,
  options: { onError?: (error: unknown) => void; dispatchIntervalMs?: number } = {},
): Promise<TelegramStatus> {
  const config = readTelegramConfig(env);
  if (!config.token) return { mode: 'off' };
  const desk = botDesk(db, env);
  const bot = createConsultationBot({
    token: config.token,
    apiRoot: config.apiRoot,
    desk,
    onError: options.onError,
  });
  const secretToken = createHash('sha256').update(`birge-webhook:${config.token}`).digest('hex').slice(0, 48);
  running.set(db, { bot, config: { ...config, token: config.token }, secretToken });
  const run = await runConsultationBot(bot, { webhookUrl: config.webhookUrl, secretToken });
  const dispatcher = startDispatcher(
    db,
    { 'consultation.answered': (payload) => deliverAnswer(bot.api, desk, payload) },
    { intervalMs: options.dispatchIntervalMs ?? 1000, onError: options.onError },
  );
  return {
    mode: run.mode,
    username: run.username,
    async stop() {
      await dispatcher.stop();
      await run.stop();
      running.delete(db);
    },
  };
}

/**
 * `POST /api/telegram/webhook`: where Telegram posts updates in webhook mode. Registered only when
 * `TELEGRAM_WEBHOOK_URL` is set; answers only a request carrying the secret given to Telegram with
 * `setWebhook`. A machine endpoint, left out of the API description.
 */
export function telegramWebhookRoutes(
  app: FastifyInstance,
  db: Database,
  env: NodeJS.ProcessEnv = process.env,
) {
  if (!readTelegramConfig(env).webhookUrl) return;
  app.post(
    '/api/telegram/webhook',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request) => {
      const bot = running.get(db);
      if (!bot || request.headers['x-telegram-bot-api-secret-token'] !== bot.secretToken) throw notFound();
      await bot.bot.handleUpdate(request.body as never);
      return { ok: true };
    },
  );
}

/** A file a person sent, fetched from Telegram only now that an expert opens it (`getFile`). */
export async function fetchTelegramFile(db: Database, fileId: string) {
  const bot = running.get(db);
  if (!bot) throw new AppError(503, 'consultations.telegramOff');
  const file = await bot.bot.api.getFile(fileId);
  if (!file.file_path) throw notFound();
  const root = bot.config.apiRoot ?? defaultApiRoot;
  const response = await fetch(`${root}/file/bot${bot.config.token}/${file.file_path}`);
  if (!response.ok) throw notFound();
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
  };
}
