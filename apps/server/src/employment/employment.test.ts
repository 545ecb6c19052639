import { regions } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let coordinator: Client;
let employer: Client;
let lag: string;
let bakery: string;
let bishkek: string;
let osh: string;
let vacancyId: string;
const people: Record<'aida' | 'bakyt' | 'chynara', string> = { aida: '', bakyt: '', chynara: '' };

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

  it('ranks the candidates with every part of the score explained in words, the excluded apart', async () => {
    const { body } = await coordinator.get(`/api/vacancies/${vacancyId}/candidates`);
    expect(body.items.map((c: { givenName: string }) => c.givenName)).toEqual(['Аида', 'Бакыт']);
    expect(body).toMatchObject({ total: 2, nextCursor: null });
    const [aida, bakyt] = body.items;
    expect(aida.match).toMatchObject({ score: 100, excluded: false });
    expect(aida.match.parts[0]).toMatchObject({
      message: 'employment.match.skills.all',
      text: 'Есть все требуемые навыки: выпечка и обслуживание клиентов.',
    });
    expect(bakyt).toMatchObject({ consented: false });
    expect(bakyt.match.parts[0]).toMatchObject({
      message: 'employment.match.skills.some',
      items: ['customer_service'],
    });
    const excluded = await coordinator.get(`/api/vacancies/${vacancyId}/candidates?excluded=true`);
    expect(excluded.body).toMatchObject({ total: 1 });
    const [chynara] = excluded.body.items;
    expect(chynara.givenName).toBe('Чынара');
    expect(chynara.match.exclusions).toEqual([
      {
        message: 'employment.exclusion.accommodation',
        values: { accommodation: 'sign_language' },
        items: ['sign_language'],
        text: expect.stringContaining('перевод на жестовый язык'),
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
    expect(body.items.map((c: { profile: { name: string } }) => c.profile.name)).toEqual(['Аида Т.']);
    expect(body.total).toBe(1);
    expect(body.items[0].match.parts[0].text).toBe(
      'Талап кылынган бардык көндүмдөр бар: нан бышыруу жана кардарларды тейлөө.',
    );
    expect((await employer.get(`/api/vacancies/${vacancyId}/candidates?excluded=true`)).status).toBe(403);
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

describe('an employer’s answer to a proposal', () => {
  const proposalOf = async (name: string) =>
    (await employer.get(`/api/vacancies/${vacancyId}`)).body.proposals.find(
      (p: { name: string }) => p.name === name,
    );

  it('moves forward only, and gives back the proposal as the employer sees it', async () => {
    const invited = await proposalOf('Аида Т.');
    const back = await employer.patch(`/api/vacancy-proposals/${invited.id}`, {
      status: 'proposed',
      version: invited.version,
    });
    expect(back.status).toBe(400);
    expect(back.body.error.fields.status).toMatch(/^Сунуш алдыга гана жылат/);
    const hired = await employer.patch(`/api/vacancy-proposals/${invited.id}`, {
      status: 'hired',
      version: invited.version,
    });
    expect(hired.status).toBe(200);
    expect(hired.body).toEqual(await proposalOf('Аида Т.'));
    expect(hired.body).toMatchObject({ status: 'hired', personId: null, note: '' });
    expect(hired.body).not.toHaveProperty('proposedBy');
    const undo = await employer.patch(`/api/vacancy-proposals/${invited.id}`, {
      status: 'invited',
      version: hired.body.version,
    });
    expect(undo.status).toBe(400);
  });

  it('is refused once the person has withdrawn their consent', async () => {
    const proposed = await coordinator.post(`/api/vacancies/${vacancyId}/proposals`, {
      personId: people.chynara,
      note: 'Жестовый язык: нужен переводчик',
    });
    expect(proposed.status).toBe(201);
    const { body } = await coordinator.get(`/api/persons/${people.chynara}/job-profile`);
    await coordinator.request(
      'PUT',
      `/api/persons/${people.chynara}/job-profile`,
      profile({ accommodationsNeeded: ['sign_language'], consent: null, version: body.profile.version }),
    );
    expect(await proposalOf('Чынара Т.')).toBeUndefined();
    const answer = await employer.patch(`/api/vacancy-proposals/${proposed.body.id}`, {
      status: 'invited',
      version: proposed.body.version,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields.status).toMatch(/макулдугун кайтарып алды/);
  });
});
