import { regions } from '@birge/db';
import type { Actor, IndicatorDefinition } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';
import { indicatorValues } from '../indicators/indicator-values';

let t: TestApp;
let coordinator: Client;
let employer: Client;
let lag: string;
let bakery: string;
let bishkek: string;
let osh: string;
let vacancyId: string;
let fairId: string;
let placementId: string;
const people: Record<'aida' | 'bakyt' | 'chynara', string> = { aida: '', bakyt: '', chynara: '' };
const platform: Actor = {
  userId: '00000000-0000-4000-8000-000000000000',
  platformAdmin: true,
  memberships: [],
};

const profile = (more: object = {}) => ({
  education: 'vocational',
  skills: ['baking', 'customer_service'],
  experience: 'Бир жыл нан цехинде',
  sectors: ['food'],
  hours: ['part_time'],
  regionIds: [bishkek],
  accommodationsNeeded: ['job_coach'],
  readiness: 'ready',
  consent: { givenOn: '2026-01-10', givenBy: 'person', showContacts: false, showFunctioning: false },
  ...more,
});

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  employer = await t.signIn('employer@birge.test', 'ky');
  lag = (await coordinator.get('/api/session')).body.memberships[0].organisationId;
  bakery = await t.organisationId('Нан-Ай');
  const region = async (code: string) =>
    (await t.db.select().from(regions).where(eq(regions.code, code)))[0]?.id ?? '';
  bishkek = await region('KG-GB');
  osh = await region('KG-GO');
  for (const [key, given] of [
    ['aida', 'Аида'],
    ['bakyt', 'Бакыт'],
    ['chynara', 'Чынара'],
  ] as const) {
    const created = await coordinator.post(
      '/api/persons',
      personInput(lag, { familyName: 'Токтогулова', givenName: given, phones: ['+996 555 000 111'] }),
    );
    people[key] = created.body.id;
  }
});
afterAll(() => t.close());

const count = (source: string, more: object = {}): IndicatorDefinition =>
  ({ measure: 'count', source, filters: { organisationIds: [lag], ...more } }) as IndicatorDefinition;
const value = async (d: IndicatorDefinition) =>
  (
    await indicatorValues(t.db, platform, {
      definition: d,
      periods: [{ start: '2025-01-01', end: '2027-01-01' }],
    })
  )[0]?.value;

describe('a job seeker’s profile', () => {
  it('is written on the person with consent, and changed at its version', async () => {
    const written = await coordinator.request('PUT', `/api/persons/${people.aida}/job-profile`, profile());
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ consentGivenOn: '2026-01-10', readiness: 'ready' });
    const bakyt = await coordinator.request(
      'PUT',
      `/api/persons/${people.bakyt}/job-profile`,
      profile({ consent: null, skills: ['baking'] }),
    );
    expect(bakyt.body.consentGivenOn).toBeNull();
    await coordinator.request(
      'PUT',
      `/api/persons/${people.chynara}/job-profile`,
      profile({ accommodationsNeeded: ['sign_language'] }),
    );
    const stale = await coordinator.request(
      'PUT',
      `/api/persons/${people.aida}/job-profile`,
      profile({ version: 9 }),
    );
    expect(stale.status).toBe(409);
    const read = await coordinator.get(`/api/persons/${people.aida}/job-profile`);
    expect(read.body.profile.skills).toEqual(['baking', 'customer_service']);
    expect(read.body.abilities).toEqual({ read: true, update: true });
  });

  it('records consent withdrawn on the day it is taken away', async () => {
    const { body } = await coordinator.get(`/api/persons/${people.chynara}/job-profile`);
    const withdrawn = await coordinator.request(
      'PUT',
      `/api/persons/${people.chynara}/job-profile`,
      profile({ accommodationsNeeded: ['sign_language'], consent: null, version: body.profile.version }),
    );
    expect(withdrawn.body.consentWithdrawnOn).toEqual(expect.any(String));
    const again = await coordinator.request(
      'PUT',
      `/api/persons/${people.chynara}/job-profile`,
      profile({ accommodationsNeeded: ['sign_language'], version: withdrawn.body.version }),
    );
    expect(again.body.consentWithdrawnOn).toBeNull();
  });

  it('lists the organisation’s job seekers, filtered by consent', async () => {
    const { body } = await coordinator.get('/api/job-seekers?consented=no');
    expect(body.items.map((p: { givenName: string }) => p.givenName)).toEqual(['Бакыт']);
  });
});

describe('an employer and its vacancy', () => {
  it('keeps the employer’s size and the quota that applies', async () => {
    const saved = await coordinator.request('PUT', `/api/employers/${bakery}`, {
      keeperOrganisationId: lag,
      sector: 'food',
      headcount: 40,
      employeesWithDisabilities: 1,
      contacts: [{ name: 'Гүлнара Асанова', position: 'HR', phone: '+996 312 000 000' }],
      premises: { stepFreeEntrance: true, accessibleToilet: false },
    });
    expect(saved.status).toBe(200);
    const { body } = await coordinator.get(`/api/employers/${bakery}`);
    expect(body.employer.quota).toEqual({
      applies: true,
      percent: 5,
      required: 2,
      employed: 1,
      shortfall: 1,
    });
  });

  it('is published by the coordinator, with the accommodations offered', async () => {
    const created = await coordinator.post('/api/vacancies', {
      employerId: bakery,
      publisherOrganisationId: lag,
      title: 'Помощник пекаря',
      regionId: bishkek,
      sector: 'food',
      hours: 'part_time',
      payFrom: 18000,
      payTo: 25000,
      currency: 'KGS',
      skills: ['baking', 'customer_service'],
      accommodationsOffered: ['job_coach', 'flexible_hours'],
    });
    expect(created.status).toBe(201);
    vacancyId = created.body.id;
    const reversed = await coordinator.post('/api/vacancies', {
      employerId: bakery,
      publisherOrganisationId: lag,
      title: 'Кассир',
      regionId: bishkek,
      hours: 'full_time',
      payFrom: 30000,
      payTo: 20000,
      currency: 'KGS',
    });
    expect(reversed.status).toBe(400);
  });

  it('ranks the candidates with every part of the score explained, the excluded last', async () => {
    const { body } = await coordinator.get(`/api/vacancies/${vacancyId}/candidates`);
    expect(body.items.map((c: { givenName: string }) => c.givenName)).toEqual(['Аида', 'Бакыт', 'Чынара']);
    const [aida, bakyt, chynara] = body.items;
    expect(aida.match).toMatchObject({ score: 100, excluded: false });
    expect(aida.match.parts.map((p: { message: string }) => p.message)).toContain(
      'employment.match.skills.all',
    );
    expect(bakyt).toMatchObject({ consented: false });
    expect(bakyt.match.parts[0]).toMatchObject({
      message: 'employment.match.skills.some',
      items: ['customer_service'],
    });
    expect(chynara.match.exclusions).toEqual([
      {
        message: 'employment.exclusion.accommodation',
        values: { accommodation: 'sign_language' },
        items: ['sign_language'],
      },
    ]);
  });

  it('takes a proposal only of a consented job seeker, once', async () => {
    const proposed = await coordinator.post(`/api/vacancies/${vacancyId}/proposals`, {
      personId: people.aida,
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.score).toBe(100);
    const twice = await coordinator.post(`/api/vacancies/${vacancyId}/proposals`, { personId: people.aida });
    expect(twice.status).toBe(400);
    const unconsented = await coordinator.post(`/api/vacancies/${vacancyId}/proposals`, {
      personId: people.bakyt,
    });
    expect(unconsented.status).toBe(400);
    expect(unconsented.body.error.fields.personId).toBe(
      'Этот человек не давал согласия показывать профиль работодателям.',
    );
  });
});

describe('the employer’s own staff', () => {
  it('see their vacancies and the consented candidates only, without contacts or surnames', async () => {
    const list = await employer.get('/api/vacancies');
    expect(list.body.items.map((v: { id: string }) => v.id)).toEqual([vacancyId]);
    const { body } = await employer.get(`/api/vacancies/${vacancyId}/candidates`);
    expect(body.items.map((c: { profile: { name: string } }) => c.profile.name)).toEqual([
      'Аида Т.',
      'Чынара Т.',
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain(people.aida);
    expect(text).not.toContain('Токтогулова');
    expect(text).not.toContain('+996');
    expect(text).not.toContain('Бакыт');
    const vacancy = await employer.get(`/api/vacancies/${vacancyId}`);
    expect(vacancy.body.proposals).toMatchObject([{ name: 'Аида Т.', personId: null, status: 'proposed' }]);
    expect(vacancy.body.abilities).toMatchObject({ update: true, answerProposal: true, propose: false });
  });

  it('cannot read an unconsented profile, nor any person, through any route', async () => {
    for (const person of [people.bakyt, people.aida]) {
      expect((await employer.get(`/api/persons/${person}`)).status).toBe(404);
      expect((await employer.get(`/api/persons/${person}/job-profile`)).status).toBe(404);
      expect((await employer.get(`/api/persons/${person}/cases`)).status).not.toBe(200);
    }
    for (const list of [
      '/api/persons',
      '/api/job-seekers',
      '/api/cases',
      '/api/referrals',
      '/api/placements',
    ]) {
      const { status, body } = await employer.get(list);
      expect(JSON.stringify(body ?? {}), `${list} ${status}`).not.toContain('Токтогулова');
    }
    const preview = await employer.post('/api/indicators/preview', {
      definition: { measure: 'count', source: 'placements.started' },
      periods: [{ start: '2025-01-01', end: '2027-01-01' }],
    });
    expect(JSON.stringify(preview.body)).not.toContain('Токтогулова');
    const proposal = (await employer.get(`/api/vacancies/${vacancyId}`)).body.proposals[0];
    expect(
      (await employer.post(`/api/vacancies/${vacancyId}/proposals`, { personId: people.bakyt })).status,
    ).toBe(403);
    const invited = await employer.patch(`/api/vacancy-proposals/${proposal.id}`, {
      status: 'invited',
      version: proposal.version,
    });
    expect(invited.body.status).toBe('invited');
  });

  it('publish their own vacancies, never on another organisation’s behalf', async () => {
    const own = {
      employerId: bakery,
      publisherOrganisationId: bakery,
      title: 'Сатуучу',
      regionId: osh,
      hours: 'full_time',
      currency: 'KGS',
    };
    expect((await employer.post('/api/vacancies', own)).status).toBe(201);
    expect((await employer.post('/api/vacancies', { ...own, publisherOrganisationId: lag })).status).toBe(
      403,
    );
  });
});

describe('a job fair', () => {
  it('registers job seekers and employers with their needs, schedules interviews and records outcomes', async () => {
    fairId = (
      await coordinator.post('/api/activities', {
        type: 'job_fair',
        title: 'Ярмарка вакансий в Бишкеке',
        language: 'ru',
        startsAt: '2026-03-02T10:00:00+06:00',
        organisationId: lag,
        status: 'held',
      })
    ).body.id;
    const seeker = await coordinator.post(`/api/activities/${fairId}/fair/registrations`, {
      role: 'job_seeker',
      personId: people.aida,
      accessibilityNeeds: ['easy_read'],
    });
    expect(seeker.status).toBe(201);
    const company = await coordinator.post(`/api/activities/${fairId}/fair/registrations`, {
      role: 'employer',
      employerId: bakery,
    });
    const twice = await coordinator.post(`/api/activities/${fairId}/fair/registrations`, {
      role: 'employer',
      employerId: bakery,
    });
    expect(twice.status).toBe(400);
    const wrongWay = await coordinator.post(`/api/activities/${fairId}/fair/interviews`, {
      seekerRegistrationId: company.body.id,
      employerRegistrationId: seeker.body.id,
      scheduledAt: '2026-03-02T11:00:00+06:00',
    });
    expect(wrongWay.status).toBe(400);
    const interview = await coordinator.post(`/api/activities/${fairId}/fair/interviews`, {
      seekerRegistrationId: seeker.body.id,
      employerRegistrationId: company.body.id,
      vacancyId,
      scheduledAt: '2026-03-02T11:00:00+06:00',
    });
    expect(interview.status).toBe(201);
    const outcome = await coordinator.patch(`/api/fair-interviews/${interview.body.id}`, {
      outcome: 'offer',
      version: interview.body.version,
    });
    expect(outcome.body.outcome).toBe('offer');
    const { body } = await coordinator.get(`/api/activities/${fairId}/fair`);
    expect(body.registrations.map((r: { name: string; role: string }) => [r.role, r.name])).toEqual([
      ['employer', 'ОсОО «Нан-Ай» — пекарня'],
      ['job_seeker', 'Токтогулова Аида'],
    ]);
    expect(await value(count('job_fairs.participants', { attributes: { role: ['job_seeker'] } }))).toBe(1);
    expect(await value(count('job_fairs.participants', { attributes: { role: ['employer'] } }))).toBe(1);
  });

  it('is closed to the employer’s staff, registrations and all', async () => {
    expect((await employer.get(`/api/activities/${fairId}/fair`)).status).toBe(404);
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

describe('a placement', () => {
  it('is recorded with its support and followed up at 1, 3 and 6 months', async () => {
    const created = await coordinator.post('/api/placements', {
      personId: people.aida,
      employerId: bakery,
      vacancyId,
      position: 'Помощник пекаря',
      startedOn: '2026-01-15',
      accommodationsProvided: ['job_coach'],
      jobCoach: true,
    });
    expect(created.status).toBe(201);
    placementId = created.body.id;
    const { body } = await coordinator.get(`/api/placements/${placementId}`);
    expect(body.schedule.map((f: { months: number; dueOn: string }) => [f.months, f.dueOn])).toEqual([
      [1, '2026-02-15'],
      [3, '2026-04-15'],
      [6, '2026-07-15'],
    ]);
    const first = await coordinator.post(`/api/placements/${placementId}/follow-ups`, {
      months: 1,
      checkedOn: '2026-02-16',
      stillEmployed: true,
    });
    expect(first.status).toBe(201);
    expect(
      (
        await coordinator.post(`/api/placements/${placementId}/follow-ups`, {
          months: 1,
          checkedOn: '2026-02-17',
          stillEmployed: true,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await coordinator.post(`/api/placements/${placementId}/follow-ups`, {
          months: 3,
          checkedOn: '2026-01-01',
          stillEmployed: true,
        })
      ).status,
    ).toBe(400);
    const after = await coordinator.get(`/api/placements/${placementId}`);
    expect(after.body.schedule[0]).toMatchObject({ months: 1, state: 'done' });
    const list = await coordinator.get('/api/placements');
    expect(list.body.items[0]).toMatchObject({ id: placementId, employerName: 'ОсОО «Нан-Ай» — пекарня' });
  });

  it('counts placements and retention for the indicators, by sex', async () => {
    expect(await value(count('placements.started'))).toBe(1);
    expect(await value(count('placements.retained', { attributes: { months: ['1'] } }))).toBe(1);
    expect(await value(count('placements.retained', { attributes: { months: ['6'] } }))).toBe(0);
    expect(await value(count('placements.started', { sex: ['male'] }))).toBe(0);
  });

  it('stays with the supporting organisation', async () => {
    expect((await employer.get(`/api/placements/${placementId}`)).status).toBe(404);
    const outsider = await t.signIn('qorgan.admin@birge.test');
    expect((await outsider.get(`/api/placements/${placementId}`)).status).toBe(404);
  });
});
