import { addDays, workToday } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedCarer, childWithCase } from '../../test/childcare-cases';
import { type ChildcareFixtures, childcareFixtures, childInput } from '../../test/childcare-fixtures';
import { type Client, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let f: ChildcareFixtures;
let worker: Client;
let supervisor: Client;
const tomorrow = addDays(workToday(), 1);
const missing = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  f = await childcareFixtures(t);
  worker = await t.signIn('caseworker@birge.test', 'ru');
  supervisor = await t.signIn('supervisor@birge.test', 'ru');
});
afterAll(() => t.close());

const placeFromKant = (caseId: string, body: object = {}) =>
  worker.post(`/api/cases/${caseId}/care-placements`, {
    type: 'kinship_care',
    startedOn: '2026-03-01',
    institutionId: f.institution,
    ...body,
  });

describe('the figures on the pages', () => {
  it('counts the commission’s waiting and decided requests as a hand count does', async () => {
    const counts = async () =>
      (await worker.get('/api/childcare/commissions')).body.items.find(
        (c: { id: string }) => c.id === f.commission,
      );
    // By hand: the fixtures bring one request, still waiting.
    expect(await counts()).toMatchObject({ pending: 1, decided: 0 });
    for (const name of ['Бектур', 'Жамиля']) {
      const child = (await worker.post('/api/persons', childInput(f.centre, name))).body.id;
      await worker.post(`/api/childcare/commissions/${f.commission}/requests`, {
        personId: child,
        requestedOn: '2026-02-01',
        reason: 'Семья в кризисе',
      });
    }
    const decided = await supervisor.post(`/api/childcare/gatekeeping-requests/${f.request}/decision`, {
      meetingId: f.meeting,
      outcome: 'placed',
      reasons: 'Родственников нет',
      version: 1,
    });
    expect(decided.status).toBe(200);
    expect(await counts()).toMatchObject({ pending: 2, decided: 1 });
  });

  it('counts the children living with each carer now', async () => {
    const carers = (await worker.get('/api/childcare/carers')).body.items;
    expect(carers.find((c: { id: string }) => c.id === f.carer)).toMatchObject({
      childrenPlaced: 1,
      capacity: 2,
    });
  });
});

describe('a child’s placements', () => {
  it('are one at a time: a second is refused while the first has not ended', async () => {
    const again = await worker.post(`/api/cases/${f.case}/care-placements`, {
      type: 'kinship_care',
      startedOn: '2026-04-01',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'Ребёнок уже живёт в устройстве, которое не завершено. Завершите его, прежде чем начинать новое.',
    );
    const secondCase = await worker.post('/api/cases', {
      personId: f.child,
      organisationId: f.centre,
      kind: 'deinstitutionalisation',
      openedOn: '2026-03-10',
    });
    await worker.post(`/api/cases/${secondCase.body.id}/care-records`, {
      kind: 'placement_decision',
      recordedOn: '2026-03-15',
      text: 'Другое решение',
    });
    const underAnotherCase = await placeFromKant(secondCase.body.id, { startedOn: '2026-03-20' });
    expect(underAnotherCase.status).toBe(409);
  });

  it('start within the case and not ahead of today, on a decision written before', async () => {
    const { caseId } = await childWithCase(worker, f.centre, 'Алинур');
    const field = async (body: object) => (await placeFromKant(caseId, body)).body.error.fields;
    expect((await field({ startedOn: '1900-01-01' })).startedOn).toBe(
      'Дата не может быть раньше открытия случая.',
    );
    expect((await field({ startedOn: tomorrow })).startedOn).toBe(
      'Этот день ещё не наступил. Записывайте то, что уже произошло.',
    );
    expect((await field({ startedOn: '2026-02-10' })).type).toBe(
      'Сначала запишите в деле ребёнка решение об устройстве с датой не позже начала устройства.',
    );
    const { caseId: undecided } = await childWithCase(worker, f.centre, 'Эльдана', { decidedOn: null });
    expect((await placeFromKant(undecided)).status).toBe(400);
  });

  it('count a child who left an institution once, though placed again after a breakdown', async () => {
    const before = (await worker.get(`/api/childcare/institutions/${f.institution}`)).body.institution;
    const { caseId } = await childWithCase(worker, f.centre, 'Тилек');
    const first = await placeFromKant(caseId);
    expect(first.status).toBe(201);
    await worker.post(`/api/childcare/placements/${first.body.placement.id}/end`, {
      ending: 'breakdown',
      endedOn: '2026-04-01',
      breakdownReason: 'family_conflict',
      version: 1,
    });
    const withoutNewDecision = await placeFromKant(caseId, { startedOn: '2026-05-01' });
    expect(withoutNewDecision.status).toBe(400);
    await worker.post(`/api/cases/${caseId}/care-records`, {
      kind: 'placement_decision',
      recordedOn: '2026-04-20',
      text: 'Новое решение после прерывания',
    });
    expect((await placeFromKant(caseId, { startedOn: '2026-05-01' })).status).toBe(201);
    const after = (await worker.get(`/api/childcare/institutions/${f.institution}`)).body;
    expect(after.institution.childrenLeft).toBe(before.childrenLeft + 1);
    expect(after.departures.reduce((sum: number, d: { children: number }) => sum + d.children, 0)).toBe(
      before.childrenLeft + 1,
    );
  });

  it('take a carer of the kind the placement needs, and no carer where none is needed', async () => {
    const guardian = await approvedCarer(worker, supervisor, f.centre, {
      kind: 'guardian',
      name: 'Токтогулова Айгүл',
      capacity: 2,
    });
    const { caseId } = await childWithCase(worker, f.centre, 'Мээрим');
    const fields = async (body: object) => (await placeFromKant(caseId, body)).body.error.fields;
    expect((await fields({ type: 'foster_care', carerId: guardian })).carerId).toBe(
      'Этот опекун не подходит для такого устройства: для приёмной семьи выберите приёмную семью, для опеки — опекуна.',
    );
    expect((await fields({ type: 'foster_care', carerId: null })).carerId).toBe(
      'Выберите опекуна из реестра: такое устройство делается только к одобренному опекуну.',
    );
    expect((await fields({ type: 'family_reintegration', carerId: guardian })).carerId).toBe(
      'Такое устройство делается без опекуна из реестра.',
    );
    expect((await placeFromKant(caseId, { type: 'guardianship', carerId: guardian })).status).toBe(201);
  });

  it('never take a carer past their capacity, even asked twice at once', async () => {
    const carer = await approvedCarer(worker, supervisor, f.centre, {
      kind: 'foster_family',
      name: 'Семья Абдыкеримовых',
      capacity: 1,
    });
    const children = await Promise.all(['Асель', 'Нурсултан'].map((n) => childWithCase(worker, f.centre, n)));
    const answers = await Promise.all(
      children.map(({ caseId }) => placeFromKant(caseId, { type: 'foster_care', carerId: carer })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400]);
    expect(answers.find((a) => a.status === 400)?.body.error.fields.carerId).toBe(
      'У этого опекуна уже столько детей, сколько разрешено.',
    );
  });
});

describe('the days of the work', () => {
  it('refuses a visit, a decision, a count or a step dated ahead of today or before its case', async () => {
    const visit = await worker.post(`/api/childcare/visits/${f.visit}`, {
      visitedOn: tomorrow,
      findings: 'Всё хорошо',
      concerns: false,
      version: 1,
    });
    expect(visit.body.error.fields.visitedOn).toBe(
      'Этот день ещё не наступил. Записывайте то, что уже произошло.',
    );
    const meeting = await supervisor.post(`/api/childcare/commissions/${f.commission}/meetings`, {
      heldOn: tomorrow,
    });
    expect(meeting.status).toBe(201);
    const child = (await worker.post('/api/persons', childInput(f.centre, 'Айбийке'))).body.id;
    const request = await worker.post(`/api/childcare/commissions/${f.commission}/requests`, {
      personId: child,
      requestedOn: '2026-03-01',
      reason: 'Мать больна',
    });
    const early = await supervisor.post(`/api/childcare/gatekeeping-requests/${request.body.id}/decision`, {
      meetingId: meeting.body.id,
      outcome: 'placed',
      reasons: 'Нет родственников',
      version: 1,
    });
    expect(early.body.error.fields.meetingId).toBe(
      'Этот день ещё не наступил. Записывайте то, что уже произошло.',
    );
    const step = await worker.post(`/api/cases/${f.case}/transition-steps`, {
      step: 'Знакомство с семьёй',
      responsible: 'Социальный работник',
      dueOn: '2026-01-01',
    });
    expect(step.body.error.fields.dueOn).toBe('Дата не может быть раньше открытия случая.');
    const director = await t.signIn('institution.director@birge.test', 'ru');
    const count = await director.post(`/api/childcare/institutions/${f.institution}/counts`, {
      countedOn: tomorrow,
      rows: [{ ageBand: '5-17', sex: 'male', disability: 'no', children: 3 }],
    });
    expect(count.status).toBe(400);
  });
});

describe('a carer’s approval', () => {
  it('goes applied, assessed, trained, approved, in order and never back', async () => {
    const id = (
      await worker.post('/api/childcare/carers', {
        organisationId: f.centre,
        kind: 'foster_family',
        name: 'Семья Орозбековых',
        capacity: 1,
      })
    ).body.id;
    const move = (state: string, version: number, on = '2026-02-01') =>
      supervisor.patch(`/api/childcare/carers/${id}`, { state, on, version });
    const skipped = await move('approved', 1);
    expect(skipped.body.error.fields.state).toBe(
      'Опекуна сначала оценивают, затем обучают, затем одобряют; приостановить можно только одобренного. Выберите следующий шаг.',
    );
    expect((await move('assessed', 1)).body).toMatchObject({ state: 'assessed', assessedOn: '2026-02-01' });
    expect((await move('trained', 2, '2026-01-15')).body.error.fields.on).toBe(
      'Дата не может быть раньше предыдущего шага опекуна.',
    );
    expect((await move('trained', 2, '2026-02-10')).status).toBe(200);
    expect((await move('approved', 3, '2026-02-15')).status).toBe(200);
    expect((await move('applied', 4)).status).toBe(400);
  });
});

describe('an unknown id', () => {
  it('is a field error in the caller’s language, never a server error', async () => {
    const request = await worker.post(`/api/childcare/commissions/${f.commission}/requests`, {
      personId: f.child,
      requestedOn: '2026-02-01',
      institutionId: missing,
      reason: 'Мать уехала',
    });
    expect(request.status).toBe(400);
    expect(request.body.error.fields.institutionId).toBe('Это учреждение не зарегистрировано.');
    const carer = await worker.post('/api/childcare/carers', {
      organisationId: f.centre,
      kind: 'guardian',
      name: 'Асанова',
      capacity: 1,
      regionId: missing,
    });
    expect(carer.status).toBe(400);
    expect(carer.body.error.fields.regionId).toMatch(/[а-я]/);
    const commission = await supervisor.post('/api/childcare/commissions', {
      organisationId: f.centre,
      name: 'Комиссия',
      regionId: missing,
    });
    expect(commission.status).toBe(400);
  });
});
