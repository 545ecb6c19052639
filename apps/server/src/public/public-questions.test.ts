import { consultations, rateLimits } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formTokenFrom } from '../../test/consultation-fixtures';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const question = (formToken: string, overrides: Record<string, unknown> = {}) => ({
  formToken,
  website: '',
  topic: 'benefits',
  language: 'kk',
  question: 'Мүгедектігі бар балаға күтім жасайтын анаға жәрдемақы бар ма?',
  name: 'Гүлнар',
  contact: '+7 701 123 45 67',
  consent: true,
  ...overrides,
});

async function post(body: unknown, ip: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/questions',
    headers: { 'content-type': 'application/json', 'accept-language': 'kk', 'x-forwarded-for': ip },
    payload: JSON.stringify(body),
  });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

describe('the public question form', () => {
  it('accepts a person, and the private link reads the answer; reply and rating there too', async () => {
    const form = await t.anonymous().get('/api/public/question-form');
    expect(form.body.topics).toContain('benefits');
    expect(form.body.organisation.name).toContain('Қорған-М');
    const sent = await post(question(await formTokenFrom(t.db, 30)), '10.0.0.1');
    expect(sent.status).toBe(201);
    const link = `/api/public/questions/${sent.body.token}`;
    const [row] = await t.db.select().from(consultations);
    expect(row).toMatchObject({ channel: 'web', status: 'waiting', language: 'kk', contactName: 'Гүлнар' });
    expect(row?.publicTokenHash).not.toBe(sent.body.token);

    expect((await t.anonymous().get(link)).body.consultation).toMatchObject({
      status: 'waiting',
      mayRate: false,
    });
    const expert = await t.signIn('expert@birge.test', 'kk');
    await expert.post(`/api/consultations/${row?.id}/notes`, { text: 'Ішкі жазба' });
    await expert.post(`/api/consultations/${row?.id}/answers`, {
      text: 'Иә, күтімші анаға мемлекеттік жәрдемақы төленеді.',
      version: 1,
    });
    const read = await t.anonymous().get(link);
    expect(read.body.messages.map((m: { from: string }) => m.from)).toEqual(['person', 'expert']);
    expect(JSON.stringify(read.body)).not.toContain('Ішкі жазба');
    const replied = await t.anonymous().post(`${link}/replies`, { text: 'Рахмет! Қандай құжаттар керек?' });
    expect(replied.status).toBe(201);
    expect(replied.body.consultation.status).toBe('in_progress');
    const rated = await t.anonymous().post(`${link}/rating`, { rating: 5 });
    expect(rated.body.consultation.rating).toBe(5);
    expect((await t.anonymous().get('/api/public/questions/not-a-real-token-at-all')).status).toBe(404);
  });

  it('turns away a filled honeypot, a form sent too fast, a forged token, and too many questions', async () => {
    const before = await t.db.select().from(consultations);
    const honeypot = await post(
      question(await formTokenFrom(t.db, 30), { website: 'http://spam.example' }),
      '10.0.0.2',
    );
    expect(honeypot).toMatchObject({ status: 400, body: { error: { code: 'public.rejected' } } });
    const fast = await post(question(await formTokenFrom(t.db, 1)), '10.0.0.3');
    expect(fast).toMatchObject({ status: 400, body: { error: { code: 'public.tooFast' } } });
    const forged = await post(question(`${Date.now() - 60_000}.abc.forged-signature`), '10.0.0.4');
    expect(forged.status).toBe(400);
    expect(forged.body.error.fields.formToken).toBeTruthy();
    const stale = await post(question(await formTokenFrom(t.db, 2 * 86_400)), '10.0.0.4');
    expect(stale.status).toBe(400);
    const noConsent = await post(question(await formTokenFrom(t.db, 30), { consent: false }), '10.0.0.4');
    expect(noConsent.status).toBe(400);
    expect(await t.db.select().from(consultations)).toHaveLength(before.length);

    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1)
      statuses.push((await post(question(await formTokenFrom(t.db, 30)), '10.0.0.9')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    // Another address is not affected; the count lives in PostgreSQL, the address only as a hash.
    expect((await post(question(await formTokenFrom(t.db, 30)), '10.0.0.10')).status).toBe(201);
    const keys = (await t.db.select().from(rateLimits)).map((r) => r.key);
    expect(keys.some((k) => k.includes('10.0.0'))).toBe(false);
    const [counted] = await t.db.select().from(rateLimits).where(eq(rateLimits.count, 7));
    expect(counted).toBeTruthy();
  });
});
