import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let secretariat: Client;
beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.signIn('secretariat@birge.test', 'ru');
});
afterAll(() => t.close());

const parentGroup = {
  name: 'Родительская группа «Күн нуру» — Талас',
  type: 'parent_group',
  address: 'Талас, ул. Сарыгулова, 4',
  phone: '+996 3422 5 12 34',
  email: 'kun.nuru@example.kg',
  languages: ['ky', 'ru'],
  accessibility: { stepFreeEntrance: true, signLanguage: true, notes: 'Пандус у входа со двора' },
};

describe('organisations', () => {
  it('registers an organisation with a client-generated id, and shows it in the directory', async () => {
    const id = crypto.randomUUID();
    const { body: regions } = await secretariat.get('/api/regions?country=KG');
    const talas = regions.items.find((r: { code: string }) => r.code === 'KG-T');
    const created = await secretariat.post('/api/organisations', { ...parentGroup, id, regionId: talas.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id,
      version: 1,
      accessibility: { stepFreeEntrance: true, elevator: false },
    });
    const found = await secretariat.get(`/api/organisations?q=${encodeURIComponent('күн нуру')}`);
    expect(found.body.items.map((o: { id: string }) => o.id)).toEqual([id]);
    const byRegion = await secretariat.get(`/api/organisations?regionId=${talas.id}&type=parent_group`);
    expect(byRegion.body.items).toHaveLength(1);
  });

  it('pages through the directory by cursor without repeating or skipping anyone', async () => {
    const all = (await secretariat.get('/api/organisations?limit=200')).body.items.map(
      (o: { id: string }) => o.id,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const { body } = await secretariat.get(`/api/organisations?limit=3${query}`);
      seen.push(...body.items.map((o: { id: string }) => o.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(6);
  });

  it('lists only what changed since a moment, for devices that sync', async () => {
    const since = new Date().toISOString();
    const admin = await t.signIn('janyryk.admin@birge.test');
    const id = await t.organisationId('Жаңырык — национальная');
    const { body } = await admin.get(`/api/organisations/${id}`);
    await admin.patch(`/api/organisations/${id}`, {
      website: 'https://janyryk.kg',
      version: body.organisation.version,
    });
    const changed = await secretariat.get(`/api/organisations?updatedSince=${encodeURIComponent(since)}`);
    expect(changed.body.items.map((o: { id: string }) => o.id)).toEqual([id]);
  });

  it('refuses a change made to an out-of-date version, and keeps the newer one', async () => {
    const admin = await t.signIn('janyryk.admin@birge.test', 'ru');
    const id = await t.organisationId('Жаңырык — национальная');
    const { body } = await admin.get(`/api/organisations/${id}`);
    const version = body.organisation.version;
    const first = await admin.patch(`/api/organisations/${id}`, {
      address: 'Бишкек, ул. Московская, 1',
      version,
    });
    expect(first.body.version).toBe(version + 1);
    const second = await admin.patch(`/api/organisations/${id}`, {
      address: 'Бишкек, ул. Киевская, 2',
      version,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('изменил кто-то другой');
    expect((await admin.get(`/api/organisations/${id}`)).body.organisation.address).toBe(
      'Бишкек, ул. Московская, 1',
    );
  });

  it('lets only the organisation’s own administrator change it', async () => {
    const id = await t.organisationId('Жаңырык — национальная');
    const { body } = await secretariat.get(`/api/organisations/${id}`);
    expect(body.abilities).toEqual({ read: true, update: false });
    expect(
      (await secretariat.patch(`/api/organisations/${id}`, { name: 'Другое имя', version: 1 })).status,
    ).toBe(403);
  });

  it('refuses a region that does not exist as a field error', async () => {
    const { status, body } = await secretariat.post('/api/organisations', {
      ...parentGroup,
      regionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(status).toBe(400);
    expect(body.error.fields.regionId).toBe('Выберите один из предложенных вариантов.');
  });
});
