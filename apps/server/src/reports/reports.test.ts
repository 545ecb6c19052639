import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

/**
 * A programme whose indicator counts the persons the Bishkek information centre registers (two women, one
 * man: every cell by sex smaller than the threshold of 5), and one entered by hand.
 */
let t: TestApp;
let owner: Client;
let programmeId: string;
const year = new Date().getUTCFullYear();
const words = (en: string, ru: string) => ({ en, ru, ky: `${ru} (ky)`, kk: `${ru} (kk)` });
const schema = join(import.meta.dirname, '../../test/standards/iati-2.03/iati-activities-schema.xsd');

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signIn('janyryk.admin@birge.test');
  const janyryk = await t.organisationId('Жаңырык — национальная');
  const centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  const regions = (await owner.get('/api/regions')).body.items as { id: string; code: string }[];
  programmeId = (
    await owner.post('/api/programmes', {
      title: words('Inclusive schools', 'Инклюзивные школы'),
      description: words('Schools open to every child & family.', 'Школы, открытые каждому ребёнку.'),
      ownerOrganisationId: janyryk,
      iatiIdentifier: 'KG-INN-00000000000001-IS',
      status: 'implementation',
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      budget: 120000,
      currency: 'EUR',
      participants: [
        { organisationId: janyryk, role: 'accountable' },
        { organisationId: centre, role: 'implementing' },
      ],
      regionIds: regions.filter((r) => ['KG-GB', 'KG-C'].includes(r.code)).map((r) => r.id),
      sectors: [{ code: '11220', percentage: 100 }],
      policyMarkers: [{ code: '11', significance: 2 }],
    })
  ).body.id;
  const add = async (parentId: string | null, level: string, code: string, en: string, ru: string) =>
    (
      await owner.post(`/api/programmes/${programmeId}/results`, {
        parentId,
        level,
        code,
        title: words(en, ru),
      })
    ).body.id as string;
  const goal = await add(null, 'goal', 'G', 'Every child learns', 'Каждый ребёнок учится');
  const outcome = await add(goal, 'outcome', '1', 'Families know their rights', 'Семьи знают свои права');
  const output = await add(outcome, 'output', '1.1', 'Families registered', 'Семьи зарегистрированы');
  await owner.post(`/api/results/${output}/indicators`, {
    code: '1.1.a',
    title: words('Persons registered by the centre', 'Зарегистрировано центром'),
    unit: 'persons',
    baseline: { value: 0, date: `${year}-01-01` },
    targets: [{ periodStart: `${year}-01-01`, periodEnd: `${year + 1}-01-01`, value: 10 }],
    disaggregations: ['sex'],
    definition: { measure: 'count', source: 'persons.registered', filters: { organisationIds: [centre] } },
  });
  const manual = await owner.post(`/api/results/${output}/indicators`, {
    code: '1.1.b',
    title: words('Schools visited', 'Посещено школ'),
    unit: 'schools',
    targets: [{ periodStart: `${year}-01-01`, periodEnd: `${year + 1}-01-01`, value: 12 }],
  });
  await owner.post(`/api/indicators/${manual.body.id}/manual-values`, {
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-04-01`,
    value: 7,
  });
  const worker = await t.signIn('caseworker@birge.test');
  for (const [givenName, sex] of [
    ['Айгүл', 'female'],
    ['Бакыт', 'male'],
    ['Чолпон', 'female'],
  ] as const)
    await worker.post(
      '/api/persons',
      personInput(centre, { givenName, sex, familyName: `Отчёт${givenName}` }),
    );
});
afterAll(() => t.close());

const download = (url: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: owner.cookie } }).then((r) => r.rawPayload);

describe('the donor report', () => {
  it('is a workbook in the chosen language with the logframe and its disaggregations, small cells hidden', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(
        `/api/programmes/${programmeId}/report.xlsx?language=ru&period=year`,
      )) as unknown as ArrayBuffer,
    );
    const [logframe, split] = workbook.worksheets;
    expect(logframe?.name).toBe('Логическая рамка');
    const rows = Array.from(logframe?.getSheetValues() ?? [], (row) =>
      Array.isArray(row) ? row.slice(1) : [],
    );
    expect(rows.find((row) => row[0] === 'Уровень')).toEqual([
      'Уровень',
      'Код',
      'Индикатор',
      'Единица',
      'Исходное значение',
      `Цель ${year}`,
      `Факт ${year}`,
      'Цель всего',
      'Факт всего',
    ]);
    expect(rows.find((row) => row[1] === '1.1.a')).toEqual([
      'Непосредственный результат',
      '1.1.a',
      'Зарегистрировано центром',
      'persons',
      `0 (${year}-01-01)`,
      '10',
      '3',
      '10',
      '3',
    ]);
    expect(rows.find((row) => row[1] === '1.1.b')?.slice(2)).toEqual([
      'Посещено школ (введено вручную)',
      'schools',
      '–',
      '12',
      '7',
      '12',
      '7',
    ]);
    const groups = Array.from(split?.getSheetValues() ?? [], (row) =>
      Array.isArray(row) ? row.slice(1) : [],
    );
    expect(groups.filter((row) => row[0] === '1.1.a')).toEqual([
      ['1.1.a', 'Зарегистрировано центром', 'Пол', 'Женщины и девочки', '<5', '<5'],
      ['1.1.a', 'Зарегистрировано центром', 'Пол', 'Мужчины и мальчики', '<5', '<5'],
    ]);
  });

  it('is a PDF whose text holds the indicators', async () => {
    const pdf = await download(`/api/programmes/${programmeId}/report.pdf?language=ru`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text).toContain('Зарегистрировано центром');
    expect(text).toContain('Посещено школ');
    expect(text).toContain('Отчёт донору');
  });
});

describe('the IATI activity', () => {
  it('validates against the IATI 2.03 schema, with results, baselines and periods', async () => {
    const xml = (await download(`/api/programmes/${programmeId}/iati.xml`)).toString();
    const file = join(mkdtempSync(join(tmpdir(), 'iati-')), 'activity.xml');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
    expect(xml).toContain('<iati-identifier>KG-INN-00000000000001-IS</iati-identifier>');
    expect(xml).toContain('<reporting-org ref="KG-INN-00000000000001" type="22">');
    expect(xml).toContain('<narrative xml:lang="ky">Инклюзивные школы (ky)</narrative>');
    expect(xml).toContain('Schools open to every child &amp; family.');
    expect(xml).toContain('<policy-marker vocabulary="1" code="11" significance="2"/>');
    expect(xml).toContain('<recipient-country code="KG" percentage="100"/>');
    expect(xml).toContain('<baseline year="');
    expect(xml).toMatch(/<target value="10"\/><actual value="3"\/>/);
    // The goal holds no indicator, so only the output is a result.
    expect(xml.match(/<result type="(\d)">/g)).toEqual(['<result type="1">']);
    // The file is public: the cells by sex, each below the threshold, are left out.
    expect(xml).not.toContain('<dimension');
    expect(xml).toContain(
      `<budget type="1" status="1"><period-start iso-date="${year}-01-01"/><period-end iso-date="${year}-12-31"/>` +
        `<value currency="EUR" value-date="${year}-01-01">120000</value></budget>`,
    );
  });
});

describe('the IATI activity of a programme over three calendar years', () => {
  let xml: string;
  const start = `${year - 1}-07-01`;
  const end = `${year + 1}-06-30`;
  const span = `<period-start iso-date="${start}"/><period-end iso-date="${end}"/>`;

  beforeAll(async () => {
    const janyryk = await t.organisationId('Жаңырык — национальная');
    const centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
    const id = (
      await owner.post('/api/programmes', {
        title: words('Families together', 'Семьи вместе'),
        description: words('', ''),
        ownerOrganisationId: janyryk,
        iatiIdentifier: 'KG-INN-00000000000001-FT',
        status: 'implementation',
        startDate: start,
        endDate: end,
        budget: 300000,
        currency: 'EUR',
        suppressBelow: 1,
        participants: [
          { organisationId: janyryk, role: 'accountable' },
          { organisationId: centre, role: 'implementing' },
        ],
      })
    ).body.id;
    const add = async (parentId: string | null, level: string, code: string) =>
      (await owner.post(`/api/programmes/${id}/results`, { parentId, level, code, title: words(code, code) }))
        .body.id as string;
    const output = await add(await add(await add(null, 'goal', 'G'), 'outcome', '1'), 'output', '1.1');
    const indicator = async (code: string, more: object) =>
      (
        await owner.post(`/api/results/${output}/indicators`, {
          code,
          title: words(`Indicator ${code}`, `Индикатор ${code}`),
          unit: 'persons',
          ...more,
        })
      ).body.id as string;
    const registered = { measure: 'count', source: 'persons.registered' };
    const whole = (value: number) => [{ periodStart: start, periodEnd: `${year + 1}-07-01`, value }];
    await indicator('1.1.a', { definition: registered, targets: whole(20), disaggregations: ['sex'] });
    await indicator('1.1.b', {
      definition: registered,
      targets: [
        { periodStart: start, periodEnd: `${year}-01-01`, value: 5 },
        { periodStart: `${year}-01-01`, periodEnd: `${year + 1}-01-01`, value: 10 },
        { periodStart: `${year + 1}-01-01`, periodEnd: `${year + 1}-07-01`, value: 5 },
      ],
    });
    await indicator('1.1.c', { definition: { ...registered, measure: 'distinct_persons' } });
    const manual = await indicator('1.1.d', { unit: 'schools', targets: whole(4) });
    await owner.post(`/api/indicators/${manual}/manual-values`, {
      periodStart: start,
      periodEnd: `${year + 1}-07-01`,
      value: 3,
    });
    xml = (await download(`/api/programmes/${id}/iati.xml`)).toString();
  });

  it('validates against the IATI 2.03 schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'iati-')), 'activity.xml');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
  });

  it('splits the budget by the days of each calendar year, adding up to the whole', () => {
    const budgets = [
      ...xml.matchAll(
        /<budget [^>]*><period-start iso-date="([\d-]+)"\/><period-end iso-date="([\d-]+)"\/><value [^>]*>([\d.]+)<\/value><\/budget>/g,
      ),
    ];
    expect(budgets.map((b) => [b[1], b[2]])).toEqual([
      [start, `${year - 1}-12-31`],
      [`${year}-01-01`, `${year}-12-31`],
      [`${year + 1}-01-01`, end],
    ]);
    const values = budgets.map((b) => Number(b[3]));
    expect(values.reduce((sum, v) => sum + v, 0)).toBeCloseTo(300000, 2);
    expect(values[1]).toBeGreaterThan(values[0] ?? 0);
  });

  it('reports a target set for the whole span, and distinct persons, over the whole span as one period', () => {
    const indicators = xml.split('<indicator ').slice(1);
    expect(indicators).toHaveLength(4);
    const [a, b, c, d] = indicators;
    expect(a).toContain(
      `<period>${span}<target value="20"/><actual value="3"/>` +
        '<actual value="2"><dimension name="sex" value="female"/></actual>' +
        '<actual value="1"><dimension name="sex" value="male"/></actual></period>',
    );
    expect(a?.match(/<period>/g)).toHaveLength(1);
    expect(b?.match(/<period>/g)).toHaveLength(3);
    expect(b).toContain(
      `<period><period-start iso-date="${year}-01-01"/><period-end iso-date="${year}-12-31"/><target value="10"/><actual value="3"/></period>`,
    );
    expect(c).toContain(`<period>${span}<actual value="3"/></period>`);
    expect(d).toContain(`<period>${span}<target value="4"/><actual value="3"/></period>`);
  });
});
