import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let worker: Client;
let centre: string;
beforeAll(async () => {
  t = await createTestApp();
  worker = await t.signIn('caseworker@birge.test', 'ru');
  centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
});
afterAll(() => t.close());

describe('registering a person', () => {
  it('registers with consent, and finds them again by name in either script, by phone and by id', async () => {
    const created = await worker.post('/api/persons', personInput(centre));
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('nameKey');
    for (const q of ['Айгуль', 'Aigul', 'asanova aigul', '0555 12 34 56', created.body.id]) {
      const { body } = await worker.get(`/api/persons?q=${encodeURIComponent(q)}`);
      expect(
        body.items.map((p: { id: string }) => p.id),
        q,
      ).toContain(created.body.id);
    }
    const { body } = await worker.get(`/api/persons/${created.body.id}`);
    expect(body.access).toBe('full');
    expect(body.consents).toMatchObject([{ purpose: 'registration', givenBy: 'person' }]);
  });

  it('warns of a likely duplicate across scripts, with the reasons, and registers only when confirmed', async () => {
    const probe = personInput(centre, {
      familyName: 'Asanova',
      givenName: 'Aigül',
      patronymic: '',
      phones: [],
    });
    const check = await worker.post('/api/persons/duplicates', probe);
    expect(check.body.items[0].reasons).toEqual(expect.arrayContaining(['same_name', 'same_birth_date']));
    const refused = await worker.post('/api/persons', probe);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.candidates).toHaveLength(1);
    expect(refused.body.error.message).toContain('Проверьте перед регистрацией');
    const confirmed = await worker.post('/api/persons', { ...probe, confirmedNotDuplicate: true });
    expect(confirmed.status).toBe(201);
  });

  it('does not take a near name with another birth date for a duplicate', async () => {
    const other = personInput(centre, { givenName: 'Айгерим', birthDate: '2001-09-30', phones: [] });
    expect((await worker.post('/api/persons/duplicates', other)).body.items).toEqual([]);
  });

  it('takes consent for a child from a representative only', async () => {
    const child = personInput(centre, {
      givenName: 'Эмир',
      sex: 'male',
      birthDate: '2019-05-01',
      phones: [],
    });
    const own = await worker.post('/api/persons', child);
    expect(own.status).toBe(400);
    expect(own.body.error.fields['registrationConsent.givenBy']).toBe(
      'За ребёнка согласие даёт родитель или другой законный представитель.',
    );
    const represented = await worker.post('/api/persons', {
      ...child,
      registrationConsent: {
        givenBy: 'representative',
        representativeName: 'Асанова Айгүл',
        method: 'paper',
        givenOn: '2026-01-10',
      },
    });
    expect(represented.status).toBe(201);
  });
});

describe('functioning', () => {
  it('scores the Washington Group short set and makes the latest result the person’s status', async () => {
    const { body: person } = await worker.post(
      '/api/persons',
      personInput(centre, {
        familyName: 'Токтогулов',
        givenName: 'Бакыт',
        sex: 'male',
        birthDate: '1975-02-02',
        phones: [],
      }),
    );
    const answers = {
      seeing: 'no_difficulty',
      hearing: 'some_difficulty',
      walking: 'a_lot_of_difficulty',
      cognition: 'no_difficulty',
      selfCare: 'no_difficulty',
      communication: 'no_difficulty',
    };
    const first = await worker.post(`/api/persons/${person.id}/assessments`, {
      instrument: 'wg_ss',
      answers,
      assessedOn: '2026-02-01',
    });
    expect(first.status).toBe(201);
    expect(first.body.result).toMatchObject({ functionalDifficulty: 'yes', domainsAtCutOff: ['walking'] });
    await worker.post(`/api/persons/${person.id}/assessments`, {
      instrument: 'wg_ss',
      answers: { ...answers, walking: 'some_difficulty' },
      assessedOn: '2026-06-01',
    });
    const { body } = await worker.get(`/api/persons/${person.id}`);
    expect(body.person.functionalDifficulty).toBe('no');
    expect(body.assessments).toHaveLength(2);
    const wrongAge = await worker.post(`/api/persons/${person.id}/assessments`, {
      instrument: 'cfm_2_4',
      answers: {},
      assessedOn: '2026-06-01',
    });
    expect(wrongAge.status).toBe(400);
  });
});

describe('merging duplicates', () => {
  it('moves the duplicate’s consents and cases to the kept record and hides the duplicate', async () => {
    const supervisor = await t.signIn('supervisor@birge.test');
    const base = { familyName: 'Исакова', givenName: 'Бермет', birthDate: '1988-08-08', phones: [] };
    const { body: kept } = await supervisor.post('/api/persons', personInput(centre, base));
    const { body: copy } = await supervisor.post(
      '/api/persons',
      personInput(centre, {
        ...base,
        familyName: 'Isakova',
        phones: ['+996 700 111 222'],
        confirmedNotDuplicate: true,
      }),
    );
    await supervisor.post('/api/cases', {
      personId: copy.id,
      organisationId: centre,
      kind: 'disability_support',
      openedOn: '2026-03-01',
    });
    expect(
      (await worker.post(`/api/persons/${kept.id}/merge`, { duplicateId: copy.id, version: kept.version }))
        .status,
    ).toBe(403);
    const merged = await supervisor.post(`/api/persons/${kept.id}/merge`, {
      duplicateId: copy.id,
      version: kept.version,
    });
    expect(merged.body.phones).toEqual(['+996 700 111 222']);
    const { body } = await supervisor.get(`/api/persons/${kept.id}`);
    expect(body.consents).toHaveLength(2);
    expect(body.cases).toHaveLength(1);
    expect((await supervisor.get(`/api/persons/${copy.id}`)).status).toBe(404);
  });
});

describe('exporting', () => {
  it('gives a supervisor the filtered list as CSV with headings in their language, and refuses a case worker', async () => {
    const supervisor = await t.signIn('supervisor@birge.test', 'kk');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/persons/export?format=csv&sex=female',
      headers: { cookie: supervisor.cookie, 'accept-language': 'kk' },
    });
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = response.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toContain('Тегі,Аты,Әкесінің аты');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((row) => row.includes(',female,'))).toBe(true);
    expect((await worker.get('/api/persons/export?format=csv')).status).toBe(403);
  });

  it('writes an XLSX that opens with the same rows', async () => {
    const supervisor = await t.signIn('supervisor@birge.test');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/persons/export?format=xlsx',
      headers: { cookie: supervisor.cookie },
    });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Фамилия');
    expect(sheet?.rowCount).toBeGreaterThan(3);
  });
});

describe('saved filters', () => {
  it('keeps a named person filter for the user who saved it, and only a filter the list accepts', async () => {
    const saved = await worker.post('/api/saved-filters', {
      name: 'Girls in Bishkek',
      query: 'sex=female&ageTo=17',
    });
    expect(saved.status).toBe(201);
    expect((await worker.post('/api/saved-filters', { name: 'Broken', query: 'ageTo=old' })).status).toBe(
      400,
    );
    const { body } = await worker.get('/api/saved-filters');
    expect(body.items.map((f: { name: string }) => f.name)).toEqual(['Girls in Bishkek']);
    const other = await t.signIn('supervisor@birge.test');
    expect((await other.get('/api/saved-filters')).body.items).toEqual([]);
    expect((await other.delete(`/api/saved-filters/${saved.body.id}`)).status).toBe(404);
    expect((await worker.delete(`/api/saved-filters/${saved.body.id}`)).status).toBe(204);
  });
});
