import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const names = (en: string) => ({ ky: `${en} ky`, kk: `${en} kk`, ru: `${en} ru`, en });

describe('regions', () => {
  it('holds every ISO 3166-2 subdivision of Kyrgyzstan and Kazakhstan, named in four languages', async () => {
    const viewer = await t.signIn('viewer@birge.test');
    const kg = (await viewer.get('/api/regions?country=KG')).body.items;
    const kz = (await viewer.get('/api/regions?country=KZ')).body.items;
    expect(kg.map((r: { code: string }) => r.code).sort()).toEqual(
      ['KG-B', 'KG-C', 'KG-GB', 'KG-GO', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y'].sort(),
    );
    expect(kz).toHaveLength(20);
    expect(kz.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['KZ-10', 'KZ-62', 'KZ-71', 'KZ-75', 'KZ-79']),
    );
    for (const region of [...kg, ...kz])
      expect(Object.keys(region.names).sort()).toEqual(['en', 'kk', 'ky', 'ru']);
    expect(kg.find((r: { code: string }) => r.code === 'KG-C').names.ky).toBe('Чүй облусу');
  });

  it('lets the platform administrator add a district below a region and a locality below it, not the reverse', async () => {
    const admin = await t.signIn('admin@birge.test', 'en');
    const chuy = (await admin.get('/api/regions?country=KG')).body.items.find(
      (r: { code: string }) => r.code === 'KG-C',
    );
    const district = await admin.post('/api/regions', {
      parentId: chuy.id,
      level: 'district',
      names: names('Sokuluk District'),
    });
    expect(district.status).toBe(201);
    expect(district.body.country).toBe('KG');
    const village = await admin.post('/api/regions', {
      parentId: district.body.id,
      level: 'locality',
      names: names('Shopokov'),
    });
    expect(village.status).toBe(201);
    const wrong = await admin.post('/api/regions', {
      parentId: chuy.id,
      level: 'locality',
      names: names('Nowhere'),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.level).toBe('A locality cannot be placed under this place.');
    const below = (await admin.get(`/api/regions?parentId=${district.body.id}`)).body.items;
    expect(below.map((r: { names: { en: string } }) => r.names.en)).toEqual(['Shopokov']);
  });
});
