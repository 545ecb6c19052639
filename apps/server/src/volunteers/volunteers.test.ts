import type { IndicatorDefinition } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, platformActor, type TestApp } from '../../test/harness';
import { indicatorValues } from '../indicators/indicator-values';

let t: TestApp;
let admin: Client;
let qorgan: string;
let programmeId: string;
const volunteers: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('qorgan.admin@birge.test', 'kk');
  qorgan = await t.organisationId('Қорған-М');
  programmeId = (
    await admin.post('/api/programmes', {
      title: { ky: 'Ыктыярчылар', kk: 'Еріктілер', ru: 'Волонтёры', en: 'Volunteers' },
      description: { ky: '', kk: '', ru: '', en: '' },
      ownerOrganisationId: qorgan,
      status: 'implementation',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      currency: 'KZT',
    })
  ).body.id;
  const register = async (key: string, given: string, sex: string, roster: object) => {
    const person = await admin.post(
      '/api/persons',
      personInput(qorgan, { familyName: 'Ахметова', givenName: given, sex, phones: [] }),
    );
    const created = await admin.post('/api/volunteers', {
      organisationId: qorgan,
      personId: person.body.id,
      ...roster,
    });
    expect(created.status).toBe(201);
    volunteers[key] = created.body.id;
    return person.body.id as string;
  };
  await register('aliya', 'Әлия', 'female', {
    skills: ['sign_language', 'Домбыра'],
    languages: ['kk', 'ru'],
  });
  await register('nurlan', 'Нұрлан', 'male', {
    skills: ['legal'],
    languages: ['kk'],
    expert: true,
    expertise: 'Трудовое право',
    availability: 'evenings',
  });
});
afterAll(() => t.close());

const hours = (key: string, body: object) =>
  admin.post(`/api/volunteers/${volunteers[key]}/hours`, { programmeId, activityId: null, ...body });

describe('volunteers and experts', () => {
  it('keeps a roster filtered by skill, language and expertise', async () => {
    const names = async (query: string) =>
      ((await admin.get(`/api/volunteers?${query}`)).body.items as { givenName: string }[])
        .map((v) => v.givenName)
        .sort();
    expect(await names('')).toEqual(['Әлия', 'Нұрлан'].sort());
    expect(await names('skill=sign_language')).toEqual(['Әлия']);
    expect(await names(`skill=${encodeURIComponent('Домбыра')}`)).toEqual(['Әлия']);
    expect(await names('language=ru')).toEqual(['Әлия']);
    expect(await names('expert=true')).toEqual(['Нұрлан']);
    expect(await names(`q=${encodeURIComponent('нұр')}`)).toEqual(['Нұрлан']);
    expect((await admin.get('/api/volunteers?expert=false')).body.total).toBe(1);
  });

  it('needs an area of expertise for an expert, and puts a person on the roster once', async () => {
    const { body } = await admin.get(`/api/volunteers/${volunteers.aliya}`);
    const noArea = await admin.patch(`/api/volunteers/${volunteers.aliya}`, { expert: true, version: 1 });
    expect(noArea.status).toBe(400);
    expect(noArea.body.error.fields.expertise).toBe('Сарапшының сараптама саласын жазыңыз.');
    const twice = await admin.post('/api/volunteers', {
      organisationId: qorgan,
      personId: body.volunteer.personId,
    });
    expect(twice.status).toBe(400);
    const inactive = await admin.patch(`/api/volunteers/${volunteers.aliya}`, {
      status: 'inactive',
      version: 1,
    });
    expect(inactive.body).toMatchObject({ status: 'inactive', version: 2 });
  });

  it('records the hours given and counts volunteers, experts and hours for the programme', async () => {
    expect(
      (await hours('aliya', { workedOn: '2025-03-08', hours: 4, description: 'Перевод на жестовый язык' }))
        .status,
    ).toBe(201);
    expect(
      (await hours('aliya', { workedOn: '2026-01-15', hours: 2.5, description: 'Консультация' })).status,
    ).toBe(201);
    expect(
      (await hours('nurlan', { workedOn: '2025-05-05', hours: 3, description: 'Юридическая консультация' }))
        .status,
    ).toBe(201);
    const notOurs = await hours('nurlan', {
      workedOn: '2025-05-06',
      hours: 1,
      description: 'Чужая программа',
      programmeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(notOurs.status).toBe(400);
    const detail = (await admin.get(`/api/volunteers/${volunteers.aliya}`)).body;
    expect(detail.volunteer.hours).toBe(6.5);
    expect(detail.hours.map((h: { workedOn: string }) => h.workedOn)).toEqual(['2026-01-15', '2025-03-08']);

    const values = async (definition: IndicatorDefinition) =>
      (
        await indicatorValues(t.db, platformActor, {
          definition,
          periods: [
            { start: '2025-01-01', end: '2026-01-01' },
            { start: '2026-01-01', end: '2027-01-01' },
          ],
        })
      ).map((c) => c.value);
    const filters = { programmeId };
    expect(await values({ measure: 'distinct_persons', source: 'volunteers.hours', filters })).toEqual([
      2, 1,
    ]);
    expect(
      await values({
        measure: 'distinct_persons',
        source: 'volunteers.hours',
        filters: { ...filters, tags: ['expert'] },
      }),
    ).toEqual([1, 0]);
    expect(await values({ measure: 'sum', source: 'volunteers.hours', filters })).toEqual([7, 2.5]);
    expect(
      await values({ measure: 'count', source: 'volunteers.hours', filters: { ...filters, sex: ['male'] } }),
    ).toEqual([1, 0]);
  });

  it('is not shown to another organisation', async () => {
    const other = await t.signIn('janyryk.admin@birge.test');
    expect((await other.get(`/api/volunteers/${volunteers.aliya}`)).status).toBe(404);
    expect((await other.get('/api/volunteers')).body.items).toEqual([]);
  });
});
