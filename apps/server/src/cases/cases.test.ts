import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../test/consultation-fixtures';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let worker: Client;
let supervisor: Client;
let centre: string;
let caseId: string;

async function current() {
  return (await worker.get(`/api/cases/${caseId}`)).body;
}
async function move(to: string, extra: Record<string, unknown> = {}) {
  const { case: c } = await current();
  return worker.post(`/api/cases/${caseId}/transitions`, { to, version: c.version, ...extra });
}

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.signIn('caseworker@birge.test', 'en');
  supervisor = await t.signIn('supervisor@birge.test', 'en');
  centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  const { body: person } = await worker.post('/api/persons', personInput(centre));
  const opened = await worker.post('/api/cases', {
    personId: person.id,
    organisationId: centre,
    kind: 'disability_support',
    openedOn: '2026-09-01',
    summary: 'Mother asks for help with rehabilitation and the disability benefit.',
  });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
});
afterAll(() => t.close());

describe('a case from referral to closure', () => {
  it('assesses needs and writes a plan with actions', async () => {
    expect((await move('assessment')).status).toBe(200);
    const needs = await worker.request('PUT', `/api/cases/${caseId}/needs`, {
      needs: [
        { domain: 'health_rehabilitation', level: 'high', notes: 'Physiotherapy twice a week' },
        { domain: 'income_benefits', level: 'medium' },
      ],
    });
    expect(needs.body.items).toHaveLength(2);
    expect((await move('planning')).status).toBe(200);
    const goal = await worker.post(`/api/cases/${caseId}/goals`, {
      domain: 'health_rehabilitation',
      description: 'Walks to school without help by June',
    });
    const task = await worker.post(`/api/cases/${caseId}/tasks`, {
      goalId: goal.body.id,
      title: 'Book physiotherapy at the rehabilitation centre',
      responsible: 'Case worker',
      dueOn: '2026-01-15',
    });
    expect(task.status).toBe(201);
  });

  it('refuses to carry out a plan no supervisor approved, and lets no worker approve their own', async () => {
    const refused = await move('implementation');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('A supervisor must approve the plan before it is carried out.');
    const { case: c } = await current();
    expect(
      (await worker.post(`/api/cases/${caseId}/approvals`, { what: 'plan', version: c.version })).status,
    ).toBe(403);
    expect(
      (await supervisor.post(`/api/cases/${caseId}/approvals`, { what: 'plan', version: c.version })).status,
    ).toBe(200);
    expect((await current()).nextStates).toEqual(['implementation']);
    expect((await move('implementation')).status).toBe(200);
  });

  it('records services and follow-ups, and shows overdue tasks in the caseload', async () => {
    expect(
      (
        await worker.post(`/api/cases/${caseId}/services`, {
          type: 'rehabilitation',
          deliveredOn: '2026-10-01',
          outcome: '10 sessions',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await worker.post(`/api/cases/${caseId}/notes`, {
          kind: 'visit',
          happenedOn: '2026-10-05',
          text: 'Walks with a stick now.',
        })
      ).status,
    ).toBe(201);
    const { body } = await worker.get('/api/caseload');
    const mine = body.cases.find((c: { id: string }) => c.id === caseId);
    expect(mine.overdueTasks).toBe(1);
    expect(body.tasks.map((task: { title: string }) => task.title)).toContain(
      'Book physiotherapy at the rehabilitation centre',
    );
  });

  it('refuses an illegal move and a closure without reason or approval', async () => {
    expect((await move('assessment')).body.error.code).toBe('cases.transition.illegal_transition');
    expect((await move('closed')).status).toBe(400);
    expect((await move('closed', { closureReason: 'goals_achieved' })).body.error.code).toBe(
      'cases.transition.closure_not_approved',
    );
  });

  it('closes after review with the supervisor’s approval, and reopens only with a reason', async () => {
    expect((await move('review')).status).toBe(200);
    const { case: c } = await current();
    await supervisor.post(`/api/cases/${caseId}/approvals`, { what: 'closure', version: c.version });
    const closed = await move('closed', { closureReason: 'goals_achieved' });
    expect(closed.body).toMatchObject({ state: 'closed', closureReason: 'goals_achieved' });
    expect((await move('assessment')).body.error.code).toBe('cases.transition.reopen_reason_required');
    const reopened = await move('assessment', { note: 'The family moved back and asks for help again.' });
    expect(reopened.body).toMatchObject({ state: 'assessment', closedOn: null, closureApprovedAt: null });
  });

  it('prints the case summary as a PDF', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/summary.pdf`,
      headers: { cookie: worker.cookie, 'accept-language': 'ky' },
    });
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets a supervisor transfer the case to another worker', async () => {
    const { case: c } = await current();
    const supervisorId = await t.userId('supervisor@birge.test');
    expect(
      (
        await worker.request('PATCH', `/api/cases/${caseId}/assignment`, {
          workerId: supervisorId,
          version: c.version,
        })
      ).status,
    ).toBe(403);
    const moved = await supervisor.request('PATCH', `/api/cases/${caseId}/assignment`, {
      workerId: supervisorId,
      version: c.version,
    });
    expect(moved.body.workerId).toBe(supervisorId);
  });

  it('gives a case only to a colleague who may open it, and a child’s only with the child-protection role', async () => {
    const { case: before } = await current();
    const elsewhere = await t.userId('rehab.worker@birge.test');
    const refused = await supervisor.request('PATCH', `/api/cases/${caseId}/assignment`, {
      workerId: elsewhere,
      version: before.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.workerId).toMatch(/^This colleague cannot take the case/);
    expect((await current()).case).toMatchObject({ workerId: before.workerId, version: before.version });

    const plain = await addAccount(t.db, 'centre.plain@birge.test', centre, ['case_worker']);
    const { body: child } = await worker.post(
      '/api/persons',
      personInput(centre, {
        familyName: 'Токтогулова',
        givenName: 'Элнура',
        birthDate: '2016-05-01',
        registrationConsent: {
          givenBy: 'representative',
          representativeName: 'Асанова Айгүл',
          method: 'paper',
          givenOn: '2026-01-10',
        },
      }),
    );
    const openFor = (workerId: string) =>
      worker.post('/api/cases', {
        personId: child.id,
        organisationId: centre,
        kind: 'disability_support',
        workerId,
        openedOn: '2026-09-01',
      });
    const toPlain = await openFor(plain);
    expect(toPlain.status).toBe(400);
    expect(toPlain.body.error.fields.workerId).toMatch(/child-protection role/);
    expect((await openFor(await t.userId('caseworker@birge.test'))).status).toBe(201);

    const adult = await supervisor.request('PATCH', `/api/cases/${caseId}/assignment`, {
      workerId: plain,
      version: before.version,
    });
    expect(adult.body.workerId).toBe(plain);
  });
});
