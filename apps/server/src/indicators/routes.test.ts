import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let worker: Client;
let centre: string;
const definition = { measure: 'count', source: 'persons.registered' };
const thisYear = { from: '2000-01-01', to: '2100-01-01' };

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.signIn('caseworker@birge.test', 'ru');
  centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  await worker.post('/api/persons', personInput(centre, { givenName: 'Первая', phones: [] }));
  await worker.post('/api/persons', personInput(centre, { givenName: 'Вторая', phones: [], sex: 'male' }));
  const qorgan = await t.signIn('qorgan.admin@birge.test');
  await qorgan.post(
    '/api/persons',
    personInput(await t.organisationId('Қорған-М'), {
      givenName: 'Третья',
      phones: [],
      familyName: 'Омарова',
    }),
  );
});
afterAll(() => t.close());

describe('indicator sources', () => {
  it('lists every registered source with its fields, amount unit and restriction', async () => {
    const { status, body } = await worker.get('/api/indicator-sources');
    expect(status).toBe(200);
    const keys = body.items.map((s: { key: string }) => s.key);
    for (const key of [
      'persons.registered',
      'assessments.recorded',
      'cases.opened',
      'cases.closed',
      'services.delivered',
      'referrals.made',
      'referrals.accepted',
      'consultations.asked',
    ]) {
      expect(keys).toContain(key);
    }
    expect(body.items.find((s: { key: string }) => s.key === 'cases.closed')).toMatchObject({
      amountUnit: null,
      restricted: false,
      attributes: { reason: expect.arrayContaining(['goals_achieved', 'moved_away']) },
    });
    expect(body.items.find((s: { key: string }) => s.key === 'referrals.made').attributes.service).toBe(
      'text',
    );
  });

  it('needs a signed-in user', async () => {
    expect((await t.anonymous().get('/api/indicator-sources')).status).toBe(401);
  });
});

describe('preview of a definition', () => {
  it('counts within the caller’s own organisations only', async () => {
    expect((await worker.post('/api/indicators/preview', { definition, ...thisYear })).body).toEqual({
      value: 2,
    });
    const female = { ...definition, filters: { sex: ['female'] } };
    expect(
      (await worker.post('/api/indicators/preview', { definition: female, ...thisYear })).body.value,
    ).toBe(1);
  });

  it('counts everyone’s work for a platform administrator', async () => {
    const admin = await t.signIn('admin@birge.test');
    expect((await admin.post('/api/indicators/preview', { definition, ...thisYear })).body.value).toBe(3);
  });

  it('gives null for dates with nothing to divide by', async () => {
    const ratio = { measure: 'ratio', numerator: definition, denominator: definition, percent: true };
    const before = { from: '2000-01-01', to: '2001-01-01' };
    expect(
      (await worker.post('/api/indicators/preview', { definition: ratio, ...before })).body.value,
    ).toBeNull();
    expect(
      (await worker.post('/api/indicators/preview', { definition: ratio, ...thisYear })).body.value,
    ).toBe(100);
  });

  it('is refused to a viewer, who does no work to count', async () => {
    const viewer = await t.signIn('viewer@birge.test');
    expect((await viewer.post('/api/indicators/preview', { definition, ...thisYear })).status).toBe(403);
  });

  it('names every field that does not fit the sources, in the caller’s language', async () => {
    const { status, body } = await worker.post('/api/indicators/preview', {
      definition: {
        measure: 'sum',
        source: 'cases.closed',
        filters: { attributes: { reason: ['bored'], colour: ['red'] } },
      },
      ...thisYear,
    });
    expect(status).toBe(400);
    expect(body.error.fields).toEqual({
      'definition.measure':
        'У этого источника нет величины, которую можно сложить. Считайте количество записей.',
      'definition.filters.attributes.reason': '«bored» — не одно из значений этого поля.',
      'definition.filters.attributes.colour': 'У этого источника нет поля «colour».',
    });
    const unknown = await worker.post('/api/indicators/preview', {
      definition: { measure: 'count', source: 'grants.awarded' },
      ...thisYear,
    });
    expect(unknown.body.error.fields).toEqual({
      'definition.source':
        'В этой установке Birge нет источника «grants.awarded». Выберите источник из списка.',
    });
    const backwards = await worker.post('/api/indicators/preview', {
      definition,
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(backwards.body.error.fields).toEqual({ to: 'Дата окончания должна быть позже даты начала.' });
  });
});
