import { auditEvents, indicators } from '@birge/db';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

/**
 * A three-year programme of Janyryk, carried out by the Bishkek information centre: what its indicators may
 * count, the records behind their values, and values entered by hand. Qorgan-M takes no part in it.
 */
let t: TestApp;
let owner: Client;
let centreWorker: Client;
let centreCoordinator: Client;
type Key = 'janyryk' | 'centre' | 'qorgan' | 'programme' | 'output' | 'registered' | Person;
type Person = 'Айжан' | 'Бермет' | 'Гүлзат' | 'Данияр';
const ids = {} as Record<Key, string>;
const year = new Date().getUTCFullYear();
const words = (en: string) => ({ en, ru: `${en} (ru)`, ky: `${en} (ky)`, kk: `${en} (kk)` });
const thisYear = { periodStart: `${year}-01-01`, periodEnd: `${year + 1}-01-01` };
const wholeSpan = { periodStart: `${year - 1}-01-01`, periodEnd: `${year + 2}-01-01` };

const addIndicator = (code: string, definition: object | null, more: object = {}) =>
  owner.post(`/api/results/${ids.output}/indicators`, {
    code,
    title: words(`Indicator ${code}`),
    unit: 'persons',
    definition,
    ...more,
  });
const count = (source: string, filters: object = {}, measure = 'count') => ({ measure, source, filters });
const records = (client: Client, indicatorId: string, query: Record<string, string>) =>
  client.get(`/api/indicators/${indicatorId}/records?${new URLSearchParams(query)}`);
const dashboardOf = async (indicatorId: string, period = 'year') =>
  (await owner.get(`/api/programmes/${ids.programme}/dashboard?period=${period}`)).body.indicators.find(
    (i: { id: string }) => i.id === indicatorId,
  );

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signIn('janyryk.admin@birge.test', 'ru');
  centreWorker = await t.signIn('caseworker@birge.test');
  centreCoordinator = await t.signIn('supervisor@birge.test');
  ids.janyryk = await t.organisationId('Жаңырык — национальная');
  ids.centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  ids.qorgan = await t.organisationId('Қорған-М');
  ids.programme = (
    await owner.post('/api/programmes', {
      title: words('Families together'),
      description: words(''),
      ownerOrganisationId: ids.janyryk,
      status: 'implementation',
      startDate: `${year - 1}-01-01`,
      endDate: `${year + 1}-12-31`,
      currency: 'EUR',
      participants: [
        { organisationId: ids.janyryk, role: 'accountable' },
        { organisationId: ids.centre, role: 'implementing' },
      ],
    })
  ).body.id;
  const result = (parentId: string | null, level: string, code: string) =>
    owner
      .post(`/api/programmes/${ids.programme}/results`, { parentId, level, code, title: words(code) })
      .then((r) => r.body.id as string);
  const goal = await result(null, 'goal', 'G');
  ids.output = await result(await result(goal, 'outcome', '1'), 'output', '1.1');

  // Three women and a man registered by the centre, and one woman by Qorgan-M.
  for (const [givenName, sex] of [
    ['Айжан', 'female'],
    ['Бермет', 'female'],
    ['Гүлзат', 'female'],
    ['Данияр', 'male'],
  ] as const) {
    const created = await centreWorker.post(
      '/api/persons',
      personInput(ids.centre, { familyName: `Семья${givenName}`, givenName, sex }),
    );
    ids[givenName] = created.body.id;
  }
  const qorgan = await t.signIn('qorgan.admin@birge.test');
  await qorgan.post('/api/persons', personInput(ids.qorgan, { familyName: 'Омарова', givenName: 'Сая' }));
});
afterAll(() => t.close());

describe('a programme’s indicator counts only the work of the programme’s organisations', () => {
  it('refuses, naming the field in the caller’s language, an organisation outside the programme', async () => {
    const probe = await addIndicator('1.1.x', count('persons.registered', { organisationIds: [ids.qorgan] }));
    expect(probe.status).toBe(400);
    expect(Object.keys(probe.body.error.fields)).toEqual(['definition.filters.organisationIds']);
    expect(probe.body.error.fields['definition.filters.organisationIds']).toMatch(
      /^«.*Қорған-М.*» не участвует в этой программе: её индикаторы считают только работу организаций программы\.$/,
    );
    const children = await addIndicator('1.1.x', {
      measure: 'ratio',
      numerator: count('gatekeeping.decisions', { organisationIds: [ids.qorgan] }),
      denominator: count('gatekeeping.decisions'),
    });
    expect(Object.keys(children.body.error.fields)).toEqual(['definition.numerator.filters.organisationIds']);
  });

  it('refuses ids nobody has, sums over several units, and distinct persons where none are named', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    const unknown = await addIndicator('1.1.x', count('persons.registered', { regionIds: [nobody] }));
    expect(unknown.body.error.fields).toEqual({
      'definition.filters.regionIds': `Региона с идентификатором ${nobody} нет.`,
    });
    const mixed = await addIndicator(
      '1.1.x',
      count('workshops.production', { attributes: { product: ['хлеб'] } }, 'sum'),
    );
    expect(mixed.body.error.fields).toEqual({
      'definition.filters.attributes.unit':
        'Величины в разных единицах не складываются: выберите здесь ровно одно значение.',
    });
    const kilograms = count(
      'workshops.production',
      { attributes: { product: ['хлеб'], unit: ['kg'] } },
      'sum',
    );
    expect((await addIndicator('1.1.k', kilograms)).status).toBe(201);
    const nobodyNamed = await addIndicator('1.1.x', count('activities.held', {}, 'distinct_persons'));
    expect(Object.keys(nobodyNamed.body.error.fields)).toEqual(['definition.measure']);
  });

  it('counts the programme’s organisations’ work, whatever a stored definition names', async () => {
    const everyone = await addIndicator('1.1.a', count('persons.registered'), { disaggregations: ['sex'] });
    ids.registered = everyone.body.id;
    expect((await dashboardOf(ids.registered)).actual).toEqual([0, 4, 0]);
    // A definition saved before this rule, naming another organisation, still counts none of its work.
    const legacy = await addIndicator(
      '1.1.b',
      count('persons.registered', { organisationIds: [ids.centre] }),
    );
    await t.db
      .update(indicators)
      .set({ definition: count('persons.registered', { organisationIds: [ids.qorgan] }) as never })
      .where(eq(indicators.id, legacy.body.id));
    expect((await dashboardOf(legacy.body.id)).total.actual).toBe(0);
    const values = await owner.get(
      `/api/indicators/${legacy.body.id}/values?period=total&disaggregateBy=region`,
    );
    expect(values.body.rows).toEqual([]);
  });
});

describe('the records behind a value', () => {
  it('hide their total from a reader outside the owner where the value is hidden', async () => {
    const female = { ...thisYear, disaggregateBy: 'sex', group: 'female' };
    const seenByOwner = await records(owner, ids.registered, female);
    expect(seenByOwner.body).toMatchObject({ total: 3, value: 3, suppressed: false });
    const partner = await records(centreWorker, ids.registered, female);
    expect(partner.body).toMatchObject({ total: null, value: null, suppressed: true });
    // The partner lists their own records, which they know already.
    expect(partner.body.items).toHaveLength(3);
  });

  it('are asked only for the programme’s own periods and the splits its page shows', async () => {
    const odd = await records(owner, ids.registered, {
      periodStart: `${year}-02-03`,
      periodEnd: `${year}-03-01`,
    });
    expect(odd.status).toBe(400);
    expect(Object.keys(odd.body.error.fields)).toEqual(['periodStart']);
    const undeclared = await records(owner, ids.registered, { ...thisYear, disaggregateBy: 'age_group' });
    expect(Object.keys(undeclared.body.error.fields)).toEqual(['disaggregateBy']);
    const byRegion = await records(owner, ids.registered, { ...wholeSpan, disaggregateBy: 'region' });
    expect(byRegion.status).toBe(200);
    const undeclaredValues = await owner.get(
      `/api/indicators/${ids.registered}/values?disaggregateBy=disability`,
    );
    expect(undeclaredValues.status).toBe(400);
  });

  it('open to the programme’s managers the records made for it, a person’s name only to who may see them', async () => {
    const training = async (title: string, startsAt: string) => {
      const created = await centreCoordinator.post('/api/activities', {
        type: 'training',
        title,
        language: 'ru',
        startsAt,
        organisationId: ids.centre,
        programmeId: ids.programme,
        status: 'held',
      });
      return created.body.id as string;
    };
    const first = await training('Права семей', `${year - 1}-05-05T09:00:00+06:00`);
    const second = await training('Права семей, вторая встреча', `${year}-05-05T09:00:00+06:00`);
    for (const [activity, people] of [
      [first, ['Айжан', 'Бермет']],
      [second, ['Айжан', 'Гүлзат', 'Данияр']],
    ] as const)
      for (const person of people)
        await centreCoordinator.post(`/api/activities/${activity}/attendees`, { personId: ids[person] });
    const attendance = await addIndicator(
      '1.1.c',
      count('attendance.participants', { programmeId: ids.programme }),
    );
    const reached = await addIndicator(
      '1.1.d',
      count('attendance.participants', { programmeId: ids.programme }, 'distinct_persons'),
    );
    // One person attended in two years: counted in each year, once over the whole span.
    expect(await dashboardOf(reached.body.id)).toMatchObject({ actual: [2, 3, 0], total: { actual: 4 } });

    const listed = await records(owner, attendance.body.id, wholeSpan);
    expect(listed.body).toMatchObject({ total: 2, value: 5 });
    expect(listed.body.items).toEqual([
      {
        recordId: second,
        label: 'Права семей, вторая встреча',
        occurredOn: `${year}-05-05`,
        organisationName: 'Информационный центр «Жаңырык» — Бишкек',
        value: 3,
        path: null,
      },
      expect.objectContaining({ recordId: first, value: 2, path: null }),
    ]);
    const monitor = await t.signIn('monitor@birge.test');
    expect((await records(monitor, attendance.body.id, wholeSpan)).body.items).toHaveLength(2);
    const persons = await records(owner, reached.body.id, wholeSpan);
    expect(persons.body.items.map((i: { label: string | null }) => i.label)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const theirs = await records(centreCoordinator, reached.body.id, wholeSpan);
    expect(theirs.body.items.map((i: { label: string }) => i.label).sort()).toEqual([
      'СемьяАйжан Айжан',
      'СемьяБермет Бермет',
      'СемьяГүлзат Гүлзат',
      'СемьяДанияр Данияр',
    ]);
    expect(theirs.body.items[0].path).toMatch(/^\/activities\//);
  });

  it('list a record once, its counted sheet’s weight added up, and page through all of them', async () => {
    const sheets = [];
    for (const [i, size] of [12, 9, 7].entries()) {
      const activity = await centreCoordinator.post('/api/activities', {
        type: 'online_seminar',
        title: `Семинар ${i + 1}`,
        language: 'ru',
        startsAt: `${year}-09-09T09:00:00+06:00`,
        organisationId: ids.centre,
        programmeId: ids.programme,
        status: 'held',
      });
      sheets.push(activity.body.id);
      await centreCoordinator.request('PUT', `/api/activities/${activity.body.id}/attendance-counts`, {
        rows: [
          { sex: 'female', ageBand: '18-29', disability: 'yes', count: size - 3 },
          { sex: 'male', ageBand: '30-59', disability: 'no', count: 2 },
          { sex: 'male', ageBand: '60+', disability: 'no', count: 1 },
        ],
      });
    }
    const seminars = await addIndicator(
      '1.1.e',
      count('attendance.participants', { programmeId: ids.programme, activityTypes: ['online_seminar'] }),
    );
    const seen: { recordId: string; value: number }[] = [];
    let cursor: string | null = null;
    do {
      const page = await records(owner, seminars.body.id, {
        ...thisYear,
        limit: '1',
        ...(cursor ? { cursor } : {}),
      });
      expect(page.body).toMatchObject({ total: 3, value: 28 });
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((s) => s.recordId).sort()).toEqual([...sheets].sort());
    expect(seen.map((s) => s.value).sort()).toEqual([12, 7, 9].sort());
  });
});

describe('targets and values over the whole span', () => {
  it('take a rate’s last target for the span rather than adding the years’ up', async () => {
    const rate = await addIndicator(
      '1.1.r',
      {
        measure: 'ratio',
        percent: true,
        numerator: count('persons.registered', { sex: ['female'] }),
        denominator: count('persons.registered'),
      },
      {
        unit: '%',
        targets: [0, 1, 2].map((i) => ({
          periodStart: `${year - 1 + i}-01-01`,
          periodEnd: `${year + i}-01-01`,
          value: 70 + i * 5,
        })),
      },
    );
    expect(await dashboardOf(rate.body.id)).toMatchObject({
      target: [70, 75, 80],
      actual: [null, 75, null],
      total: { actual: 75, target: 80 },
    });
  });
});

describe('values entered by hand', () => {
  it('are corrected and removed, never entered twice for the same time, each change in the audit trail', async () => {
    const groups = await addIndicator('1.1.m', null, { unit: 'groups' });
    const manual = groups.body.id;
    const enter = (value: number, period = thisYear) =>
      owner.post(`/api/indicators/${manual}/manual-values`, { ...period, value });
    const five = await enter(5);
    expect(five.status).toBe(201);
    const twice = await enter(6);
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields.periodStart).toBe(
      'Другое значение уже охватывает часть этого периода. Исправьте или удалите то значение.',
    );
    expect((await enter(6, wholeSpan)).status).toBe(400);
    expect((await dashboardOf(manual)).actual).toEqual([null, 5, null]);

    expect(
      (await centreCoordinator.patch(`/api/manual-values/${five.body.id}`, { value: 6, version: 1 })).status,
    ).toBe(403);
    const corrected = await owner.patch(`/api/manual-values/${five.body.id}`, { value: 6, version: 1 });
    expect(corrected.body.version).toBe(2);
    expect((await owner.patch(`/api/manual-values/${five.body.id}`, { value: 7, version: 1 })).status).toBe(
      409,
    );
    const shown = await dashboardOf(manual);
    expect(shown.actual).toEqual([null, 6, null]);
    expect(shown.manual).toMatchObject([
      { id: five.body.id, value: 6, version: 2, enteredBy: 'Гүлнара Асанова' },
    ]);
    const outside = await owner.patch(`/api/manual-values/${five.body.id}`, {
      periodEnd: `${year + 3}-01-01`,
      version: 2,
    });
    expect(outside.status).toBe(400);

    expect((await owner.delete(`/api/manual-values/${five.body.id}`)).status).toBe(204);
    expect((await dashboardOf(manual)).actual).toEqual([null, null, null]);
    expect((await enter(6, wholeSpan)).status).toBe(201);
    expect((await dashboardOf(manual, 'total')).total.actual).toBe(6);
    const trail = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.recordId, [five.body.id]))
      .orderBy(asc(auditEvents.seq));
    expect(trail.map((e) => e.action)).toEqual([
      'indicator.manualValue',
      'indicator.manualValue.update',
      'indicator.manualValue.delete',
    ]);
  });
});
