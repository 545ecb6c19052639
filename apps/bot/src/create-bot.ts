import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { registerConversation } from './conversation';
import type { ConsultationDesk } from './desk';
import { t } from './i18n';
import { registerPrivacyCommands } from './privacy';

export type BotOptions = {
  token: string;
  /** The Bot API server; Telegram's by default. Tests and self-hosted Bot API servers set their own. */
  apiRoot?: string | undefined;
  desk: ConsultationDesk;
  /** Known in advance (tests, a restart): grammY then skips `getMe`. */
  botInfo?: UserFromGetMe;
  onError?: (error: unknown) => void;
};

/** The consultations bot: every step through the desk, every text from the catalogues in four languages. */
export function createConsultationBot(options: BotOptions): Bot {
  const bot = new Bot(options.token, {
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  registerPrivacyCommands(bot, options.desk);
  registerConversation(bot, options.desk);
  bot.catch(async (failure) => {
    options.onError?.(failure.error);
    try {
      await failure.ctx.reply(t('ru', 'unavailable'));
    } catch {
      // the person cannot be told; the error is reported above
    }
  });
  return bot;
}
