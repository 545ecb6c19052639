import type { IndicatorDefinition } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bornYearsAgo,
  type ChildcareFixtures,
  childcareFixtures,
  childInput,
} from '../../test/childcare-fixtures';
import { addAccount } from '../../test/consultation-fixtures';
import { type Client, createTestApp, personInput, platformActor, type TestApp } from '../../test/harness';
import { indicatorRecords } from '../indicators/indicator-records';
import { indicatorValues } from '../indicators/indicator-values';

let t: TestApp;
let f: ChildcareFixtures;
let worker: Client;
let supervisor: Client;
let coordinator: Client;
const year2026 = [{ start: '2026-01-01', end: '2027-01-01' }];

beforeAll(async () => {
  t = await createTestApp();
  f = await childcareFixtures(t);
  worker = await t.signIn('caseworker@birge.test', 'ru');
  supervisor = await t.signIn('supervisor@birge.test', 'ru');
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
});
afterAll(() => t.close());

const total = async (source: string, attributes: Record<string, string[]> = {}, measure = 'count') =>
  (
    await indicatorValues(t.db, platformActor, {
      definition: { measure, source, filters: { attributes } } as IndicatorDefinition,
      periods: year2026,
    })
  )[0]?.value;

describe('gatekeeping', () => {
  it('decides a request at a meeting, naming the services that keep the child at home', async () => {
    const decide = (body: object) =>
      supervisor.post(`/api/childcare/gatekeeping-requests/${f.request}/decision`, {
        meetingId: f.meeting,
        reasons: 'Бабушка готова взять ребёнка при поддержке',
        version: 1,
        ...body,
      });
    const withoutServices = await decide({ outcome: 'prevented_family_support' });
    expect(withoutServices.status).toBe(400);
    expect(withoutServices.body.error.fields.preventionServices).toBe(
      'Укажите услуги, оказанные семье, чтобы ребёнок остался дома.',
    );
    const byWorker = await worker.post(`/api/childcare/gatekeeping-requests/${f.request}/decision`, {
      meetingId: f.meeting,
      outcome: 'placed',
      reasons: 'Нет',
      version: 1,
    });
    expect(byWorker.status).toBe(403);
    const decided = await decide({
      outcome: 'prevented_family_support',
      preventionServices: ['cash_benefit', 'parenting_support'],
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ outcome: 'prevented_family_support', decidedOn: '2026-02-15' });
    expect((await decide({ outcome: 'placed', version: 2 })).status).toBe(400);
  });

  it('takes a new request for a child only once the earlier one is decided, and not at an earlier meeting', async () => {
    const child = (await worker.post('/api/persons', childInput(f.centre, 'Бекзат'))).body.id;
    const ask = () =>
      worker.post(`/api/childcare/commissions/${f.commission}/requests`, {
        personId: child,
        requestedOn: '2026-03-01',
        reason: 'Отец в больнице',
      });
    const first = await ask();
    expect(first.status).toBe(201);
    expect((await ask()).body.error.fields.personId).toBe(
      'Заявление по этому ребёнку уже ждёт решения комиссии.',
    );
    const early = await supervisor.post(`/api/childcare/gatekeeping-requests/${first.body.id}/decision`, {
      meetingId: f.meeting,
      outcome: 'placed',
      reasons: 'Нет родственников',
      version: 1,
    });
    expect(early.body.error.fields.meetingId).toBe('Заседание прошло раньше, чем поступило заявление.');
    const meeting = await supervisor.post(`/api/childcare/commissions/${f.commission}/meetings`, {
      heldOn: '2026-03-20',
    });
    const placed = await supervisor.post(`/api/childcare/gatekeeping-requests/${first.body.id}/decision`, {
      meetingId: meeting.body.id,
      outcome: 'placed',
      reasons: 'Нет родственников',
      version: 1,
    });
    expect(placed.status).toBe(200);
  });
});

describe('a placement', () => {
  it('is made with an approved carer only', async () => {
    const carer = await worker.post('/api/childcare/carers', {
      organisationId: f.centre,
      kind: 'guardian',
      name: 'Асанова Гүлмира',
      capacity: 1,
    });
    const child = (await worker.post('/api/persons', childInput(f.centre, 'Нурай'))).body.id;
    const opened = await worker.post('/api/cases', {
      personId: child,
      organisationId: f.centre,
      kind: 'deinstitutionalisation',
      openedOn: '2026-02-01',
    });
    await worker.post(`/api/cases/${opened.body.id}/care-records`, {
      kind: 'placement_decision',
      recordedOn: '2026-02-20',
      text: 'Опекунство бабушки',
    });
    const placed = await worker.post(`/api/cases/${opened.body.id}/care-placements`, {
      type: 'guardianship',
      startedOn: '2026-03-01',
      carerId: carer.body.id,
    });
    expect(placed.body.error.fields.carerId).toBe('Ребёнка можно устроить только к одобренному опекуну.');
  });

  it('comes with visits at 1, 3, 6 and 12 months', async () => {
    const { body } = await worker.get(`/api/childcare/placements/${f.placement}`);
    expect(body.placement).toMatchObject({
      givenName: 'Айсулуу',
      type: 'foster_care',
      carerName: 'Бейшеевдер үй-бүлөсү',
    });
    expect(body.visits.map((v: { month: number; dueOn: string }) => [v.month, v.dueOn])).toEqual([
      [1, '2026-04-01'],
      [3, '2026-06-01'],
      [6, '2026-09-01'],
      [12, '2027-03-01'],
    ]);
  });

  it('sends a visit’s concerns to the case worker and the supervisor as tasks', async () => {
    const visited = await worker.post(`/api/childcare/visits/${f.visit}`, {
      visitedOn: '2026-04-03',
      findings: 'Ребёнок не ходит в школу неделю',
      concerns: true,
      version: 1,
    });
    expect(visited.status).toBe(200);
    const ids = [await t.userId('caseworker@birge.test'), await t.userId('supervisor@birge.test')];
    expect(visited.body.escalatedTo).toEqual(ids);
    const file = await supervisor.get(`/api/cases/${f.case}`);
    const tasks = (file.body.tasks ?? file.body.file?.tasks) as { title: string; assigneeId: string }[];
    expect(
      tasks
        .filter((task) => task.title === 'Ребёнок не ходит в школу неделю')
        .map((task) => task.assigneeId)
        .sort(),
    ).toEqual([...ids].sort());
    const again = await worker.post(`/api/childcare/visits/${f.visit}`, {
      visitedOn: '2026-04-04',
      findings: 'Повторно',
      concerns: false,
      version: 2,
    });
    expect(again.body.error.fields.visitedOn).toBe('Этот визит уже записан.');
  });

  it('keeps the child’s file: assessments, views and the transition plan', async () => {
    expect(
      (
        await worker.post(`/api/cases/${f.case}/care-records`, {
          kind: 'child_views',
          recordedOn: '2026-02-10',
          text: 'Хочет жить в семье рядом со школой',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await worker.post(`/api/cases/${f.case}/transition-steps`, {
          step: 'Знакомство с приёмной семьёй',
          responsible: 'Социальный работник',
          dueOn: '2026-02-20',
        })
      ).status,
    ).toBe(201);
    const { body } = await worker.get(`/api/cases/${f.case}/care`);
    expect(body.records.map((r: { kind: string }) => r.kind)).toEqual(['placement_decision', 'child_views']);
    expect(body.steps[0]).toMatchObject({ responsible: 'Социальный работник', dueOn: '2026-02-20' });
    expect(body.placements[0].visits).toHaveLength(4);
  });

  it('breaks down with a reason, and the visits after its end are no longer owed', async () => {
    const ended = await worker.post(`/api/childcare/placements/${f.placement}/end`, {
      ending: 'breakdown',
      endedOn: '2026-07-15',
      breakdownReason: 'carer_unable',
      note: 'Приёмная мать заболела',
      version: 1,
    });
    expect(ended.status).toBe(200);
    const { body } = await worker.get(`/api/childcare/placements/${f.placement}`);
    expect(body.visits.map((v: { month: number }) => v.month)).toEqual([1, 3]);
  });
});

describe('figures', () => {
  it('counts children leaving institutions, decisions by outcome, breakdowns and institutions’ children', async () => {
    // By hand: one child left Kant; two decisions, one prevented and one placed; one breakdown; 32 children
    // counted on 1 January, and the child who left on 1 March is no longer there.
    expect(await total('children.left_institutions')).toBe(1);
    expect(await total('children.left_institutions', { type: ['foster_care'] })).toBe(1);
    expect(await total('care_placements.started')).toBe(1);
    expect(await total('care_placements.breakdowns', { reason: ['carer_unable'] })).toBe(1);
    expect(await total('gatekeeping.decisions')).toBe(2);
    expect(await total('gatekeeping.decisions', { outcome: ['placed'] })).toBe(1);
    expect(await total('institutions.children', { latest: ['yes'] }, 'sum')).toBe(31);
    expect(await total('institutions.children', { latest: ['no'] }, 'sum')).toBe(0);
    const director = await t.signIn('institution.director@birge.test');
    await director.post(`/api/childcare/institutions/${f.institution}/counts`, {
      countedOn: '2026-08-01',
      rows: [{ ageBand: '5-17', sex: 'female', disability: 'yes', children: 11 }],
    });
    expect(await total('institutions.children', { latest: ['yes'] }, 'sum')).toBe(11);
    const { body } = await coordinator.get(`/api/childcare/institutions/${f.institution}`);
    expect(body.institution).toMatchObject({ children: 11, childrenLeft: 1, capacity: 120 });
    expect(body.counts.map((c: { countedOn: string; total: number }) => [c.countedOn, c.total])).toEqual([
      ['2026-01-01', 32],
      ['2026-08-01', 11],
    ]);
  });
});

describe('a coordinator without child protection', () => {
  it('sees the counts, never a child’s name, through any route', async () => {
    const figures = await coordinator.get('/api/childcare/figures');
    expect(figures.status).toBe(200);
    expect(figures.body.decisions).toEqual(expect.arrayContaining([{ outcome: 'placed', requests: 1 }]));
    const commission = await coordinator.get(`/api/childcare/commissions/${f.commission}`);
    expect(commission.body.requests).toBeNull();
    expect(commission.body.outcomes.length).toBeGreaterThan(0);
    expect((await coordinator.get('/api/childcare/carers')).body.items).toEqual([]);
    expect((await coordinator.get('/api/childcare/placements')).body.items).toEqual([]);
    expect((await coordinator.get(`/api/childcare/placements/${f.placement}`)).status).toBe(404);
    expect((await coordinator.get(`/api/cases/${f.case}/care`)).status).toBe(404);
    expect((await coordinator.get(`/api/persons/${f.child}`)).status).toBe(404);
    const search = await coordinator.get(`/api/persons?q=${encodeURIComponent('Айсулуу')}`);
    expect(JSON.stringify(search.body)).not.toContain('Айсулуу');
    const actor = (await coordinator.get('/api/session')).body;
    const records = await indicatorRecords(
      t.db,
      { userId: actor.user?.id ?? actor.id, platformAdmin: false, memberships: actor.memberships },
      {
        definition: {
          measure: 'count',
          source: 'children.left_institutions',
          filters: {},
        } as IndicatorDefinition,
        period: year2026[0] as { start: string; end: string },
      },
    );
    expect(records).toMatchObject({ total: 1, restricted: true, items: [] });
    for (const body of [figures.body, commission.body]) expect(JSON.stringify(body)).not.toContain('Айсулуу');
  });
});

describe('a young person with a child-protection record', () => {
  let outsideProtection: Client;
  beforeAll(async () => {
    await addAccount(t.db, 'centre.worker@birge.test', f.centre, ['case_worker']);
    outsideProtection = await t.signIn('centre.worker@birge.test', 'ru');
  });
  const adult = async (familyName: string, confirmedNotDuplicate = false) => {
    const registered = await worker.post(
      '/api/persons',
      personInput(f.centre, {
        familyName,
        givenName: 'Асель',
        birthDate: bornYearsAgo(19),
        phones: [],
        confirmedNotDuplicate,
      }),
    );
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    return registered.body.id as string;
  };
  const openCase = (personId: string, kind: string) =>
    worker.post('/api/cases', { personId, organisationId: f.centre, kind, openedOn: '2026-06-01' });
  const inCase = async (personId: string, path: string, body: object) => {
    const opened = await openCase(personId, 'disability_support');
    return worker.post(`/api/cases/${opened.body.id}/${path}`, body);
  };
  const records: Record<string, (personId: string) => Promise<{ status: number; body: unknown }>> = {
    'a gatekeeping request': (personId) =>
      worker.post(`/api/childcare/commissions/${f.commission}/requests`, {
        personId,
        requestedOn: '2026-06-01',
        reason: 'Семья просит помощи',
      }),
    'a deinstitutionalisation case': (personId) => openCase(personId, 'deinstitutionalisation'),
    'a child-protection case': (personId) => openCase(personId, 'child_protection'),
    // A placement stands on a decision written on the file, itself a child-protection record.
    'a placement on its decision': async (personId) => {
      const opened = await openCase(personId, 'disability_support');
      await worker.post(`/api/cases/${opened.body.id}/care-records`, {
        kind: 'placement_decision',
        recordedOn: '2026-06-01',
        text: 'Самостоятельное проживание с сопровождением',
      });
      return worker.post(`/api/cases/${opened.body.id}/care-placements`, {
        type: 'supported_independent_living',
        startedOn: '2026-06-01',
      });
    },
    'a care record': (personId) =>
      inCase(personId, 'care-records', {
        kind: 'child_views',
        recordedOn: '2026-06-01',
        text: 'Хочет учиться',
      }),
  };

  it.each(
    Object.entries(records).map(
      ([record, write], n) =>
        [
          record,
          write,
          ['Жумабаева', 'Токтогулова', 'Бейшеева', 'Абдыкеримова', 'Мамытова'][n] ?? '',
        ] as const,
    ),
  )('stays protected as a child past eighteen from %s on', async (_record, write, familyName) => {
    const personId = await adult(familyName);
    expect((await outsideProtection.get(`/api/persons/${personId}`)).status).toBe(200);
    const written = await write(personId);
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    expect((await outsideProtection.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await worker.get(`/api/persons/${personId}`)).body.person.inChildProtection).toBe(true);
  });

  it('keeps the kept record protected when a protected duplicate is merged into it', async () => {
    const kept = await adult('Осмоналиева');
    const duplicate = await adult('Осмоналиева', true);
    await openCase(duplicate, 'deinstitutionalisation');
    const merged = await supervisor.post(`/api/persons/${kept}/merge`, {
      duplicateId: duplicate,
      version: 1,
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.inChildProtection).toBe(true);
    expect((await outsideProtection.get(`/api/persons/${kept}`)).status).toBe(404);
  });
});
