import { regions } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let coordinator: Client;
let employer: Client;
let lag: string;
let bakery: string;
let bishkek: string;

/** The bakery's details, kept by the Bishkek group whose coordinator recorded them first. */
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  employer = await t.signIn('employer@birge.test', 'ky');
  lag = (await coordinator.get('/api/session')).body.memberships[0].organisationId;
  bakery = await t.organisationId('Нан-Ай');
  bishkek = (await t.db.select().from(regions).where(eq(regions.code, 'KG-GB')))[0]?.id ?? '';
  const kept = await coordinator.request('PUT', `/api/employers/${bakery}`, {
    keeperOrganisationId: lag,
    headcount: 40,
    employeesWithDisabilities: 1,
  });
  expect(kept.status).toBe(200);
});
afterAll(() => t.close());

describe('who speaks for an employer', () => {
  it('hands the keeping of its details only to an organisation that exists and the actor belongs to', async () => {
    const details = (await coordinator.get(`/api/employers/${bakery}`)).body.employer.details;
    const put = (client: Client, keeperOrganisationId: string) =>
      client.request('PUT', `/api/employers/${bakery}`, {
        keeperOrganisationId,
        headcount: 40,
        employeesWithDisabilities: 1,
        version: details.version,
      });
    const madeUp = await put(coordinator, '00000000-0000-4000-8000-00000000abcd');
    expect(madeUp.status).toBe(400);
    expect(madeUp.body.error.fields.keeperOrganisationId).toBeDefined();
    const qorgan = await t.organisationId('Қорған-М');
    expect((await put(coordinator, qorgan)).status).toBe(403);
    expect((await put(employer, qorgan)).status).toBe(403);
  });

  it('lets the employer’s own staff correct its figures while the group goes on keeping them', async () => {
    const { version } = (await employer.get(`/api/employers/${bakery}`)).body.employer.details;
    const saved = await employer.request('PUT', `/api/employers/${bakery}`, {
      keeperOrganisationId: lag,
      headcount: 40,
      employeesWithDisabilities: 2,
      version,
    });
    expect(saved.status).toBe(200);
    const after = (await coordinator.get(`/api/employers/${bakery}`)).body.employer.details;
    expect(after).toMatchObject({ keeperOrganisationId: lag, employeesWithDisabilities: 2 });
  });

  it('lets only the employer’s own staff and its keeper publish its vacancies', async () => {
    const vacancy = (publisherOrganisationId: string) => ({
      employerId: bakery,
      publisherOrganisationId,
      title: 'Кассир',
      regionId: bishkek,
      hours: 'full_time',
      currency: 'KGS',
    });
    const qorganAdmin = await t.signIn('qorgan.admin@birge.test');
    const qorgan = await t.organisationId('Қорған-М');
    expect((await qorganAdmin.post('/api/vacancies', vacancy(qorgan))).status).toBe(403);
    const callCentre = await t.organisationId('Бишкек Колл');
    expect(
      (await coordinator.post('/api/vacancies', { ...vacancy(lag), employerId: callCentre })).status,
    ).toBe(403);
    expect((await coordinator.post('/api/vacancies', vacancy(lag))).status).toBe(201);
  });
});

describe('the employers', () => {
  it('are listed by name a page at a time, none lost or repeated', async () => {
    const seen: string[] = [];
    let cursor = '';
    do {
      const { body } = await coordinator.get(`/api/employers?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.items.map((i: { name: string }) => i.name));
      cursor = body.nextCursor ?? '';
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(4);
  });
});
