import { fairRegistrations, jobSeekerProfiles, persons } from '@birge/db';
import type { Actor, IndicatorDefinition } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';
import { demoPerson } from '../demo/demo-persons';
import { seededRandom } from '../demo/random';
import { indicatorRecords } from '../indicators/indicator-records';
import { indicatorValues } from '../indicators/indicator-values';

let t: TestApp;
let coordinator: Client;
let employer: Client;
let admin: Client;
let actor: Actor;
let lag: string;
let bakery: string;
let callCentre: string;
let fairId: string;
const seekers: Record<'aida' | 'bakyt' | 'child', string> = { aida: '', bakyt: '', child: '' };
const desks: Record<'aida' | 'own' | 'other', string> = { aida: '', own: '', other: '' };
const consent = { givenOn: '2026-01-10', givenBy: 'person' };
const profile = { education: 'secondary' as const, skills: ['baking'], readiness: 'ready' as const };

type Registration = {
  id: string;
  role: string;
  personId: string | null;
  name: string | null;
  accessibilityNeeds: string[];
  profile: { name: string } | null;
};

/**
 * A fair of the Bishkek group, co-organised by the bakery: Aida consented to be shown to employers, Bakyt did
 * not, and a child of the group is registered too; the bakery and the call centre came, each with an interview.
 */
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  employer = await t.signIn('employer@birge.test', 'ky');
  admin = await t.signIn('admin@birge.test');
  const session = (await coordinator.get('/api/session')).body;
  lag = session.memberships[0].organisationId;
  actor = { userId: session.user.id, platformAdmin: false, memberships: session.memberships };
  bakery = await t.organisationId('Нан-Ай');
  callCentre = await t.organisationId('Бишкек Колл');
  for (const [key, given, consented] of [
    ['aida', 'Аида', true],
    ['bakyt', 'Бакыт', false],
  ] as const) {
    seekers[key] = (
      await coordinator.post(
        '/api/persons',
        personInput(lag, { familyName: 'Токтогулова', givenName: given, phones: ['+996 555 000 111'] }),
      )
    ).body.id;
    await coordinator.request('PUT', `/api/persons/${seekers[key]}/job-profile`, {
      ...profile,
      consent: consented ? consent : null,
    });
  }
  const child = demoPerson(
    seededRandom(1),
    { id: lag, regionId: null, country: 'KG', languages: ['ky'] },
    true,
    new Date(),
  );
  await t.db.insert(persons).values({ ...child, familyName: 'Баланын', givenName: 'Айсулуу' });
  await t.db
    .insert(jobSeekerProfiles)
    .values({ personId: child.id, ...profile, education: 'primary', consentGivenOn: '2026-01-10' });
  seekers.child = child.id;
  fairId = (
    await coordinator.post('/api/activities', {
      type: 'job_fair',
      title: 'Ярмарка вакансий в Бишкеке',
      language: 'ru',
      startsAt: '2026-03-02T10:00:00+06:00',
      organisationId: lag,
      coOrganiserIds: [bakery],
      status: 'held',
    })
  ).body.id;
  const register = async (body: object) =>
    (await coordinator.post(`/api/activities/${fairId}/fair/registrations`, body)).body.id as string;
  desks.aida = await register({
    role: 'job_seeker',
    personId: seekers.aida,
    accessibilityNeeds: ['easy_read'],
  });
  const bakyt = await register({ role: 'job_seeker', personId: seekers.bakyt, note: 'Керек болсо жардамчы' });
  await t.db.insert(fairRegistrations).values({ activityId: fairId, role: 'job_seeker', personId: child.id });
  desks.own = await register({ role: 'employer', employerId: bakery });
  desks.other = await register({ role: 'employer', employerId: callCentre });
  for (const [seeker, desk] of [
    [desks.aida, desks.own],
    [bakyt, desks.other],
  ])
    await coordinator.post(`/api/activities/${fairId}/fair/interviews`, {
      seekerRegistrationId: seeker,
      employerRegistrationId: desk,
      scheduledAt: '2026-03-02T11:00:00+06:00',
    });
});
afterAll(() => t.close());

const fair = async (client: Client) => {
  const { status, body } = await client.get(`/api/activities/${fairId}/fair`);
  expect(status).toBe(200);
  return body as {
    registrations: Registration[];
    interviews: { id: string; version: number; employerRegistrationId: string }[];
  };
};

describe('a job fair’s registrations', () => {
  it('name a job seeker only to those who may read the person, a child only with child protection', async () => {
    const { registrations } = await fair(coordinator);
    const named = (r: Registration) => [r.role, r.name, r.personId, r.accessibilityNeeds];
    expect(registrations.map(named)).toEqual([
      ['employer', 'ОсОО «Бишкек Колл» — колл-центр', null, []],
      ['employer', 'ОсОО «Нан-Ай» — пекарня', null, []],
      ['job_seeker', null, null, []],
      ['job_seeker', 'Токтогулова Аида', seekers.aida, ['easy_read']],
      ['job_seeker', 'Токтогулова Бакыт', seekers.bakyt, []],
    ]);
    const platform = await fair(admin);
    expect(platform.registrations.filter((r) => r.role === 'job_seeker').map((r) => r.name)).toEqual([
      null,
      null,
      null,
    ]);
    expect(JSON.stringify(platform)).not.toMatch(/Токтогулова|Айсулуу|easy_read|жардамчы/);
  });

  it('show an employer’s staff their own registration and interviews, and consenting adults as employers see them', async () => {
    const view = await fair(employer);
    expect(view.registrations.map((r) => [r.role, r.name])).toEqual([
      ['employer', 'ОсОО «Нан-Ай» — пекарня'],
      ['job_seeker', 'Аида Т.'],
    ]);
    expect(view.registrations[1]).toMatchObject({
      personId: null,
      accessibilityNeeds: [],
      profile: { skills: ['baking'] },
    });
    expect(view.interviews).toHaveLength(1);
    expect(view.interviews[0]?.employerRegistrationId).toBe(view.registrations[0]?.id);
    const text = JSON.stringify(view);
    for (const secret of ['Токтогулова', 'Бакыт', 'Айсулуу', 'Бишкек Колл', 'easy_read', seekers.aida])
      expect(text).not.toContain(secret);
  });
});

describe('a job fair', () => {
  it('takes each job seeker and employer once, pairs an interview the right way round, and records its outcome', async () => {
    const twice = await coordinator.post(`/api/activities/${fairId}/fair/registrations`, {
      role: 'employer',
      employerId: bakery,
    });
    expect(twice.status).toBe(400);
    const wrongWay = await coordinator.post(`/api/activities/${fairId}/fair/interviews`, {
      seekerRegistrationId: desks.own,
      employerRegistrationId: desks.aida,
      scheduledAt: '2026-03-02T12:00:00+06:00',
    });
    expect(wrongWay.status).toBe(400);
    const [interview] = (await fair(coordinator)).interviews;
    const outcome = await coordinator.patch(`/api/fair-interviews/${interview?.id}`, {
      outcome: 'offer',
      version: interview?.version,
    });
    expect(outcome.body.outcome).toBe('offer');
  });

  it('exists only on an activity that is a job fair', async () => {
    const training = await coordinator.post('/api/activities', {
      type: 'training',
      title: 'Тренинг',
      language: 'ru',
      startsAt: '2026-03-02T10:00:00+06:00',
      organisationId: lag,
    });
    expect((await coordinator.get(`/api/activities/${training.body.id}/fair`)).status).toBe(404);
  });
});

describe('the participants behind the fair’s figure', () => {
  it('count job seekers and employers apart', async () => {
    const byRole = async (role: string) =>
      (
        await indicatorValues(t.db, actor, {
          definition: {
            measure: 'count',
            source: 'job_fairs.participants',
            filters: { organisationIds: [lag], attributes: { role: [role] } },
          },
          periods: [{ start: '2026-01-01', end: '2027-01-01' }],
        })
      )[0]?.value;
    expect([await byRole('job_seeker'), await byRole('employer')]).toEqual([3, 2]);
  });

  it('page through every registration, each opening on the fair', async () => {
    const random = seededRandom(2);
    const more = Array.from({ length: 24 }, () =>
      demoPerson(random, { id: lag, regionId: null, country: 'KG', languages: ['ky'] }, false, new Date()),
    );
    await t.db.insert(persons).values(more);
    await t.db
      .insert(fairRegistrations)
      .values(more.map((p) => ({ activityId: fairId, role: 'job_seeker' as const, personId: p.id })));
    const definition: IndicatorDefinition = {
      measure: 'count',
      source: 'job_fairs.participants',
      filters: { organisationIds: [lag] },
    };
    const period = { start: '2026-01-01', end: '2027-01-01' };
    const listed: string[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await indicatorRecords(t.db, actor, { definition, period, limit: 10, cursor });
      total = page.total;
      listed.push(...page.items.map((i) => i.recordId));
      expect(new Set(page.items.map((i) => i.path))).toEqual(new Set([`/employment/fairs/${fairId}`]));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(total).toBe(29);
    // Every registration once, but the child's, which the coordinator may not open.
    expect(new Set(listed).size).toBe(28);
    expect(listed).toHaveLength(28);
  });
});
