import {
  caseServices,
  cases,
  consultations,
  functioningAssessments,
  networkMembers,
  networks,
  persons,
  referrals,
  regions,
} from '@birge/db';
import type { Actor, IndicatorDefinition, Role } from '@birge/domain';
import { eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { indicatorRecords } from './indicator-records';
import type { IndicatorSource } from './indicator-source';
import { indicatorValues } from './indicator-values';
import { indicatorSources } from './sources';

// A small world counted by hand: six persons in two organisations over 2025 and 2026 (one more merged away),
// their cases, services, referrals, an assessment and two questions, plus two sources of literal facts that
// stand for the activities' kind of work (counted attendance, programmes, amounts, a restricted source).
let t: TestApp;
let orgA: string;
let orgB: string;
let network: string;
let topR1: string;
let district1: string;
let topR2: string;
const programmeX = '00000000-0000-4000-8000-0000000000a1';
const ids: Record<string, string> = {};

const y2025 = { start: '2025-01-01', end: '2026-01-01' };
const y2026 = { start: '2026-01-01', end: '2027-01-01' };
const both = { start: '2025-01-01', end: '2027-01-01' };

const actor = (memberships: [string, Role[]][], platformAdmin = false): Actor => ({
  userId: '00000000-0000-4000-8000-00000000000f',
  platformAdmin,
  memberships: memberships.map(([organisationId, roles]) => ({ organisationId, roles })),
});
let nobody: Actor;

async function person(
  key: string,
  fields: Partial<typeof persons.$inferInsert> & { sex: 'female' | 'male'; createdAt: Date },
) {
  const [row] = await t.db
    .insert(persons)
    .values({
      ownerOrganisationId: orgA,
      familyName: key,
      givenName: 'Test',
      nameKey: key.toLowerCase(),
      ...fields,
    })
    .returning({ id: persons.id });
  ids[key] = row?.id ?? '';
  return ids[key] as string;
}

const literalFacts = (rows: string) => () =>
  sql.raw(`select * from (values ${rows}) as t(record_id, label, person_id, organisation_id, region_id,
    occurred_on, sex, age_years, age_band, disability, programme_id, activity_type, tags, weight, amount, attributes)`);

beforeAll(async () => {
  t = await createTestApp();
  orgA = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  orgB = await t.organisationId('Городской реабилитационный центр');
  nobody = actor([]);
  const [net] = await t.db.insert(networks).values({ name: 'Test network' }).returning({ id: networks.id });
  network = net?.id ?? '';
  await t.db.insert(networkMembers).values({ networkId: network, organisationId: orgB });
  const tops = await t.db.select().from(regions).where(isNull(regions.parentId));
  const withDistrict = await t.db
    .select({ id: regions.id, parentId: regions.parentId })
    .from(regions)
    .where(eq(regions.level, 'district'));
  district1 = withDistrict[0]?.id ?? '';
  topR1 = withDistrict[0]?.parentId ?? '';
  topR2 = tops.find((r) => r.id !== topR1)?.id ?? '';

  const at = (day: string) => new Date(`${day}T06:00:00Z`);
  const p1 = await person('P1', {
    sex: 'female',
    birthDate: '2020-06-01',
    regionId: district1,
    createdAt: at('2025-02-10'),
    functionalDifficulty: 'yes',
    tags: ['child'],
  });
  const p2 = await person('P2', {
    sex: 'male',
    birthDate: '1990-01-01',
    regionId: topR1,
    createdAt: at('2025-05-20'),
    functionalDifficulty: 'no',
  });
  await person('P3', { sex: 'female', birthYear: 1960, createdAt: at('2025-11-30') });
  // Registered late on 31 December by UTC, which is already 1 January in Bishkek.
  await person('P7', { sex: 'female', birthDate: '2010-01-01', createdAt: new Date('2024-12-31T20:00:00Z') });
  const p4 = await person('P4', {
    ownerOrganisationId: orgB,
    sex: 'male',
    birthDate: '2000-07-15',
    regionId: topR2,
    createdAt: at('2026-01-15'),
    functionalDifficulty: 'yes',
    tags: ['youth'],
  });
  const p5 = await person('P5', {
    ownerOrganisationId: orgB,
    sex: 'female',
    birthDate: '1995-03-03',
    regionId: district1,
    createdAt: at('2026-02-01'),
    functionalDifficulty: 'no',
  });
  await person('P6', {
    ownerOrganisationId: orgB,
    sex: 'female',
    birthDate: '1995-03-03',
    createdAt: at('2026-02-02'),
    mergedIntoId: p5,
  });

  const kase = async (
    personId: string,
    organisationId: string,
    openedOn: string,
    closed?: [string, string],
  ) => {
    const [row] = await t.db
      .insert(cases)
      .values({
        personId,
        organisationId,
        kind: 'disability_support',
        openedOn,
        state: closed ? 'closed' : 'planning',
        closedOn: closed?.[0] ?? null,
        closureReason: closed?.[1] ?? null,
      })
      .returning({ id: cases.id });
    return row?.id ?? '';
  };
  const c1 = await kase(p1, orgA, '2025-03-01', ['2025-09-01', 'goals_achieved']);
  const c2 = await kase(p2, orgA, '2025-06-01');
  await kase(p4, orgB, '2026-01-20', ['2026-03-01', 'moved_away']);
  await t.db.insert(caseServices).values([
    { caseId: c1, type: 'rehabilitation', deliveredOn: '2025-03-05' },
    { caseId: c1, type: 'medical', deliveredOn: '2025-04-05' },
    { caseId: c2, type: 'legal_aid', deliveredOn: '2025-07-01', providerOrganisationId: orgB },
  ]);
  await t.db.insert(referrals).values([
    {
      personId: p2,
      fromOrganisationId: orgA,
      toOrganisationId: orgB,
      service: 'legal aid',
      sharedFields: ['identity'],
      status: 'accepted',
      createdAt: at('2025-08-01'),
      decidedAt: at('2025-08-03'),
      consentOverrideReason: 'urgent legal deadline, consent by phone',
    },
    {
      personId: p1,
      fromOrganisationId: orgA,
      toOrganisationId: orgB,
      service: 'rehabilitation',
      sharedFields: ['identity'],
      status: 'pending',
      createdAt: at('2025-09-01'),
    },
  ]);
  await t.db.insert(functioningAssessments).values({
    personId: p1,
    organisationId: orgA,
    instrument: 'cfm_2_4',
    answers: {},
    result: {},
    functionalDifficulty: 'yes',
    assessedOn: '2025-02-11',
  });
  await t.db.insert(consultations).values([
    {
      organisationId: orgA,
      channel: 'web',
      topic: 'rights',
      language: 'ru',
      status: 'waiting',
      askedAt: at('2025-04-01'),
    },
    {
      organisationId: orgA,
      channel: 'telegram',
      topic: 'benefits',
      language: 'ky',
      status: 'closed',
      askedAt: at('2025-04-02'),
    },
  ]);

  ids.a1 = '00000000-0000-4000-8000-0000000000b1';
  ids.a2 = '00000000-0000-4000-8000-0000000000b2';
  ids.a3 = '00000000-0000-4000-8000-0000000000b3';
  const attendance: IndicatorSource = {
    key: 'test.attendance',
    amountUnit: 'hour',
    attributes: { role: ['participant', 'facilitator'] },
    recordPath: (id) => `/activities/${id}`,
    facts: literalFacts(`
      ('${ids.a1}'::uuid, 'Training in Bishkek', null::uuid, '${orgA}'::uuid, '${topR1}'::uuid, '2025-03-01'::date, 'female',
        null::int, '18-29', 'yes', '${programmeX}'::uuid, 'training', '{tag1}'::text[], 12::numeric, 3.5::numeric, '{"role":"participant"}'::jsonb),
      ('${ids.a2}', 'Workshop in Osh', null, '${orgB}', '${topR2}', '2025-04-01', 'male',
        null, '5-17', 'no', '${programmeX}', 'workshop', '{}', 7, 2, '{"role":"facilitator"}'),
      ('${ids.a3}', 'Forum', '${p2}', '${orgA}', null, '2026-05-01', 'male',
        36, null, 'no', null, 'forum', '{}', 1, null, '{"role":"participant"}')`),
  };
  const restricted: IndicatorSource = {
    key: 'test.restricted',
    attributes: {},
    restricted: 'child_protection',
    recordPath: (id) => `/children/${id}`,
    facts:
      literalFacts(`('${ids.a1}'::uuid, 'Placement', '${p1}'::uuid, '${orgA}'::uuid, null::uuid, '2025-06-01'::date,
      'female', 5, null::text, 'yes', null::uuid, null::text, '{}'::text[], 1::numeric, null::numeric, '{}'::jsonb)`),
  };
  indicatorSources.push(attendance, restricted);
});
afterAll(async () => {
  indicatorSources.splice(indicatorSources.length - 2, 2);
  await t.close();
});

const values = (definition: IndicatorDefinition, periods = [y2025, y2026], more = {}) =>
  indicatorValues(t.db, nobody, { definition, periods, ...more });
const count = (source: string, filters = {}) => ({ measure: 'count' as const, source, filters });
const totalOf = async (definition: IndicatorDefinition) => (await values(definition, [both]))[0]?.value;
const groups = async (definition: IndicatorDefinition, by: string, more = {}, periods = [y2025, y2026]) =>
  (await values(definition, periods, { disaggregateBy: by, ...more })).map((c) => [
    c.period,
    c.group,
    c.value,
  ]);

describe('every registered source', () => {
  const columns = [
    'record_id',
    'label',
    'person_id',
    'organisation_id',
    'region_id',
    'occurred_on',
    'sex',
    'age_years',
    'age_band',
    'disability',
    'programme_id',
    'activity_type',
    'tags',
    'weight',
    'amount',
    'attributes',
  ];

  it('gives exactly the fact columns, with a key of the form module.what and a path for its records', async () => {
    for (const source of indicatorSources) {
      const result = await t.db.execute(sql`select * from (${source.facts()}) f limit 0`);
      const fields = (result as unknown as { fields: { name: string }[] }).fields.map((f) => f.name);
      expect([source.key, [...fields].sort()]).toEqual([source.key, [...columns].sort()]);
      expect(source.key).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(source.recordPath(ids.P1 as string, ids.P1 as string, ids.P1 as string)).toMatch(/^\//);
    }
  });
});

describe('indicator values of each source', () => {
  it('counts persons registered per year on the day in Bishkek, a merged duplicate not again', async () => {
    expect(await values(count('persons.registered'))).toEqual([
      { period: 0, group: null, value: 4, suppressed: false },
      { period: 1, group: null, value: 2, suppressed: false },
    ]);
  });

  it('counts assessments, cases opened and closed, services, referrals and questions', async () => {
    expect(await totalOf(count('assessments.recorded'))).toBe(1);
    expect((await values(count('cases.opened'))).map((c) => c.value)).toEqual([2, 1]);
    expect((await values(count('cases.closed'))).map((c) => c.value)).toEqual([1, 1]);
    expect(await totalOf(count('cases.closed', { attributes: { reason: ['moved_away'] } }))).toBe(1);
    expect((await values(count('services.delivered'))).map((c) => c.value)).toEqual([3, 0]);
    expect(await totalOf(count('referrals.made'))).toBe(2);
    expect(await totalOf(count('referrals.accepted'))).toBe(1);
    expect(await totalOf(count('consultations.asked'))).toBe(2);
    expect(await totalOf(count('consultations.asked', { attributes: { channel: ['web'] } }))).toBe(1);
  });

  it('counts distinct persons once however many records they have', async () => {
    expect(await totalOf({ measure: 'distinct_persons', source: 'services.delivered' })).toBe(2);
    expect(
      await totalOf({
        measure: 'distinct_persons',
        source: 'services.delivered',
        filters: { attributes: { type: ['medical', 'rehabilitation'] } },
      }),
    ).toBe(1);
  });

  it('counts weighted rows of counted attendance and sums amounts', async () => {
    expect(await totalOf(count('test.attendance'))).toBe(20);
    expect(await totalOf({ measure: 'sum', source: 'test.attendance' })).toBe(5.5);
    expect(await totalOf({ measure: 'distinct_persons', source: 'test.attendance' })).toBe(1);
  });

  it('divides two definitions, as a percentage, null where the denominator is nothing', async () => {
    const closedOfOpened: IndicatorDefinition = {
      measure: 'ratio',
      numerator: count('cases.closed'),
      denominator: count('cases.opened'),
      percent: true,
    };
    expect((await values(closedOfOpened)).map((c) => c.value)).toEqual([50, 100]);
    expect((await values(closedOfOpened, [both]))[0]?.value).toBeCloseTo(66.667, 2);
    expect((await values(closedOfOpened, [{ start: '2024-01-01', end: '2025-01-01' }]))[0]?.value).toBeNull();
    expect((await values({ ...closedOfOpened, percent: false }, [both]))[0]?.value).toBeCloseTo(2 / 3, 5);
  });

  it('gives null, not an error, for a source no module has registered', async () => {
    expect(await values(count('grants.awarded'))).toEqual([
      { period: 0, group: null, value: null, suppressed: false },
      { period: 1, group: null, value: null, suppressed: false },
    ]);
  });
});

describe('filters', () => {
  it.each([
    ['organisation', { organisationIds: ['B'] }, 2],
    ['network of organisation B', { networkId: 'network' }, 2],
    ['top region with its districts', { regionIds: ['R1'] }, 3],
    ['district', { regionIds: ['D1'] }, 2],
    ['tag', { tags: ['child'] }, 1],
    ['either tag', { tags: ['child', 'youth'] }, 2],
    ['sex', { sex: ['male'] }, 2],
    ['disability', { disability: ['yes'] }, 2],
    ['undetermined, including never assessed', { disability: ['undetermined'] }, 2],
    ['dates', { from: '2025-05-01', to: '2026-01-20' }, 3],
    ['programme', { programmeId: programmeX }, 0],
  ])('narrows persons registered by %s', async (_, filters, expected) => {
    const resolved = JSON.parse(
      JSON.stringify(filters)
        .replace('"B"', JSON.stringify(orgB))
        .replace('"network"', JSON.stringify(network))
        .replace('"R1"', JSON.stringify(topR1))
        .replace('"D1"', JSON.stringify(district1)),
    );
    expect(await totalOf(count('persons.registered', resolved))).toBe(expected);
  });

  it('narrows by programme, activity type and attribute', async () => {
    expect(await totalOf(count('test.attendance', { programmeId: programmeX }))).toBe(19);
    expect(await totalOf(count('test.attendance', { activityTypes: ['training', 'forum'] }))).toBe(13);
    expect(await totalOf(count('test.attendance', { attributes: { role: ['participant'] } }))).toBe(13);
    expect(await totalOf(count('test.attendance', { tags: ['tag1'] }))).toBe(12);
  });
});

describe('disaggregation', () => {
  const registered = count('persons.registered');

  it('by sex, with both sexes shown even at zero', async () => {
    expect(await groups(registered, 'sex')).toEqual([
      [0, 'female', 3],
      [0, 'male', 1],
      [1, 'female', 1],
      [1, 'male', 1],
    ]);
    expect(await groups(count('services.delivered'), 'sex', {}, [y2026])).toEqual([
      [0, 'female', 0],
      [0, 'male', 0],
    ]);
  });

  it('by age group on the day it happened, in the default bands', async () => {
    expect(await groups(registered, 'age_group', {}, [both])).toEqual([
      [0, '0-4', 1],
      [0, '5-17', 1],
      [0, '18-29', 1],
      [0, '30-59', 2],
      [0, '60+', 1],
    ]);
  });

  it('by age group in configured bands, fitting bands recorded on paper where they fit whole', async () => {
    expect(await groups(count('test.attendance'), 'age_group', {}, [both])).toEqual([
      [0, '0-4', 0],
      [0, '5-17', 7],
      [0, '18-29', 12],
      [0, '30-59', 1],
      [0, '60+', 0],
    ]);
    const twoBands = {
      ageBands: [
        { from: 0, to: 17 },
        { from: 18, to: null },
      ],
    };
    expect(await groups(count('test.attendance'), 'age_group', twoBands, [both])).toEqual([
      [0, '0-17', 7],
      [0, '18+', 13],
    ]);
    const split = {
      ageBands: [
        { from: 0, to: 9 },
        { from: 10, to: null },
      ],
    };
    expect(await groups(count('test.attendance'), 'age_group', split, [both])).toEqual([
      [0, '0-9', 0],
      [0, '10+', 13],
      [0, null, 7],
    ]);
  });

  it('by disability, never-assessed persons as undetermined', async () => {
    expect(await groups(registered, 'disability', {}, [y2025])).toEqual([
      [0, 'yes', 1],
      [0, 'no', 1],
      [0, 'undetermined', 2],
    ]);
  });

  it('by region rolled up to the top-level region, unknown region as null', async () => {
    const rows = await groups(registered, 'region', {}, [both]);
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        [0, topR1, 3],
        [0, topR2, 1],
        [0, null, 2],
      ]),
    );
    expect(rows.at(-1)).toEqual([0, null, 2]);
  });

  it('by organisation', async () => {
    expect(await groups(registered, 'organisation', {}, [y2025])).toEqual([[0, orgA, 4]]);
    expect(await groups(registered, 'organisation', {}, [both])).toEqual(
      expect.arrayContaining([
        [0, orgA, 4],
        [0, orgB, 2],
      ]),
    );
  });

  it('of a sum, hiding a group that stands for too few rows, and its complement', async () => {
    const hours: IndicatorDefinition = { measure: 'sum', source: 'test.attendance' };
    expect(await groups(hours, 'sex', {}, [both])).toEqual([
      [0, 'female', 3.5],
      [0, 'male', 2],
    ]);
    const shown = await values(hours, [both], { disaggregateBy: 'sex', suppressBelow: 10 });
    expect(shown.map((c) => [c.group, c.value, c.suppressed])).toEqual([
      ['female', null, true],
      ['male', null, true],
    ]);
  });

  it('of a ratio, group by group', async () => {
    const closedOfOpened: IndicatorDefinition = {
      measure: 'ratio',
      numerator: count('cases.closed'),
      denominator: count('cases.opened'),
      percent: true,
    };
    expect(await groups(closedOfOpened, 'sex', {}, [both])).toEqual([
      [0, 'female', 100],
      [0, 'male', 50],
    ]);
  });

  it('over quarters and months as well as years', async () => {
    const quarters = [
      { start: '2025-01-01', end: '2025-04-01' },
      { start: '2025-04-01', end: '2025-07-01' },
      { start: '2025-07-01', end: '2025-10-01' },
      { start: '2025-10-01', end: '2026-01-01' },
    ];
    expect((await values(registered, quarters)).map((c) => c.value)).toEqual([2, 1, 0, 1]);
    const months = [
      { start: '2025-01-01', end: '2025-02-01' },
      { start: '2025-02-01', end: '2025-03-01' },
    ];
    expect((await values(registered, months)).map((c) => c.value)).toEqual([1, 1]);
  });

  it('over periods with gaps between them, given in any order, or overlapping', async () => {
    const q3AndQ1 = [
      { start: '2025-07-01', end: '2025-10-01' },
      { start: '2025-01-01', end: '2025-04-01' },
    ];
    expect((await values(registered, q3AndQ1)).map((c) => c.value)).toEqual([0, 2]);
    expect((await values(registered, [both, y2025, y2026])).map((c) => c.value)).toEqual([6, 4, 2]);
  });
});

describe('suppression of small cells', () => {
  it('hides cells below the threshold and the smallest other cell of the same row', async () => {
    const shown = await values(count('persons.registered'), [both], {
      disaggregateBy: 'age_group',
      suppressBelow: 2,
    });
    expect(shown.map((c) => [c.group, c.value, c.suppressed])).toEqual([
      ['0-4', null, true],
      ['5-17', null, true],
      ['18-29', null, true],
      ['30-59', 2, false],
      ['60+', null, true],
    ]);
  });

  it('hides a second period when only one would be, so the total does not give it away', async () => {
    const shown = await values(count('cases.opened'), [y2025, y2026], { suppressBelow: 2 });
    expect(shown.map((c) => [c.value, c.suppressed])).toEqual([
      [null, true],
      [null, true],
    ]);
    const sexes = await values(count('persons.registered'), [y2025], {
      disaggregateBy: 'sex',
      suppressBelow: 2,
    });
    expect(sexes.map((c) => [c.group, c.value, c.suppressed])).toEqual([
      ['female', null, true],
      ['male', null, true],
    ]);
  });

  it('shows zeros and cells at the threshold', async () => {
    const shown = await values(count('services.delivered'), [y2025, y2026], { suppressBelow: 3 });
    expect(shown.map((c) => [c.value, c.suppressed])).toEqual([
      [3, false],
      [0, false],
    ]);
  });
});

describe('the records behind a value', () => {
  const registered = count('persons.registered');
  const worker = () => actor([[orgA, ['case_worker']]]);
  const childWorker = () => actor([[orgA, ['case_worker', 'child_protection']]]);

  it('lists newest first a page at a time, children only to child protection, every record in the total', async () => {
    const first = await indicatorRecords(t.db, childWorker(), {
      definition: registered,
      period: y2025,
      limit: 2,
    });
    expect(first.items.map((i) => i.label)).toEqual(['P3 Test', 'P2 Test']);
    expect(first.items[0]).toEqual({
      recordId: ids.P3,
      label: 'P3 Test',
      occurredOn: '2025-11-30',
      organisationName: 'Информационный центр «Жаңырык» — Бишкек',
      value: 1,
      path: `/persons/${ids.P3}`,
    });
    expect(first).toMatchObject({ total: 4, restricted: false });
    const second = await indicatorRecords(t.db, childWorker(), {
      definition: registered,
      period: y2025,
      limit: 2,
      cursor: first.nextCursor ?? '',
    });
    expect(second.items.map((i) => i.label)).toEqual(['P1 Test', 'P7 Test']);
    expect(second.nextCursor).toBeNull();

    const adultsOnly = await indicatorRecords(t.db, worker(), { definition: registered, period: y2025 });
    expect(adultsOnly.items.map((i) => i.label)).toEqual(['P3 Test', 'P2 Test']);
    expect(adultsOnly.total).toBe(4);
  });

  it('lists another organisation only the persons referred to it', async () => {
    const receiver = actor([[orgB, ['case_worker']]]);
    const page = await indicatorRecords(t.db, receiver, { definition: registered, period: y2025 });
    expect(page.items.map((i) => i.recordId)).toEqual([ids.P2]);
    expect(page.total).toBe(4);
    expect((await indicatorRecords(t.db, nobody, { definition: registered, period: y2025 })).items).toEqual(
      [],
    );
  });

  it('opens one group of a disaggregation, and the facts that do not say', async () => {
    const male = await indicatorRecords(t.db, childWorker(), {
      definition: registered,
      period: y2025,
      disaggregateBy: 'sex',
      group: 'male',
    });
    expect(male.items.map((i) => i.label)).toEqual(['P2 Test']);
    const noRegion = await indicatorRecords(t.db, childWorker(), {
      definition: registered,
      period: y2025,
      disaggregateBy: 'region',
    });
    expect(noRegion.items.map((i) => i.label)).toEqual(['P3 Test', 'P7 Test']);
    const ageGroup = await indicatorRecords(t.db, childWorker(), {
      definition: registered,
      period: both,
      disaggregateBy: 'age_group',
      group: '30-59',
    });
    expect(ageGroup.total).toBe(2);
  });

  it('lists a person counted once under their latest record, and a ratio by its numerator', async () => {
    const page = await indicatorRecords(t.db, childWorker(), {
      definition: { measure: 'distinct_persons', source: 'services.delivered' },
      period: y2025,
    });
    expect(page.items.map((i) => [i.label, i.occurredOn, i.path])).toEqual([
      ['P2 Test', '2025-07-01', `/persons/${ids.P2}`],
      ['P1 Test', '2025-04-05', `/persons/${ids.P1}`],
    ]);
    expect(page.total).toBe(2);
    const ratio = await indicatorRecords(t.db, childWorker(), {
      definition: { measure: 'ratio', numerator: count('cases.closed'), denominator: count('cases.opened') },
      period: both,
    });
    expect(ratio.total).toBe(2);
    expect(ratio.items.map((i) => i.path)).toEqual([expect.stringMatching(/^\/cases\//)]);
  });

  it('gives restricted records only to child protection, the count to everyone', async () => {
    const definition = count('test.restricted');
    expect(await indicatorRecords(t.db, worker(), { definition, period: y2025 })).toEqual({
      items: [],
      total: 1,
      value: 1,
      restricted: true,
      nextCursor: null,
    });
    const opened = await indicatorRecords(t.db, childWorker(), { definition, period: y2025 });
    expect(opened.items.map((i) => i.path)).toEqual([`/children/${ids.a1}`]);
  });

  it('opens questions only at the desk that holds them', async () => {
    const definition = count('consultations.asked');
    const viewer = await indicatorRecords(t.db, actor([[orgA, ['viewer', 'case_worker']]]), {
      definition,
      period: y2025,
    });
    expect(viewer).toMatchObject({ items: [], total: 2 });
    const expert = await indicatorRecords(t.db, actor([[orgA, ['expert']]]), { definition, period: y2025 });
    expect(expert.items.map((i) => i.label).sort()).toEqual(['benefits', 'rights']);
  });

  it('lists records without a person to members of their organisation', async () => {
    const definition = count('test.attendance');
    const page = await indicatorRecords(t.db, actor([[orgB, ['viewer']]]), { definition, period: both });
    expect(page.items.map((i) => i.label)).toEqual(['Workshop in Osh']);
    expect(page.total).toBe(3);
  });

  it('lists a record once with its facts added up, and pages through persons sharing a record and a day', async () => {
    const sheet: IndicatorSource = {
      key: 'test.sheet',
      attributes: {},
      recordPath: (id) => `/activities/${id}`,
      facts: literalFacts(
        ['P1', 'P2', 'P3']
          .map(
            (p) => `('${ids.a1}'::uuid, 'Training', '${ids[p]}'::uuid, '${orgA}'::uuid, null::uuid,
              '2025-03-01'::date, 'female', 30, null::text, 'yes', null::uuid, 'training', '{}'::text[], 1::numeric,
              null::numeric, '{}'::jsonb)`,
          )
          .concat(`('${ids.a1}', 'Training', null, '${orgA}', null, '2025-03-01', 'male', null, '18-29', 'no', null,
            'training', '{}', 9, null, '{}')`)
          .join(', '),
      ),
    };
    indicatorSources.push(sheet);
    try {
      const records = await indicatorRecords(t.db, childWorker(), {
        definition: count('test.sheet'),
        period: y2025,
      });
      expect(records).toMatchObject({ total: 1, value: 12, nextCursor: null });
      expect(records.items).toEqual([expect.objectContaining({ recordId: ids.a1, label: null, value: 12 })]);
      const persons: (string | null)[] = [];
      let cursor: string | undefined;
      do {
        const page = await indicatorRecords(t.db, childWorker(), {
          definition: { measure: 'distinct_persons', source: 'test.sheet' },
          period: y2025,
          limit: 1,
          ...(cursor ? { cursor } : {}),
        });
        expect(page.total).toBe(3);
        persons.push(...page.items.map((i) => i.label));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(persons.sort()).toEqual(['Training', 'Training', 'Training']);
    } finally {
      indicatorSources.pop();
    }
  });

  it('gives nothing for a source no module has registered, and refuses a forged cursor', async () => {
    expect(
      await indicatorRecords(t.db, childWorker(), { definition: count('grants.awarded'), period: y2025 }),
    ).toEqual({ items: [], total: 0, value: 0, restricted: false, nextCursor: null });
    const forged = Buffer.from(JSON.stringify(['2025-01-01', "x'; drop table persons; --"])).toString(
      'base64url',
    );
    await expect(
      indicatorRecords(t.db, childWorker(), { definition: registered, period: y2025, cursor: forged }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
