import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

/**
 * A programme of Janyryk with the Bishkek information centre as implementer: its logframe, an indicator
 * counting the persons the centre registers, one entered by hand, the dashboard and the drill-down.
 */
let t: TestApp;
let owner: Client;
const ids: Record<string, string> = {};
const year = new Date().getUTCFullYear();
const title = (en: string) => ({ en, ru: `${en} (ru)`, ky: `${en} (ky)`, kk: `${en} (kk)` });

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signIn('janyryk.admin@birge.test');
  ids.janyryk = await t.organisationId('Жаңырык — национальная');
  ids.centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  ids.bishkek = (await owner.get('/api/regions')).body.items.find(
    (r: { code: string }) => r.code === 'KG-GB',
  ).id;
});
afterAll(() => t.close());

describe('a programme', () => {
  it('is started by the owner’s administrator with its donors, regions, sectors and the disability marker', async () => {
    const created = await owner.post('/api/programmes', {
      title: title('Inclusive schools'),
      description: { en: 'Schools open to every child.', ru: '', ky: '', kk: '' },
      ownerOrganisationId: ids.janyryk,
      status: 'implementation',
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      budget: 120000,
      currency: 'EUR',
      participants: [
        { organisationId: ids.janyryk, role: 'accountable' },
        { organisationId: ids.centre, role: 'implementing' },
      ],
      regionIds: [ids.bishkek],
      sectors: [
        { code: '11220', percentage: 70 },
        { code: '16010', percentage: 30 },
      ],
      policyMarkers: [{ code: '11', significance: 2 }],
    });
    expect(created.status).toBe(201);
    ids.programme = created.body.id;
    const { body } = await owner.get(`/api/programmes/${ids.programme}`);
    expect(body).toMatchObject({
      budget: '120000.00',
      suppressBelow: 5,
      regionIds: [ids.bishkek],
      policyMarkers: [{ code: '11', significance: 2 }],
      abilities: { update: true, report: true },
      results: [],
    });
    expect(body.participants.map((p: { role: string }) => p.role)).toEqual(['accountable', 'implementing']);
    expect(body.ageBands).toHaveLength(5);
  });

  it('is read by members of a participant organisation, who may not change it, and hidden from others', async () => {
    const worker = await t.signIn('caseworker@birge.test');
    expect((await worker.get(`/api/programmes/${ids.programme}`)).body.abilities).toEqual({
      update: false,
      report: true,
    });
    expect((await worker.get('/api/programmes')).body.items.map((p: { id: string }) => p.id)).toContain(
      ids.programme,
    );
    const outsider = await t.signIn('qorgan.admin@birge.test');
    expect((await outsider.get(`/api/programmes/${ids.programme}`)).status).toBe(404);
    expect((await outsider.get('/api/programmes')).body.items.map((p: { id: string }) => p.id)).not.toContain(
      ids.programme,
    );
  });

  it('refuses sector shares that do not add up, and a stale change', async () => {
    const { body } = await owner.get(`/api/programmes/${ids.programme}`);
    const uneven = await owner.patch(`/api/programmes/${ids.programme}`, {
      sectors: [{ code: '11220', percentage: 50 }],
      version: body.version,
    });
    expect(uneven.body.error.fields.sectors).toBe('The sector shares must add up to 100 %.');
    const changed = await owner.patch(`/api/programmes/${ids.programme}`, {
      budget: 150000,
      version: body.version,
    });
    expect(changed.body.version).toBe(body.version + 1);
    const stale = await owner.patch(`/api/programmes/${ids.programme}`, { budget: 1, version: body.version });
    expect(stale.status).toBe(409);
  });
});

describe('the logframe', () => {
  it('holds one goal, outcomes under it and outputs under an outcome, each code once', async () => {
    const add = (body: object) => owner.post(`/api/programmes/${ids.programme}/results`, body);
    const goal = await add({ parentId: null, level: 'goal', code: 'G', title: title('Every child learns') });
    ids.goal = goal.body.id;
    expect(
      (await add({ parentId: null, level: 'goal', code: 'G2', title: title('Another') })).body.error.fields,
    ).toEqual({ level: 'This programme already has a goal. Add outcomes under it.' });
    ids.outcome = (
      await add({ parentId: ids.goal, level: 'outcome', code: '1', title: title('Families know') })
    ).body.id;
    const misplaced = await add({
      parentId: ids.goal,
      level: 'output',
      code: '1.1',
      title: title('Sessions'),
    });
    expect(misplaced.body.error.fields.parentId).toBe('An output stands under an outcome.');
    ids.output = (
      await add({ parentId: ids.outcome, level: 'output', code: '1.1', title: title('Sessions') })
    ).body.id;
    const twice = await add({ parentId: ids.outcome, level: 'output', code: '1.1', title: title('Again') });
    expect(twice.body.error.fields.code).toBe(
      'This code is already used in this programme. Choose another one.',
    );
    const { body } = await owner.get(`/api/programmes/${ids.programme}`);
    expect(body.results.map((r: { code: string; level: string }) => `${r.level} ${r.code}`)).toEqual([
      'goal G',
      'outcome 1',
      'output 1.1',
    ]);
  });

  it('takes indicators defined over a registered source, with targets inside the programme', async () => {
    const indicator = {
      code: '1.1.a',
      title: title('Persons registered by the centre'),
      unit: 'persons',
      baseline: { value: 0, date: `${year}-01-01` },
      targets: [
        { periodStart: `${year}-01-01`, periodEnd: `${year}-07-01`, value: 2 },
        { periodStart: `${year}-07-01`, periodEnd: `${year + 1}-01-01`, value: 3 },
      ],
      disaggregations: ['sex'],
      definition: {
        measure: 'count',
        source: 'persons.registered',
        filters: { organisationIds: [ids.centre] },
      },
    };
    const unknown = await owner.post(`/api/results/${ids.output}/indicators`, {
      ...indicator,
      definition: { measure: 'count', source: 'weather.sunny' },
    });
    expect(unknown.body.error.fields['definition.source']).toMatch(/weather.sunny/);
    const overlapping = await owner.post(`/api/results/${ids.output}/indicators`, {
      ...indicator,
      targets: [...indicator.targets, { periodStart: `${year}-06-01`, periodEnd: `${year}-08-01`, value: 1 }],
    });
    expect(overlapping.body.error.fields['targets.2']).toBe(
      'Targets of one indicator may not cover the same time twice.',
    );
    const outside = await owner.post(`/api/results/${ids.output}/indicators`, {
      ...indicator,
      targets: [{ periodStart: `${year}-01-01`, periodEnd: `${year + 1}-01-02`, value: 1 }],
    });
    expect(outside.body.error.fields['targets.0']).toBe("The period must lie within the programme's dates.");
    const created = await owner.post(`/api/results/${ids.output}/indicators`, indicator);
    expect(created.status).toBe(201);
    ids.registered = created.body.id;
  });

  it('takes values by hand only for an indicator without a definition, with who entered them', async () => {
    ids.manual = (
      await owner.post(`/api/results/${ids.output}/indicators`, {
        code: '1.1.b',
        title: title('Schools visited'),
        unit: 'schools',
        targets: [{ periodStart: `${year}-01-01`, periodEnd: `${year + 1}-01-01`, value: 10 }],
      })
    ).body.id;
    const entered = await owner.post(`/api/indicators/${ids.manual}/manual-values`, {
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-04-01`,
      value: 4,
      note: 'Reports of the first quarter',
    });
    expect(entered.status).toBe(201);
    const refused = await owner.post(`/api/indicators/${ids.registered}/manual-values`, {
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-04-01`,
      value: 4,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('programmes.manualValueOfDefinedIndicator');
  });

  it('keeps its dates around the targets already set', async () => {
    const { body } = await owner.get(`/api/programmes/${ids.programme}`);
    const shortened = await owner.patch(`/api/programmes/${ids.programme}`, {
      endDate: `${year}-06-30`,
      version: body.version,
    });
    expect(shortened.body.error.fields.endDate).toBe("The period must lie within the programme's dates.");
  });

  it('removes a result only once nothing stands under it', async () => {
    expect((await owner.delete(`/api/results/${ids.outcome}`)).status).toBe(409);
    const spare = await owner.post(`/api/programmes/${ids.programme}/results`, {
      parentId: ids.goal,
      level: 'outcome',
      code: '2',
      title: title('Spare'),
    });
    expect((await owner.delete(`/api/results/${spare.body.id}`)).status).toBe(204);
  });
});

describe('the dashboard', () => {
  beforeAll(async () => {
    const worker = await t.signIn('caseworker@birge.test');
    for (const [givenName, sex] of [
      ['Айгүл', 'female'],
      ['Бакыт', 'male'],
      ['Чолпон', 'female'],
    ])
      await worker.post(
        '/api/persons',
        personInput(ids.centre as string, { givenName, sex, familyName: `Тест${givenName}` }),
      );
  });

  it('shows actual against target per period, computed from the records and entered by hand', async () => {
    const { body } = await owner.get(`/api/programmes/${ids.programme}/dashboard?period=quarter`);
    expect(body.periods.map((p: { label: string }) => p.label)).toEqual([
      `${year}-Q1`,
      `${year}-Q2`,
      `${year}-Q3`,
      `${year}-Q4`,
    ]);
    const registered = body.indicators.find((i: { id: string }) => i.id === ids.registered);
    expect(registered.total).toEqual({ actual: 3, target: 5, baseline: 0 });
    expect(registered.target).toEqual([null, null, null, null]);
    const manual = body.indicators.find((i: { id: string }) => i.id === ids.manual);
    expect(manual.actual).toEqual([4, null, null, null]);
    expect(manual.total).toMatchObject({ actual: 4, target: 10 });
    expect(manual.manual).toEqual([
      {
        id: expect.any(String),
        version: 1,
        note: 'Reports of the first quarter',
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-04-01`,
        value: 4,
        enteredBy: expect.any(String),
        enteredAt: expect.any(String),
      },
    ]);
    const halves = await owner.get(`/api/programmes/${ids.programme}/dashboard?period=year`);
    expect(halves.body.indicators[0].target).toEqual([5]);
  });

  it('splits a value by sex and opens the records behind it', async () => {
    const { body } = await owner.get(
      `/api/indicators/${ids.registered}/values?period=total&disaggregateBy=sex`,
    );
    const bySex = Object.fromEntries(
      body.rows.map((r: { group: string; value: number }) => [r.group, r.value]),
    );
    expect(bySex).toMatchObject({ female: 2, male: 1 });
    const records = await owner.get(
      `/api/indicators/${ids.registered}/records?periodStart=${year}-01-01&periodEnd=${year + 1}-01-01&disaggregateBy=sex&group=female`,
    );
    expect(records.body.total).toBe(2);
  });

  it('hides cells smaller than the threshold from readers outside the owner', async () => {
    const participant = await t.signIn('caseworker@birge.test');
    const { body } = await participant.get(
      `/api/indicators/${ids.registered}/values?period=total&disaggregateBy=sex`,
    );
    expect(body.rows).toEqual([
      { period: 0, group: 'female', value: null, suppressed: true },
      { period: 0, group: 'male', value: null, suppressed: true },
    ]);
  });
});
