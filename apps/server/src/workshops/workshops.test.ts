import type { IndicatorDefinition } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, platformActor, type TestApp } from '../../test/harness';
import { demoProgrammes } from '../demo/demo-programmes';
import { indicatorValues } from '../indicators/indicator-values';

let t: TestApp;
let coordinator: Client;
let lag: string;
let workshopId: string;
const people: Record<string, string> = {};
const modules: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  const lagRows = (await coordinator.get('/api/session')).body;
  lag = lagRows.memberships[0].organisationId;
  for (const [key, given, sex] of [
    ['aida', 'Аида', 'female'],
    ['bakyt', 'Бакыт', 'male'],
    ['chynara', 'Чынара', 'female'],
  ] as const) {
    const created = await coordinator.post(
      '/api/persons',
      personInput(lag, { familyName: 'Токтогулова', givenName: given, sex, phones: [] }),
    );
    expect(created.status).toBe(201);
    people[key] = created.body.id;
  }
});
afterAll(() => t.close());

const definition = (source: string, more: object = {}, measure = 'count'): IndicatorDefinition =>
  ({ measure, source, filters: { organisationIds: [lag], ...more } }) as IndicatorDefinition;
const yearly = async (d: IndicatorDefinition) =>
  (
    await indicatorValues(t.db, platformActor, {
      definition: d,
      periods: [
        { start: '2025-01-01', end: '2026-01-01' },
        { start: '2026-01-01', end: '2027-01-01' },
      ],
    })
  ).map((c) => c.value);

describe('a training workshop', () => {
  it('is opened with its programme of modules, in order', async () => {
    const created = await coordinator.post('/api/workshops', {
      organisationId: lag,
      kind: 'bakery_cafe',
      name: 'Пекарня-кафе «Нан»',
      address: 'Бишкек, ул. Киевская, 10',
      capacity: 12,
    });
    expect(created.status).toBe(201);
    // No region given: the workshop is where its organisation is.
    expect(created.body.regionId).toEqual(expect.any(String));
    workshopId = created.body.id;
    for (const [title, hours] of [
      ['Гигиена', 8],
      ['Тесто', 24],
      ['Касса', 6],
    ] as const) {
      const added = await coordinator.post(`/api/workshops/${workshopId}/modules`, { title, hours });
      expect(added.status).toBe(201);
      modules.push(added.body.id);
    }
    const { body } = await coordinator.get(`/api/workshops/${workshopId}`);
    expect(body.modules.map((m: { position: number; title: string }) => [m.position, m.title])).toEqual([
      [1, 'Гигиена'],
      [2, 'Тесто'],
      [3, 'Касса'],
    ]);
    expect(body.abilities).toMatchObject({ enrol: true, addModule: true });
    expect((await coordinator.get('/api/workshops')).body.items.map((w: { id: string }) => w.id)).toContain(
      workshopId,
    );
  });

  it('enrols persons from the registry, once, and shows each one’s progress as x of n modules', async () => {
    const enrol = (personId: string, startedOn = '2025-09-01') =>
      coordinator.post(`/api/workshops/${workshopId}/trainees`, { personId, startedOn });
    for (const id of Object.values(people)) expect((await enrol(id as string)).status).toBe(201);
    const twice = await enrol(people.aida as string);
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields.personId).toBe('Этот человек уже обучается в этой мастерской.');

    const trainees = (await coordinator.get(`/api/workshops/${workshopId}`)).body.trainees as {
      id: string;
      personId: string;
      version: number;
    }[];
    const aida = trainees.find((r) => r.personId === people.aida);
    const mark = (traineeId: string, moduleId: string, completedOn = '2025-10-01') =>
      coordinator.post(`/api/workshop-trainees/${traineeId}/modules`, { moduleId, completedOn });
    expect((await mark(aida?.id ?? '', modules[0] ?? '')).status).toBe(201);
    expect((await mark(aida?.id ?? '', modules[1] ?? '')).status).toBe(201);
    expect((await mark(aida?.id ?? '', modules[1] ?? '')).body.error.fields.moduleId).toBe(
      'Обучающийся уже прошёл этот модуль.',
    );
    expect((await mark(aida?.id ?? '', modules[2] ?? '', '2025-08-01')).status).toBe(400);
    const shown = (await coordinator.get(`/api/workshops/${workshopId}`)).body.trainees.find(
      (r: { id: string }) => r.id === aida?.id,
    );
    expect(shown.progress).toEqual({ done: 2, of: 3 });
  });

  it('records completion and leaving with its reason, never twice, and counts the trainees', async () => {
    const trainees = (await coordinator.get(`/api/workshops/${workshopId}`)).body.trainees as {
      id: string;
      personId: string;
      version: number;
    }[];
    const of = (key: string) => trainees.find((r) => r.personId === people[key]);
    const outcome = (key: string, body: object) =>
      coordinator.post(`/api/workshop-trainees/${of(key)?.id}/outcome`, {
        ...body,
        version: of(key)?.version,
      });
    expect((await outcome('aida', { status: 'completed', completedOn: '2026-02-01' })).status).toBe(200);
    expect((await outcome('bakyt', { status: 'completed', completedOn: '2025-12-20' })).status).toBe(200);
    const left = await outcome('chynara', {
      status: 'left',
      leftOn: '2025-11-01',
      leavingReason: 'Переехала в Ош',
    });
    expect(left.body).toMatchObject({ status: 'left', leavingReason: 'Переехала в Ош' });
    const again = await outcome('chynara', { status: 'completed', completedOn: '2026-01-01' });
    expect(again.status).toBe(400);

    // Completed trainees count on the day they completed; one who left, on the day they started.
    expect(await yearly(definition('workshops.trainees', { attributes: { status: ['completed'] } }))).toEqual(
      [1, 1],
    );
    expect(await yearly(definition('workshops.trainees'))).toEqual([2, 1]);
    expect(
      await yearly(
        definition('workshops.trainees', { sex: ['female'], attributes: { kind: ['bakery_cafe'] } }),
      ),
    ).toEqual([1, 1]);
  });

  it('keeps the production log and the sales, and totals them per product per year', async () => {
    const produce = (producedOn: string, product: string, quantity: number, unit: string) =>
      coordinator.post(`/api/workshops/${workshopId}/production`, { producedOn, product, quantity, unit });
    expect((await produce('2025-11-03', 'bread', 120, 'piece')).status).toBe(201);
    expect((await produce('2025-12-03', 'bread', 80, 'piece')).status).toBe(201);
    expect((await produce('2026-01-10', 'Самса', 40.5, 'kg')).status).toBe(201);
    const log = (await coordinator.get(`/api/workshops/${workshopId}/production`)).body.items;
    expect(log).toHaveLength(3);
    const me = (await coordinator.get('/api/session')).body.user.name;
    expect(log.map((r: { recordedBy: string }) => r.recordedBy)).toEqual([me, me, me]);
    const sale = await coordinator.post(`/api/workshops/${workshopId}/sales`, {
      soldOn: '2025-12-04',
      product: 'bread',
      quantity: 150,
      unit: 'piece',
      amount: 4500,
      currency: 'KGS',
      buyerKind: 'business',
    });
    expect(sale.status).toBe(201);
    expect((await coordinator.get(`/api/workshops/${workshopId}/sales`)).body.items[0]).toMatchObject({
      amount: 4500,
      currency: 'KGS',
    });
    const totals = (await coordinator.get(`/api/workshops/${workshopId}/totals`)).body;
    expect(totals.produced).toEqual([
      { year: 2025, product: 'bread', unit: 'piece', quantity: 200 },
      { year: 2026, product: 'Самса', unit: 'kg', quantity: 40.5 },
    ]);
    expect(totals.sold).toEqual([
      { year: 2025, product: 'bread', unit: 'piece', currency: 'KGS', quantity: 150, amount: 4500 },
    ]);

    const bread = { attributes: { product: ['bread'] } };
    expect(await yearly(definition('workshops.production', bread, 'sum'))).toEqual([200, 0]);
    expect(await yearly(definition('workshops.production', { attributes: { unit: ['kg'] } }, 'sum'))).toEqual(
      [0, 40.5],
    );
    expect(await yearly(definition('workshops.sales', { attributes: { currency: ['KGS'] } }, 'sum'))).toEqual(
      [4500, 0],
    );
  });

  it('counts in the logframe of a programme its organisation takes part in, and no other', async () => {
    const programmes = (await coordinator.get('/api/programmes')).body.items as {
      id: string;
      iatiIdentifier: string;
    }[];
    const jobInclusion = programmes.find(
      (p) => p.iatiIdentifier === demoProgrammes.jobInclusion.iatiIdentifier,
    )?.id;
    const open = (programmeId: string) =>
      coordinator.post('/api/workshops', {
        organisationId: lag,
        kind: 'greenhouse',
        name: 'Теплица',
        programmeId,
      });
    const foreign = await open('00000000-0000-4000-8000-000000000000');
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields.programmeId).toBe('Организация не участвует в этой программе.');
    const greenhouse = await open(jobInclusion as string);
    expect(greenhouse.status).toBe(201);
    await coordinator.post(`/api/workshops/${greenhouse.body.id}/production`, {
      producedOn: '2025-08-01',
      product: 'tomatoes',
      quantity: 300,
      unit: 'kg',
    });
    const tomatoes: IndicatorDefinition = {
      measure: 'sum',
      source: 'workshops.production',
      filters: { programmeId: jobInclusion, attributes: { product: ['tomatoes'] } },
    };
    expect(await yearly(tomatoes)).toEqual([300, 0]);
  });

  it('is not shown to a viewer of another organisation', async () => {
    const viewer = await t.signIn('viewer@birge.test');
    expect((await viewer.get(`/api/workshops/${workshopId}`)).status).toBe(404);
    expect((await viewer.get('/api/workshops')).body.items).toEqual([]);
  });
});
