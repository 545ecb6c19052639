import { auditEvents } from '@birge/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, fingerprint, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let coordinator: Client;
let personId: string;

const profile = (consent: object | null, version?: number) => ({
  education: 'secondary',
  educationNote: 'Курсы пекаря, 2024',
  readiness: 'ready',
  consent,
  ...(version ? { version } : {}),
});
const byRepresentative = {
  givenOn: '2026-02-03',
  givenBy: 'representative',
  representativeName: 'Садыкова Гүлмира',
  representativeRelation: 'parent',
};

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  const lag = (await coordinator.get('/api/session')).body.memberships[0].organisationId;
  personId = (await coordinator.post('/api/persons', personInput(lag, { givenName: 'Нурлан' }))).body.id;
});
afterAll(() => t.close());

describe('consent to show a job-seeker profile, given by a representative', () => {
  it('is refused without the representative’s name and relation, naming both fields, and changes nothing', async () => {
    const before = await fingerprint(t.db);
    const refused = await coordinator.request(
      'PUT',
      `/api/persons/${personId}/job-profile`,
      profile({ givenOn: '2026-02-03', givenBy: 'representative' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({
      'consent.representativeName': 'Это поле нужно заполнить.',
      'consent.representativeRelation': 'Это поле нужно заполнить.',
    });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('keeps who consented and what they are to the person, with the education note, in the audit trail too', async () => {
    const saved = await coordinator.request(
      'PUT',
      `/api/persons/${personId}/job-profile`,
      profile(byRepresentative),
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      educationNote: 'Курсы пекаря, 2024',
      consentGivenOn: '2026-02-03',
      consentGivenBy: 'representative',
      consentRepresentativeName: 'Садыкова Гүлмира',
      consentRepresentativeRelation: 'parent',
    });
    const [entry] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordId, saved.body.id), eq(auditEvents.action, 'employment.profile.create')),
      );
    expect(entry?.changes.consentRepresentativeName?.after).toBe('Садыкова Гүлмира');
  });

  it('forgets the representative when the person gives consent themselves', async () => {
    const { body } = await coordinator.get(`/api/persons/${personId}/job-profile`);
    const own = await coordinator.request(
      'PUT',
      `/api/persons/${personId}/job-profile`,
      profile(
        { givenOn: '2026-03-01', givenBy: 'person', representativeName: 'Садыкова Гүлмира' },
        body.profile.version,
      ),
    );
    expect(own.body).toMatchObject({
      consentGivenBy: 'person',
      consentRepresentativeName: '',
      consentRepresentativeRelation: null,
    });
  });
});
