import type { Bot } from 'grammy';
import { chatIdOf, guessedLanguage, showTopics } from './conversation';
import type { ConsultationDesk } from './desk';
import { formatDate, languageNames, t } from './i18n';
import { forgetKeyboard, languageKeyboard } from './keyboards';

/** /help, /language, /mydata (what Birge keeps about me) and /forget (delete it). */
export function registerPrivacyCommands(bot: Bot, desk: ConsultationDesk) {
  bot.command('help', async (ctx) => {
    const chat = await desk.chat(chatIdOf(ctx));
    await ctx.reply(t(chat?.language ?? guessedLanguage(ctx), 'help.text'));
  });

  bot.command('language', async (ctx) => {
    await ctx.reply(t(guessedLanguage(ctx), 'start.chooseLanguage'), { reply_markup: languageKeyboard() });
  });

  bot.command('mydata', async (ctx) => {
    const data = await desk.myData(chatIdOf(ctx));
    if (!data) return ctx.reply(t(guessedLanguage(ctx), 'mydata.none'));
    const language = data.language;
    const lines = [
      t(language, 'mydata.summary', {
        name: data.displayName,
        language: languageNames[language],
        date: formatDate(language, data.consentedAt),
        count: data.consultations.length,
      }),
      ...data.consultations.map((c) =>
        t(language, 'mydata.item', {
          date: formatDate(language, c.askedAt),
          topic: t(language, `topic.${c.topic}`),
          status: t(language, `status.${c.status}`),
          messages: c.messages,
          attachments: c.attachments,
        }),
      ),
      t(language, 'mydata.howToDelete'),
    ];
    await ctx.reply(lines.join('\n\n'));
  });

  bot.command('forget', async (ctx) => {
    const chat = await desk.chat(chatIdOf(ctx));
    if (!chat) return ctx.reply(t(guessedLanguage(ctx), 'mydata.none'));
    await ctx.reply(t(chat.language, 'forget.confirm'), { reply_markup: forgetKeyboard(chat.language) });
  });

  bot.callbackQuery(/^forget:(yes|no)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const chat = await desk.chat(chatIdOf(ctx));
    const language = chat?.language ?? guessedLanguage(ctx);
    if (ctx.match[1] === 'no' || !chat) {
      await ctx.editMessageText(t(language, chat ? 'forget.kept' : 'mydata.none'));
      if (chat) await showTopics(ctx, language);
      return;
    }
    await desk.forget(chatIdOf(ctx));
    await ctx.editMessageText(t(language, 'forget.done'));
  });
}
