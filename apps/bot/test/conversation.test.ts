import { botChats, consultationMessages, consultations } from '@birge/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationFigures } from '../../server/src/consultations/consultation-figures';
import { startTelegram, type TelegramStatus } from '../../server/src/consultations/telegram';
import { type Client, createTestApp, type TestApp } from '../../server/test/harness';
import { botCatalogues } from '../src/i18n';
import { type FakeTelegram, person, startFakeTelegram } from './fake-telegram';

/**
 * Whole conversations, in Kazakh and Russian (and a Kyrgyz refusal), against a local Bot API server: the bot
 * runs inside the server process on the test database, exactly as `npm start` runs it.
 */
const token = '123456:test-token';
let t: TestApp;
let telegram: FakeTelegram;
let bot: TelegramStatus;
let expert: Client;
let qorgan: string;

beforeAll(async () => {
  t = await createTestApp();
  telegram = await startFakeTelegram(token);
  bot = await startTelegram(
    t.db,
    { TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: telegram.url },
    { dispatchIntervalMs: 50, onError: (e) => console.error(e) },
  );
  qorgan = await t.organisationId('Қорған-М');
  expert = await t.signIn('expert@birge.test', 'kk');
  const article = await expert.post('/api/knowledge', {
    organisationId: qorgan,
    topic: 'benefits',
    country: 'KZ',
    status: 'published',
    translations: [
      {
        language: 'kk',
        title: 'Мүгедектігі бар балаға жәрдемақы',
        body: 'Мүгедектігі бар баланы тәрбиелеп отырған ата-анаға ай сайын мемлекеттік жәрдемақы төленеді. Өтінішті eGov немесе ХҚКО арқылы беріңіз.',
      },
      {
        language: 'ru',
        title: 'Пособие на ребёнка с инвалидностью',
        body: 'Родителю, воспитывающему ребёнка с инвалидностью, ежемесячно выплачивается государственное пособие. Заявление подаётся через eGov или ЦОН.',
      },
    ],
  });
  expect(article.status).toBe(201);
});
afterAll(async () => {
  if (bot.mode !== 'off') await bot.stop();
  await telegram.close();
  await t.close();
});

const sentTo = (chatId: number, text: string) => () =>
  telegram.calls.find(
    (c) =>
      ['sendMessage', 'editMessageText'].includes(c.method) &&
      Number(c.payload.chat_id) === chatId &&
      String(c.payload.text).includes(text),
  );
const lastTo = (chatId: number) =>
  telegram.calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId).at(-1);
const buttons = (call: { payload: Record<string, any> } | undefined): string[] =>
  (call?.payload.reply_markup?.inline_keyboard ?? [])
    .flat()
    .map((b: { callback_data: string }) => b.callback_data);
const chatRow = async (chatId: number) =>
  (
    await t.db
      .select()
      .from(botChats)
      .where(eq(botChats.chatId, String(chatId)))
  )[0];

describe('a conversation in Kazakh', () => {
  const aigul = person(5551001, 'Айгүл', 'kk');
  let consultationId = '';

  it('asks the language and shows the privacy notice, storing nothing before consent', async () => {
    expect(bot.mode).toBe('polling');
    await telegram.send(aigul.command('start'));
    const chooser = await telegram.waitFor(sentTo(aigul.id, 'Тілді таңдаңыз'), 'the language question');
    expect(buttons(chooser)).toEqual(['lang:ky', 'lang:kk', 'lang:ru', 'lang:en']);
    await telegram.send(aigul.press('lang:kk'));
    const notice = await telegram.waitFor(sentTo(aigul.id, botCatalogues.kk['privacy.notice']), 'the notice');
    expect(buttons(notice)).toEqual(['agree:kk', 'decline:kk']);
    expect(await chatRow(aigul.id)).toBeUndefined();
    expect(telegram.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);

    await telegram.send(aigul.press('agree:kk'));
    const topics = await telegram.waitFor(
      sentTo(aigul.id, botCatalogues.kk['menu.chooseTopic']),
      'the topics',
    );
    expect(buttons(topics)).toEqual([
      'topic:rights',
      'topic:benefits',
      'topic:education',
      'topic:health',
      'topic:employment',
      'topic:other',
    ]);
    expect(await chatRow(aigul.id)).toMatchObject({ language: 'kk', displayName: 'Айгүл' });
  });

  it('offers a knowledge-base answer, then sends the question to an expert on "no"', async () => {
    await telegram.send(aigul.press('topic:benefits'));
    await telegram.waitFor(sentTo(aigul.id, 'Тақырып: Жәрдемақылар мен зейнетақылар'), 'the question prompt');
    await telegram.send(aigul.text('Балама жәрдемақыны қалай ресімдеймін?'));
    await telegram.waitFor(sentTo(aigul.id, 'Мүгедектігі бар балаға жәрдемақы'), 'the article');
    const asked = await telegram.waitFor(
      sentTo(aigul.id, botCatalogues.kk['suggest.question']),
      'did it help',
    );
    const [yes, no] = buttons(asked);
    expect(yes).toMatch(/^kb:yes:/);
    consultationId = (no ?? '').slice('kb:no:'.length);
    const [row] = await t.db.select().from(consultations).where(eq(consultations.id, consultationId));
    expect(row).toMatchObject({
      status: 'suggested',
      channel: 'telegram',
      language: 'kk',
      topic: 'benefits',
    });

    await telegram.send(aigul.press(no ?? ''));
    await telegram.waitFor(sentTo(aigul.id, 'Сұрағыңыз маманға жіберілді'), 'sent to an expert');
    const queue = await expert.get('/api/consultations?language=kk');
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(consultationId);
  });

  it('keeps a voice message as a file id, fetched only when the expert opens it', async () => {
    telegram.addFile('voice-1', 'voice/file_1.oga', Buffer.from('OggS-voice'));
    await telegram.send(aigul.voice('voice-1'));
    await telegram.waitFor(sentTo(aigul.id, botCatalogues.kk['reply.added']), 'reply added');
    expect(telegram.calls.some((c) => c.method === 'getFile')).toBe(false);
    const detail = await expert.get(`/api/consultations/${consultationId}`);
    const voice = detail.body.messages.find((m: { attachments: unknown[] }) => m.attachments.length);
    expect(voice.attachments[0]).toMatchObject({ kind: 'voice', mimeType: 'audio/ogg', duration: 7 });
    const opened = await t.app.inject({
      method: 'GET',
      url: `/api/consultations/${consultationId}/messages/${voice.id}/attachments/0`,
      headers: { cookie: expert.cookie },
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toBe('OggS-voice');
    expect(telegram.calls.find((c) => c.method === 'getFile')?.payload.file_id).toBe('voice-1');
  });

  it('delivers the expert’s answer after commit, and the person rates it', async () => {
    const detail = await expert.get(`/api/consultations/${consultationId}`);
    const answer = await expert.post(`/api/consultations/${consultationId}/answers`, {
      text: 'Жәрдемақыны eGov арқылы ресімдей аласыз: баланың мүгедектігі туралы анықтама керек.',
      version: detail.body.consultation.version,
    });
    expect(answer.status).toBe(201);
    await telegram.waitFor(sentTo(aigul.id, 'eGov арқылы ресімдей аласыз'), 'the delivered answer');
    const footer = await telegram.waitFor(
      sentTo(aigul.id, botCatalogues.kk['answer.footer']),
      'the rating buttons',
    );
    expect(buttons(footer)).toEqual([1, 2, 3, 4, 5].map((n) => `rate:${consultationId}:${n}`));
    // Marked delivered once Telegram took it (after the send, so wait for it).
    for (let i = 0; i < 100; i += 1) {
      const [delivered] = await t.db
        .select({ at: consultationMessages.deliveredAt })
        .from(consultationMessages)
        .where(eq(consultationMessages.id, answer.body.message.id));
      if (delivered?.at) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [delivered] = await t.db
      .select()
      .from(consultationMessages)
      .where(eq(consultationMessages.id, answer.body.message.id));
    expect(delivered?.deliveredAt).not.toBeNull();

    await telegram.send(aigul.press(`rate:${consultationId}:5`));
    await telegram.waitFor(sentTo(aigul.id, 'Сіздің бағаңыз: 5-тен 5'), 'thanks for the rating');
    const figures = await consultationFigures(t.db, {
      from: new Date(Date.now() - 3_600_000),
      to: new Date(Date.now() + 3_600_000),
      organisationId: qorgan,
    });
    expect(figures.byChannel.telegram).toBeGreaterThanOrEqual(1);
    expect(figures.byLanguage.kk).toBeGreaterThanOrEqual(1);
    expect(figures.byStatus.answered).toBeGreaterThanOrEqual(1);
    expect(figures.averageRating).toBe(5);
    expect(figures.medianResponseMinutes).toBe(0);
  });
});

describe('a conversation in Russian, then /mydata and /forget', () => {
  const dmitry = person(5551002, 'Дмитрий', 'ru');
  let consultationId = '';

  it('goes straight to an expert when the knowledge base has nothing, and delivers the answer', async () => {
    await telegram.send(dmitry.command('start'));
    await telegram.send(dmitry.press('lang:ru'));
    await telegram.send(dmitry.press('agree:ru'));
    await telegram.send(dmitry.press('topic:rights'));
    await telegram.waitFor(sentTo(dmitry.id, 'Тема: Права и юридическая помощь'), 'the prompt');
    await telegram.send(dmitry.text('Работодатель не хочет оборудовать рампу у входа. Что делать?'));
    await telegram.waitFor(sentTo(dmitry.id, 'Ваш вопрос отправлен специалисту'), 'sent to an expert');
    const [row] = await t.db
      .select()
      .from(consultations)
      .where(eq(consultations.botChatId, (await chatRow(dmitry.id))?.id ?? ''));
    consultationId = row?.id ?? '';
    expect(row).toMatchObject({ status: 'waiting', language: 'ru', topic: 'rights', contactName: 'Дмитрий' });

    await expert.post(`/api/consultations/${consultationId}/claim`, { version: 1 });
    await expert.post(`/api/consultations/${consultationId}/answers`, {
      text: 'Работодатель обязан обеспечить разумное приспособление рабочего места.',
      version: 2,
    });
    await telegram.waitFor(sentTo(dmitry.id, 'Ответ специалиста:'), 'the answer in Russian');
    await telegram.send(dmitry.press(`rate:${consultationId}:4`));
    await telegram.waitFor(sentTo(dmitry.id, 'Ваша оценка: 4 из 5'), 'the thanks');
    await telegram.send(dmitry.text('Спасибо, а если он всё равно откажет?'));
    await telegram.waitFor(sentTo(dmitry.id, 'Добавлено к вашему вопросу'), 'the reply');
  });

  it('/mydata says what Birge keeps', async () => {
    await telegram.send(dmitry.command('mydata'));
    const said = lastTo(dmitry.id)?.payload.text as string;
    expect(said).toContain('«Дмитрий»');
    expect(said).toContain('1 вопрос:');
    expect(said).toContain('Права и юридическая помощь');
    expect(said).toContain('Ваших сообщений: 2');
  });

  it('/forget removes the chat id, names, texts and files, keeping anonymous counts', async () => {
    await telegram.send(dmitry.command('forget'));
    await telegram.waitFor(sentTo(dmitry.id, 'Удалить?'), 'the confirmation');
    const chat = await chatRow(dmitry.id);
    await telegram.send(dmitry.press('forget:yes'));
    await telegram.waitFor(sentTo(dmitry.id, botCatalogues.ru['forget.done']), 'done');
    expect(await chatRow(dmitry.id)).toBeUndefined();
    expect(
      await t.db
        .select()
        .from(botChats)
        .where(eq(botChats.id, chat?.id ?? '')),
    ).toEqual([]);
    expect(
      await t.db
        .select()
        .from(consultationMessages)
        .where(eq(consultationMessages.consultationId, consultationId)),
    ).toEqual([]);
    const [kept] = await t.db.select().from(consultations).where(eq(consultations.id, consultationId));
    expect(kept).toMatchObject({
      botChatId: null,
      contactName: '',
      contact: '',
      topic: 'rights',
      language: 'ru',
      channel: 'telegram',
      rating: 4,
    });
    expect(kept?.forgottenAt).not.toBeNull();
    // Nothing of the chat is left anywhere, the audit trail included.
    const rows = await t.db.execute(sql`select string_agg(c::text, '|') as dump from consultations c`);
    expect(JSON.stringify(rows)).not.toContain('Дмитрий');
    const audit = await t.db.execute(sql`select string_agg(a::text, '|') as dump from audit_events a`);
    const trail = JSON.stringify(audit);
    expect(trail).not.toContain(String(dmitry.id));
    expect(trail).not.toContain('рампу');
    await telegram.send(dmitry.command('mydata'));
    await telegram.waitFor(sentTo(dmitry.id, botCatalogues.ru['mydata.none']), 'nothing kept');
  });
});

describe('a refusal in Kyrgyz', () => {
  it('stores nothing when the person declines, and nothing before /start', async () => {
    const bakyt = person(5551003, 'Бакыт', 'ky');
    await telegram.send(bakyt.text('Салам'));
    await telegram.waitFor(sentTo(bakyt.id, botCatalogues.ky['ask.startFirst']), 'start first');
    await telegram.send(bakyt.command('start'));
    await telegram.send(bakyt.press('lang:ky'));
    await telegram.send(bakyt.press('decline:ky'));
    await telegram.waitFor(sentTo(bakyt.id, botCatalogues.ky['privacy.declined']), 'declined');
    expect(await chatRow(bakyt.id)).toBeUndefined();
  });
});
