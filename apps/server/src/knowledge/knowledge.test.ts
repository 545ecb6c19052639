import { knowledgeVersions } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let expert: Client;
let qorgan: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  qorgan = await t.organisationId('Қорған-М');
  expert = await t.signIn('expert@birge.test', 'kk');
  const write = async (topic: string, translations: { language: string; title: string; body: string }[]) => {
    const created = await expert.post('/api/knowledge', {
      organisationId: qorgan,
      topic,
      status: 'published',
      translations,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  ids.benefits = await write('benefits', [
    {
      language: 'ky',
      title: 'Майыптыгы бар балага жөлөкпул',
      body: 'Мүмкүнчүлүгү чектелген балага ай сайын мамлекеттик жөлөкпул төлөнөт. Арызды социалдык өнүгүү башкармалыгына бериңиз.',
    },
    {
      language: 'ru',
      title: 'Пособие ребёнку с инвалидностью',
      body: 'Ребёнку с инвалидностью ежемесячно выплачивается государственное пособие. Заявление подаётся в управление социального развития.',
    },
  ]);
  ids.pension = await write('benefits', [
    {
      language: 'kk',
      title: 'Мүгедектігі бойынша зейнетақы мен жәрдемақы',
      body: 'Мүгедектігі бар адамдарға мемлекеттік әлеуметтік жәрдемақы тағайындалады. Өтінішті Азаматтарға арналған үкімет арқылы беруге болады.',
    },
  ]);
  ids.school = await write('education', [
    {
      language: 'ru',
      title: 'Инклюзивное образование: права ребёнка',
      body: 'Школа по месту жительства не вправе отказать ребёнку с инвалидностью в приёме. Обратитесь в отдел образования с письменным заявлением.',
    },
  ]);
});
afterAll(() => t.close());

const search = async (client: Client, q: string, language: string) =>
  (await client.get(`/api/public/knowledge?q=${encodeURIComponent(q)}&language=${language}`)).body.items as {
    articleId: string;
    language: string;
    fallback: boolean;
    title: string;
  }[];

describe('the knowledge base', () => {
  it('finds articles by full text in Kyrgyz, Kazakh and Russian, across word endings', async () => {
    const anyone = t.anonymous();
    expect((await search(anyone, 'жөлөкпулга кантип арыз берем?', 'ky')).map((a) => a.articleId)).toEqual([
      ids.benefits,
    ]);
    expect((await search(anyone, 'Жәрдемақыны қалай алуға болады?', 'kk')).map((a) => a.articleId)).toEqual([
      ids.pension,
    ]);
    expect((await search(anyone, 'ШКОЛА отказывает в приёме ребёнка', 'ru'))[0]?.articleId).toBe(ids.school);
    expect((await search(anyone, 'пособия на ребёнка-инвалида', 'ru'))[0]).toMatchObject({
      articleId: ids.benefits,
      language: 'ru',
      fallback: false,
    });
    expect(await search(anyone, 'погода в Алматы', 'ru')).toEqual([]);
  });

  it('shows another language with a notice when the asked one is missing', async () => {
    const [hit] = await search(t.anonymous(), 'зейнетақы', 'ky');
    expect(hit).toMatchObject({ articleId: ids.pension, language: 'kk', fallback: true });
    const article = await t.anonymous().get(`/api/public/knowledge/${ids.school}?language=kk`);
    expect(article.body).toMatchObject({ language: 'ru', fallback: true, availableLanguages: ['ru'] });
  });

  it('keeps every earlier text when an expert revises or translates', async () => {
    const revised = await expert.request('PUT', `/api/knowledge/${ids.school}/translations/ru`, {
      title: 'Инклюзивное образование: права ребёнка в школе',
      body: 'Школа по месту жительства обязана принять ребёнка с инвалидностью. Если отказали, напишите заявление в отдел образования.',
      version: 1,
    });
    expect(revised.body.version).toBe(2);
    const stale = await expert.request('PUT', `/api/knowledge/${ids.school}/translations/ru`, {
      title: 'Старая правка',
      body: 'Эта правка сделана к устаревшей версии статьи.',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const translated = await expert.request('PUT', `/api/knowledge/${ids.school}/translations/kk`, {
      title: 'Инклюзивті білім беру',
      body: 'Мектеп мүгедектігі бар баланы қабылдауға міндетті. Бас тартса, білім бөліміне жазбаша өтініш беріңіз.',
    });
    expect(translated.status).toBe(200);
    const history = await expert.get(`/api/knowledge/${ids.school}/versions?language=ru`);
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const rows = await t.db
      .select()
      .from(knowledgeVersions)
      .where(eq(knowledgeVersions.articleId, ids.school ?? ''));
    expect(rows).toHaveLength(3);
    expect((await search(t.anonymous(), 'мектеп қабылдау', 'kk'))[0]).toMatchObject({
      articleId: ids.school,
      fallback: false,
    });
  });

  it('keeps drafts with the writing organisation', async () => {
    const draft = await expert.post('/api/knowledge', {
      organisationId: qorgan,
      topic: 'employment',
      translations: [
        { language: 'ru', title: 'Квота рабочих мест', body: 'Черновик статьи о квотировании рабочих мест.' },
      ],
    });
    expect(await search(t.anonymous(), 'квота', 'ru')).toEqual([]);
    expect((await expert.get('/api/knowledge?q=квота&language=ru')).body.items).toHaveLength(1);
    const outsider = await t.signIn('caseworker@birge.test');
    expect((await outsider.get(`/api/knowledge/${draft.body.id}`)).status).toBe(404);
    expect(
      (await outsider.patch(`/api/knowledge/${draft.body.id}`, { status: 'published', version: 1 })).status,
    ).toBe(404);
    const published = await expert.patch(`/api/knowledge/${draft.body.id}`, {
      status: 'published',
      version: 1,
    });
    expect(published.body.status).toBe('published');
    expect((await outsider.get(`/api/knowledge/${draft.body.id}`)).body.abilities).toEqual({
      read: true,
      edit: false,
    });
  });
});
