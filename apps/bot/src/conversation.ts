import { isLanguage, type Language } from '@birge/domain';
import type { Bot, Context } from 'grammy';
import { questionOf } from './attachments';
import type { ConsultationDesk, Suggestion } from './desk';
import { languageNames, t } from './i18n';
import {
  consentKeyboard,
  isTopic,
  languageKeyboard,
  newQuestionKeyboard,
  suggestionKeyboard,
  topicKeyboard,
} from './keyboards';

/** Telegram allows 4096 characters a message; an article longer than this is cut, with an ellipsis. */
const articleLimit = 3000;

export const chatIdOf = (ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id ?? '');

/** The language to speak before the person chose one: their Telegram app's, if Birge speaks it, else Russian. */
export function guessedLanguage(ctx: Context): Language {
  const code = ctx.from?.language_code?.slice(0, 2);
  return isLanguage(code) ? code : 'ru';
}

export async function showTopics(ctx: Context, language: Language) {
  await ctx.reply(t(language, 'menu.chooseTopic'), { reply_markup: topicKeyboard(language) });
}

function suggestionText(language: Language, suggestion: Suggestion) {
  const body =
    suggestion.body.length > articleLimit
      ? `${suggestion.body.slice(0, articleLimit).trimEnd()}…`
      : suggestion.body;
  const notice = suggestion.fallback
    ? `${t(language, 'suggest.otherLanguage', { language: languageNames[suggestion.language] })}\n\n`
    : '';
  return `${notice}${suggestion.title}\n\n${body}`;
}

/**
 * The conversation: /start → language → privacy notice → (agree) → topic → question → knowledge-base answers
 * → "did this answer?" → expert. Nothing is stored before "I agree": the chosen language travels in the
 * buttons' data until then.
 */
export function registerConversation(bot: Bot, desk: ConsultationDesk) {
  bot.command('start', async (ctx) => {
    const chat = await desk.chat(chatIdOf(ctx));
    if (chat) return showTopics(ctx, chat.language);
    await ctx.reply(t(guessedLanguage(ctx), 'start.chooseLanguage'), { reply_markup: languageKeyboard() });
  });

  bot.callbackQuery(/^lang:(ky|kk|ru|en)$/, async (ctx) => {
    const language = ctx.match[1] as Language;
    await ctx.answerCallbackQuery();
    const chat = await desk.chat(chatIdOf(ctx));
    if (chat) {
      await desk.setLanguage(chatIdOf(ctx), language);
      await ctx.editMessageText(t(language, 'language.changed'));
      return showTopics(ctx, language);
    }
    await ctx.editMessageText(t(language, 'privacy.notice'), { reply_markup: consentKeyboard(language) });
  });

  bot.callbackQuery(/^agree:(ky|kk|ru|en)$/, async (ctx) => {
    const language = ctx.match[1] as Language;
    await ctx.answerCallbackQuery();
    const from = ctx.from;
    const displayName = [from.first_name, from.last_name].filter(Boolean).join(' ').slice(0, 200);
    await desk.agree(chatIdOf(ctx), { language, displayName });
    await ctx.editMessageText(t(language, 'privacy.notice'));
    await showTopics(ctx, language);
  });

  bot.callbackQuery(/^decline:(ky|kk|ru|en)$/, async (ctx) => {
    const language = ctx.match[1] as Language;
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t(language, 'privacy.declined'));
  });

  bot.callbackQuery('menu', async (ctx) => {
    await ctx.answerCallbackQuery();
    const chat = await desk.chat(chatIdOf(ctx));
    if (!chat) return ctx.reply(t(guessedLanguage(ctx), 'ask.startFirst'));
    await showTopics(ctx, chat.language);
  });

  bot.callbackQuery(/^topic:([a-z_]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const topic = ctx.match[1] ?? '';
    const chat = await desk.chat(chatIdOf(ctx));
    if (!chat) return ctx.reply(t(guessedLanguage(ctx), 'ask.startFirst'));
    if (!isTopic(topic)) return showTopics(ctx, chat.language);
    await desk.chooseTopic(chatIdOf(ctx), topic);
    await ctx.editMessageText(t(chat.language, 'ask.prompt', { topic: t(chat.language, `topic.${topic}`) }));
  });

  bot.callbackQuery(/^kb:(yes|no):([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const chat = await desk.chat(chatIdOf(ctx));
    if (!chat) return ctx.reply(t(guessedLanguage(ctx), 'ask.startFirst'));
    const helped = ctx.match[1] === 'yes';
    const resolved = await desk.resolveSuggestion(chatIdOf(ctx), ctx.match[2] ?? '', helped);
    await ctx.editMessageReplyMarkup();
    if (resolved?.status === 'self_served') {
      await ctx.reply(t(chat.language, 'suggest.helped'), {
        reply_markup: newQuestionKeyboard(chat.language),
      });
    } else if (resolved) {
      await ctx.reply(t(chat.language, 'expert.sent', { hours: resolved.targetHours }));
    }
  });

  bot.callbackQuery(/^rate:([0-9a-f-]{36}):([1-5])$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const chat = await desk.chat(chatIdOf(ctx));
    if (!chat) return ctx.reply(t(guessedLanguage(ctx), 'ask.startFirst'));
    const rating = Number(ctx.match[2]);
    const rated = await desk.rate(chatIdOf(ctx), ctx.match[1] ?? '', rating);
    if (!rated) return ctx.reply(t(chat.language, 'rate.unavailable'));
    await ctx.editMessageReplyMarkup();
    await ctx.reply(t(chat.language, 'rate.thanks', { rating }), {
      reply_markup: newQuestionKeyboard(chat.language),
    });
  });

  bot.on('message', async (ctx, next) => {
    if (ctx.message.text?.startsWith('/')) return next();
    const chatId = chatIdOf(ctx);
    const chat = await desk.chat(chatId);
    if (!chat) return ctx.reply(t(guessedLanguage(ctx), 'ask.startFirst'));
    const question = questionOf(ctx.message);
    if (!question.text && question.attachments.length === 0) return;
    if (chat.step === 'asking') {
      const asked = await desk.ask(chatId, question);
      if (!asked) return showTopics(ctx, chat.language);
      if (asked.suggestions.length === 0) {
        return ctx.reply(t(chat.language, 'expert.sent', { hours: asked.targetHours }));
      }
      await ctx.reply(t(chat.language, 'suggest.intro'));
      for (const suggestion of asked.suggestions) await ctx.reply(suggestionText(chat.language, suggestion));
      return ctx.reply(t(chat.language, 'suggest.question'), {
        reply_markup: suggestionKeyboard(chat.language, asked.consultationId),
      });
    }
    const replied = await desk.reply(chatId, question);
    if (replied) return ctx.reply(t(chat.language, 'reply.added'));
    await ctx.reply(t(chat.language, 'ask.chooseTopicFirst'), { reply_markup: topicKeyboard(chat.language) });
  });
}
