import { auditEvents } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let worker: Client;
let supervisor: Client;
let receiver: Client;
let centre: string;
let rehab: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.signIn('caseworker@birge.test', 'en');
  supervisor = await t.signIn('supervisor@birge.test', 'en');
  receiver = await t.signIn('rehab.worker@birge.test', 'en');
  centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  rehab = await t.organisationId('Городской реабилитационный центр');
});
afterAll(() => t.close());

async function personWithConsent(givenName: string, consent = true) {
  const { body: person } = await worker.post(
    '/api/persons',
    personInput(centre, { givenName, phones: [], birthDate: '1985-03-03' }),
  );
  let consentId: string | undefined;
  if (consent) {
    const { body } = await worker.post(`/api/persons/${person.id}/consents`, {
      purpose: 'sharing',
      sharedWithOrganisationId: rehab,
      givenBy: 'person',
      method: 'paper',
      givenOn: '2026-05-01',
    });
    consentId = body.id;
  }
  return { person, consentId };
}

async function refer(personId: string, extra: Record<string, unknown> = {}) {
  return worker.post('/api/referrals', {
    personId,
    toOrganisationId: rehab,
    service: 'Physiotherapy',
    reason: 'Cannot walk to the bus stop',
    sharedParts: ['contacts', 'disability'],
    ...extra,
  });
}

describe('the referral access matrix', () => {
  it('before acceptance, the receiver sees the referral with a first name and age, not the record', async () => {
    const { person } = await personWithConsent('Жаңыл');
    const { body: referral } = await refer(person.id);
    const received = await receiver.get('/api/referrals?direction=received&status=pending');
    const mine = received.body.items.find((r: { id: string }) => r.id === referral.id);
    expect(mine.person).toEqual({ givenName: 'Жаңыл', sex: 'female', age: expect.any(Number) });
    expect((await receiver.get(`/api/persons/${person.id}`)).status).toBe(404);
    expect((await receiver.get(`/api/persons?q=${encodeURIComponent('Асанова')}`)).body.items).toEqual([]);
  });

  it('after acceptance, the receiver sees only the shared parts, and the read is audited', async () => {
    const { person } = await personWithConsent('Нургүл');
    const { body: referral } = await refer(person.id);
    const accepted = await receiver.post(`/api/referrals/${referral.id}/decision`, {
      decision: 'accept',
      version: referral.version,
    });
    expect(accepted.body.status).toBe('accepted');
    const { body } = await receiver.get(`/api/persons/${person.id}`);
    expect(body.access).toBe('shared');
    expect(body.sharedParts.sort()).toEqual(['contacts', 'disability', 'identity']);
    expect(body.person).toMatchObject({ givenName: 'Нургүл', disabilityStatus: 'none' });
    expect(body.person).not.toHaveProperty('notes');
    expect(body.person).not.toHaveProperty('functionalDifficulty');
    expect(body).not.toHaveProperty('consents');
    const reads = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'person.readShared'));
    expect(reads.filter((r) => r.recordId === person.id && r.organisationId === rehab)).toHaveLength(1);
    expect((await worker.get(`/api/referrals/${referral.id}`)).body.referral.status).toBe('accepted');
    expect((await receiver.patch(`/api/persons/${person.id}`, { notes: 'x', version: 1 })).status).toBe(403);
  });

  it('after a decline, the receiver sees nothing of the person; a decline needs its reason', async () => {
    const { person } = await personWithConsent('Бермет');
    const { body: referral } = await refer(person.id);
    const noReason = await receiver.post(`/api/referrals/${referral.id}/decision`, {
      decision: 'decline',
      version: 1,
    });
    expect(noReason.status).toBe(400);
    await receiver.post(`/api/referrals/${referral.id}/decision`, {
      decision: 'decline',
      reason: 'No places until March',
      version: 1,
    });
    expect((await receiver.get(`/api/persons/${person.id}`)).status).toBe(404);
    const sent = await worker.get('/api/referrals?direction=sent&status=declined');
    expect(sent.body.items.find((r: { id: string }) => r.id === referral.id).decisionReason).toBe(
      'No places until March',
    );
  });

  it('once consent is withdrawn, the receiver loses the record', async () => {
    const { person, consentId } = await personWithConsent('Мээрим');
    const { body: referral } = await refer(person.id);
    await receiver.post(`/api/referrals/${referral.id}/decision`, { decision: 'accept', version: 1 });
    expect((await receiver.get(`/api/persons/${person.id}`)).status).toBe(200);
    await worker.post(`/api/persons/${person.id}/consents/${consentId}/withdraw`, {
      withdrawnOn: '2026-11-01',
      version: 1,
    });
    expect((await receiver.get(`/api/persons/${person.id}`)).status).toBe(404);
  });

  it('without consent a worker cannot refer; a supervisor can, with a written reason that is audited', async () => {
    const { person } = await personWithConsent('Чолпон', false);
    const refused = await refer(person.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('referrals.consentRequired');
    const notAllowed = await refer(person.id, {
      consentOverrideReason: 'Emergency: the person cannot sign today',
    });
    expect(notAllowed.status).toBe(403);
    const overridden = await supervisor.post('/api/referrals', {
      personId: person.id,
      toOrganisationId: rehab,
      service: 'Emergency rehabilitation',
      consentOverrideReason: 'Emergency: the person cannot sign today',
    });
    expect(overridden.status).toBe(201);
    const [entry] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'referral.createWithConsentOverride'));
    expect(entry?.changes.consentOverrideReason?.after).toBe('Emergency: the person cannot sign today');
  });

  it('records the outcome, and prints the letter for both sides once accepted', async () => {
    const { person } = await personWithConsent('Айпери');
    const { body: referral } = await refer(person.id);
    const letter = () =>
      t.app.inject({
        method: 'GET',
        url: `/api/referrals/${referral.id}/letter.pdf`,
        headers: { cookie: receiver.cookie },
      });
    expect((await letter()).statusCode).toBe(403);
    await receiver.post(`/api/referrals/${referral.id}/decision`, { decision: 'accept', version: 1 });
    expect((await letter()).headers['content-type']).toBe('application/pdf');
    const done = await receiver.post(`/api/referrals/${referral.id}/completion`, {
      outcome: 'Ten sessions',
      version: 2,
    });
    expect(done.body.status).toBe('completed');
    expect(
      (await receiver.post(`/api/referrals/${referral.id}/decision`, { decision: 'accept', version: 3 }))
        .status,
    ).toBe(409);
  });
});

describe('children', () => {
  it('are visible only to workers who hold the child-protection role', async () => {
    const child = personInput(centre, {
      givenName: 'Эмир',
      sex: 'male',
      birthDate: '2018-01-01',
      phones: [],
      registrationConsent: {
        givenBy: 'representative',
        representativeName: 'Асанова Айгүл',
        method: 'paper',
        givenOn: '2026-01-10',
      },
    });
    const { body } = await worker.post('/api/persons', child);
    const platform = await t.signIn('admin@birge.test');
    const userId = await t.userId('janyryk.admin@birge.test');
    await platform.post('/api/memberships', { userId, organisationId: centre, roles: ['case_worker'] });
    const plainWorker = await t.signIn('janyryk.admin@birge.test');
    expect((await plainWorker.get(`/api/persons/${body.id}`)).status).toBe(404);
    expect((await plainWorker.get('/api/persons?q=Эмир')).body.items).toEqual([]);
    expect((await worker.get(`/api/persons/${body.id}`)).status).toBe(200);
  });
});
