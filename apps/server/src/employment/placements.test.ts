import type { IndicatorDefinition } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, platformActor, type TestApp } from '../../test/harness';
import { indicatorValues } from '../indicators/indicator-values';

let t: TestApp;
let coordinator: Client;
let lag: string;
let bakery: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  lag = (await coordinator.get('/api/session')).body.memberships[0].organisationId;
  bakery = await t.organisationId('Нан-Ай');
});
afterAll(() => t.close());

const names = ['Айгерим', 'Нурлан', 'Бактыгүл', 'Эрлан', 'Жылдыз', 'Талант', 'Мээрим', 'Азамат'];
let people = 0;
/** A new person of the group placed at the bakery on the day given. */
async function placed(startedOn: string) {
  people += 1;
  const person = await coordinator.post(
    '/api/persons',
    personInput(lag, {
      familyName: 'Жумабаева',
      givenName: names[people],
      birthDate: `199${people}-02-03`,
      phones: [`+996 700 10${people} 20${people}`],
    }),
  );
  const placement = await coordinator.post('/api/placements', {
    personId: person.body.id,
    employerId: bakery,
    position: 'Нан бышыруучу',
    startedOn,
  });
  expect(placement.status).toBe(201);
  return { personId: person.body.id as string, id: placement.body.id as string };
}

const followUp = (id: string, body: object) => coordinator.post(`/api/placements/${id}/follow-ups`, body);
const stillThere = (months: number, checkedOn: string) => ({ months, checkedOn, stillEmployed: true });

describe('a placement', () => {
  it('is recorded once: the same person, employer and first day again is refused', async () => {
    const first = await placed('2025-05-05');
    const again = await coordinator.post('/api/placements', {
      personId: first.personId,
      employerId: bakery,
      position: 'Сатуучу',
      startedOn: '2025-05-05',
    });
    expect(again.status).toBe(400);
    expect(again.body.error.fields.startedOn).toMatch(/уже записано/);
  });

  it('is followed up at 1, 3 and 6 months, listed with its employer, and stays with the supporting organisation', async () => {
    const { id } = await placed('2026-01-31');
    const { body } = await coordinator.get(`/api/placements/${id}`);
    expect(body.schedule.map((f: { months: number; dueOn: string }) => [f.months, f.dueOn])).toEqual([
      [1, '2026-02-28'],
      [3, '2026-04-30'],
      [6, '2026-07-31'],
    ]);
    const list = await coordinator.get('/api/placements');
    expect(list.body.items.find((p: { id: string }) => p.id === id)).toMatchObject({
      employerName: 'ОсОО «Нан-Ай» — пекарня',
      endedOn: null,
    });
    for (const outsider of ['employer@birge.test', 'qorgan.admin@birge.test'])
      expect((await (await t.signIn(outsider)).get(`/api/placements/${id}`)).status).toBe(404);
  });

  it('takes follow-ups only from a week before they are due, never in the future, and none after the person left', async () => {
    const { id } = await placed('2026-01-10');
    const early = await followUp(id, stillThere(6, '2026-01-11'));
    expect(early.status).toBe(400);
    expect(early.body.error.fields.checkedOn).toBe(
      'Эту проверку можно записать начиная с 2026-07-03, за неделю до срока.',
    );
    expect((await followUp(id, stillThere(6, '2099-07-10'))).status).toBe(400);
    expect((await followUp(id, stillThere(1, '2026-02-03'))).status).toBe(201);
    expect((await followUp(id, stillThere(1, '2026-02-10'))).body.error.fields.months).toBe(
      'Эта проверка уже записана.',
    );
    const noReason = await followUp(id, {
      months: 3,
      checkedOn: '2026-04-12',
      stillEmployed: false,
      endedOn: '2026-03-30',
    });
    expect(noReason.body.error.fields.leavingReason).toBe('Выберите, почему человек ушёл с работы.');
    const beforeCheck = await followUp(id, {
      months: 3,
      checkedOn: '2026-04-12',
      stillEmployed: false,
      endedOn: '2026-02-01',
      leavingReason: 'health',
    });
    expect(beforeCheck.body.error.fields.endedOn).toMatch(/2026-02-03/);
    const left = await followUp(id, {
      months: 3,
      checkedOn: '2026-04-12',
      stillEmployed: false,
      endedOn: '2026-03-30',
      leavingReason: 'workplace_barriers',
    });
    expect(left.status).toBe(201);
    expect((await followUp(id, stillThere(6, '2026-07-10'))).body.error.fields.months).toMatch(/закончилось/);
    const { body } = await coordinator.get(`/api/placements/${id}`);
    expect(body.placement).toMatchObject({ endedOn: '2026-03-30', leavingReason: 'workplace_barriers' });
    expect(body.schedule.map((f: { state: string }) => f.state)).toEqual(['done', 'done', 'not_needed']);
  });
});

const count = (retention?: string[]): Extract<IndicatorDefinition, { source: string }> => ({
  measure: 'count',
  source: 'placements.due',
  filters: { organisationIds: [lag], attributes: { months: ['6'], ...(retention ? { retention } : {}) } },
});
const years = [
  { start: '2024-01-01', end: '2025-01-01' },
  { start: '2025-01-01', end: '2026-01-01' },
];
const values = async (definition: IndicatorDefinition) =>
  (await indicatorValues(t.db, platformActor, { definition, periods: years })).map((v) => v.value);

describe('retention at six months', () => {
  it('counts each placement in the period its sixth month falls in: retained, left, or its follow-up missing', async () => {
    const kept = await placed('2024-01-10');
    for (const [months, on] of [
      [1, '2024-02-10'],
      [3, '2024-04-10'],
      [6, '2024-07-12'],
    ] as const)
      expect((await followUp(kept.id, stillThere(months, on))).status).toBe(201);
    const gone = await placed('2024-03-05');
    await followUp(gone.id, stillThere(1, '2024-04-05'));
    await followUp(gone.id, {
      months: 3,
      checkedOn: '2024-06-05',
      stillEmployed: false,
      endedOn: '2024-05-20',
      leavingReason: 'health',
    });
    await placed('2024-04-01');
    const late = await placed('2024-09-01');
    await followUp(late.id, stillThere(6, '2025-03-02'));

    expect(
      await values({ measure: 'count', source: 'placements.started', filters: { organisationIds: [lag] } }),
    ).toEqual([4, 1]);
    expect(await values(count())).toEqual([3, 2]);
    expect(await values(count(['retained']))).toEqual([1, 1]);
    expect(await values(count(['left']))).toEqual([1, 0]);
    expect(await values(count(['missing']))).toEqual([1, 1]);
    const retention: IndicatorDefinition = {
      measure: 'ratio',
      percent: true,
      numerator: count(['retained']),
      denominator: count(),
    };
    expect((await values(retention)).map((v) => Math.round(v ?? 0))).toEqual([33, 50]);
  });
});
