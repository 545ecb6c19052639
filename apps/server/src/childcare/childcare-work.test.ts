import { auditEvents, domainEvents } from '@birge/db';
import { addDays, workToday } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedCarer, childWithCase } from '../../test/childcare-cases';
import { type ChildcareFixtures, childcareFixtures } from '../../test/childcare-fixtures';
import { type Client, createTestApp, fingerprint, type TestApp } from '../../test/harness';

let t: TestApp;
let f: ChildcareFixtures;
let worker: Client;
let supervisor: Client;
const today = workToday();

beforeAll(async () => {
  t = await createTestApp();
  f = await childcareFixtures(t);
  worker = await t.signIn('caseworker@birge.test', 'ru');
  supervisor = await t.signIn('supervisor@birge.test', 'ru');
});
afterAll(() => t.close());

type Task = { title: string; assigneeId: string; dueOn: string };
const tasksOf = async (caseId: string, title: string) =>
  ((await supervisor.get(`/api/cases/${caseId}`)).body.tasks as Task[]).filter(
    (task) => task.title === title,
  );
const concernEvents = async () =>
  (await t.db.select().from(domainEvents).where(eq(domainEvents.type, 'childcare.concern_raised'))).map(
    (e) => e.payload,
  );

describe('a concern', () => {
  it('reaches the organisation’s supervisors when the case names none, due today, with an event', async () => {
    const { caseId } = await childWithCase(worker, f.centre, 'Бермет');
    const placed = await worker.post(`/api/cases/${caseId}/care-placements`, {
      type: 'family_reintegration',
      startedOn: '2026-03-01',
    });
    const [visit] = placed.body.visits;
    const findings = 'На руках ребёнка синяки, мать говорит, что упал';
    const visited = await worker.post(`/api/childcare/visits/${visit.id}`, {
      visitedOn: '2026-04-02',
      findings,
      concerns: true,
      version: 1,
    });
    expect(visited.status).toBe(200);
    const ids = [await t.userId('caseworker@birge.test'), await t.userId('supervisor@birge.test')];
    expect(visited.body.escalatedTo).toEqual(ids);
    const tasks = await tasksOf(caseId, findings);
    expect(tasks.map((task) => [task.assigneeId, task.dueOn]).sort()).toEqual(
      ids.map((id) => [id, today]).sort(),
    );
    expect(await concernEvents()).toContainEqual({
      caseId,
      placementId: placed.body.placement.id,
      taskIds: expect.any(Array),
      visitId: visit.id,
      carerId: null,
    });
  });

  it('is raised on every child placed with a carer who is suspended', async () => {
    const carer = await approvedCarer(worker, supervisor, f.centre, {
      kind: 'foster_family',
      name: 'Семья Маматовых',
      capacity: 2,
    });
    const children = [];
    for (const name of ['Айдай', 'Эрлан']) {
      const { caseId } = await childWithCase(worker, f.centre, name);
      const placed = await worker.post(`/api/cases/${caseId}/care-placements`, {
        type: 'foster_care',
        startedOn: '2026-03-01',
        carerId: carer,
      });
      children.push({ caseId, placementId: placed.body.placement.id as string });
    }
    const suspended = await supervisor.patch(`/api/childcare/carers/${carer}`, {
      state: 'suspended',
      on: today,
      version: 4,
    });
    expect(suspended.status).toBe(200);
    const title = 'Опекун Семья Маматовых приостановлен: пересмотрите устройство ребёнка.';
    for (const { caseId, placementId } of children) {
      expect((await tasksOf(caseId, title)).map((task) => task.dueOn)).toEqual([today, today]);
      expect(await concernEvents()).toContainEqual(expect.objectContaining({ placementId, carerId: carer }));
    }
  });
});

describe('the transition plan', () => {
  it('has steps marked done, and open again when marked by mistake', async () => {
    const added = await worker.post(`/api/cases/${f.case}/transition-steps`, {
      step: 'Перевод в школу по месту жительства',
      responsible: 'Управление образования',
      dueOn: '2026-03-15',
    });
    const mark = (doneOn: string | null, version: number) =>
      worker.patch(`/api/childcare/transition-steps/${added.body.id}`, { doneOn, version });
    expect((await mark(addDays(today, 1), 1)).status).toBe(400);
    expect((await mark('2026-03-10', 1)).body).toMatchObject({ doneOn: '2026-03-10', version: 2 });
    expect((await mark(null, 2)).body).toMatchObject({ doneOn: null, version: 3 });
    expect((await mark('2026-03-12', 2)).status).toBe(409);
    const coordinator = await t.signIn('coordinator@birge.test', 'ru');
    expect(
      (
        await coordinator.patch(`/api/childcare/transition-steps/${added.body.id}`, {
          doneOn: today,
          version: 3,
        })
      ).status,
    ).toBe(404);
  });
});

describe('a visit outside the schedule', () => {
  it('is recorded as made, among the scheduled ones, and its concerns escalated', async () => {
    const visited = await worker.post(`/api/childcare/placements/${f.placement}/visits`, {
      visitedOn: '2026-03-20',
      findings: 'Соседи сообщили о ссоре в семье',
      concerns: true,
    });
    expect(visited.status).toBe(201);
    expect(visited.body).toMatchObject({ month: null, dueOn: '2026-03-20', visitedOn: '2026-03-20' });
    expect(visited.body.escalatedTo).toHaveLength(2);
    const { body } = await worker.get(`/api/childcare/placements/${f.placement}`);
    expect(body.visits.map((v: { month: number | null; status: string }) => [v.month, v.status])[0]).toEqual([
      null,
      'done',
    ]);
    const future = await worker.post(`/api/childcare/placements/${f.placement}/visits`, {
      visitedOn: addDays(today, 2),
      findings: 'Ещё не было',
      concerns: false,
    });
    expect(future.status).toBe(400);
  });
});

describe('a gatekeeping decision', () => {
  it('is corrected only with the reason for the correction, kept in the audit trail', async () => {
    const decide = (body: object) =>
      supervisor.post(`/api/childcare/gatekeeping-requests/${f.request}/decision`, {
        meetingId: f.meeting,
        reasons: 'Бабушка возьмёт ребёнка',
        ...body,
      });
    expect((await decide({ outcome: 'placed', version: 1, correction: 'Ошибка' })).body.error.fields).toEqual(
      {
        correction: 'Комиссия ещё не приняла решения по этому заявлению: исправлять нечего.',
      },
    );
    expect((await decide({ outcome: 'placed', version: 1 })).status).toBe(200);
    expect((await decide({ outcome: 'placed', version: 2 })).status).toBe(400);
    const corrected = await decide({
      outcome: 'prevented_alternative_family_care',
      preventionServices: ['social_support'],
      version: 2,
      correction: 'В протоколе заседания записано устройство к бабушке',
    });
    expect(corrected.body).toMatchObject({ outcome: 'prevented_alternative_family_care', version: 3 });
    const [entry] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'childcare.correctDecision'));
    expect(entry?.changes).toMatchObject({
      outcome: { before: 'placed', after: 'prevented_alternative_family_care' },
      correction: { before: null, after: 'В протоколе заседания записано устройство к бабушке' },
    });
  });
});

describe('the placements list', () => {
  it('pages through every placement, current ones first', async () => {
    const seen: { id: string; endedOn: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const { body } = await worker.get(`/api/childcare/placements?limit=2${query}`);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    const all = (await worker.get('/api/childcare/placements?limit=200')).body.items;
    expect(seen.map((p) => p.id)).toEqual(all.map((p: { id: string }) => p.id));
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(2);
    const firstEnded = seen.findIndex((p) => p.endedOn !== null);
    if (firstEnded >= 0) expect(seen.slice(firstEnded).every((p) => p.endedOn !== null)).toBe(true);
    expect((await worker.get('/api/childcare/placements?cursor=nonsense')).status).toBe(400);
  });
});

describe('an institution', () => {
  it('shows its counts by age group and the children now: the last count less those placed out since', async () => {
    const { body } = await worker.get(`/api/childcare/institutions/${f.institution}`);
    expect(body.counts[0]).toMatchObject({ total: 32, byAge: { '0-4': 0, '5-17': 32, '18-29': 0 } });
    // By hand: 32 counted on 1 January, and Айсулуу placed out of Kant on 1 March.
    expect(body.institution).toMatchObject({ countedChildren: 32, leftSinceCount: 1, children: 31 });
    const { caseId } = await childWithCase(worker, f.centre, 'Нуриза');
    await worker.post(`/api/cases/${caseId}/care-placements`, {
      type: 'adoption',
      startedOn: '2026-04-01',
      institutionId: f.institution,
    });
    const after = (await worker.get(`/api/childcare/institutions/${f.institution}`)).body.institution;
    expect(after).toMatchObject({ countedChildren: 32, leftSinceCount: 2, children: 30 });
  });
});

describe('another organisation', () => {
  it('neither marks a step nor records a visit of the centre’s children', async () => {
    const outsider = await t.signIn('qorgan.admin@birge.test');
    const [step] = (await worker.get(`/api/cases/${f.case}/care`)).body.steps;
    const before = await fingerprint(t.db);
    const answers = await Promise.all([
      outsider.patch(`/api/childcare/transition-steps/${step.id}`, { doneOn: today, version: step.version }),
      outsider.post(`/api/childcare/placements/${f.placement}/visits`, {
        visitedOn: today,
        findings: 'Чужой',
        concerns: false,
      }),
    ]);
    for (const answer of answers) expect([403, 404]).toContain(answer.status);
    expect(await fingerprint(t.db)).toBe(before);
  });
});
