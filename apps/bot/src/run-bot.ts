import { languages } from '@birge/domain';
import type { Bot } from 'grammy';
import { t } from './i18n';

const commands = ['start', 'language', 'mydata', 'forget', 'help'] as const;

/** The command menu in each language, so Telegram shows it in the person's app language. */
export async function publishCommands(bot: Bot) {
  for (const language of languages) {
    await bot.api.setMyCommands(
      commands.map((command) => ({ command, description: t(language, `commands.${command}`) })),
      language === 'ru' ? {} : { language_code: language },
    );
  }
}

/**
 * Starts the bot: long polling (one process asks Telegram for updates) by default, or a webhook when an address
 * is given (Telegram posts updates to `webhookUrl`, served by the server; any number of processes).
 */
export async function runConsultationBot(
  bot: Bot,
  options: { webhookUrl?: string | undefined; secretToken?: string | undefined },
): Promise<{ mode: 'polling' | 'webhook'; username: string; stop(): Promise<void> }> {
  await bot.init();
  await publishCommands(bot);
  if (options.webhookUrl) {
    await bot.api.setWebhook(options.webhookUrl, {
      ...(options.secretToken ? { secret_token: options.secretToken } : {}),
      allowed_updates: ['message', 'callback_query'],
    });
    return { mode: 'webhook', username: bot.botInfo.username, stop: async () => {} };
  }
  await bot.api.deleteWebhook();
  void bot.start({ allowed_updates: ['message', 'callback_query'], drop_pending_updates: false });
  return { mode: 'polling', username: bot.botInfo.username, stop: () => bot.stop() };
}
