import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, fingerprint, type TestApp } from './harness';

/**
 * Walks every route of the API as the administrator of another organisation (Qorgan-M, in Kazakhstan) against
 * the records of the Janyryk network. The directory of organisations and networks and the list of regions are
 * shared by everyone signed in; users, memberships, tokens and the audit trail belong to their organisation.
 */
let t: TestApp;
let outsider: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const owner = await t.signIn('janyryk.admin@birge.test');
  ids.organisation = await t.organisationId('Жаңырык — национальная');
  ids.user = await t.userId('secretariat@birge.test');
  const user = await owner.get(`/api/users/${ids.user}`);
  ids.membership = user.body.user.memberships[0].id;
  ids.token = (await owner.post('/api/me/tokens', { name: 'Janyryk integration' })).body.id;
  const networks = await owner.get('/api/networks');
  ids.network = networks.body.items.find(
    (n: { leadOrganisationId: string }) => n.leadOrganisationId === ids.organisation,
  ).id;
  ids.member = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  ids.qorganUser = await t.userId('expert@birge.test');
  outsider = await t.signIn('qorgan.admin@birge.test');
});
afterAll(() => t.close());

type Case =
  | { denied: () => Promise<{ status: number }> }
  | { check: () => Promise<void> }
  | { notScoped: string };

const cases: Record<string, Case> = {
  'GET /api/health': { notScoped: 'public health check' },
  'POST /api/auth/sign-in': { notScoped: 'acts on the credentials given' },
  'GET /api/session': { notScoped: 'the caller’s own session' },
  'POST /api/auth/sign-out': { notScoped: 'the caller’s own session' },
  'POST /api/auth/sign-out-everywhere': { notScoped: 'the caller’s own sessions' },
  'GET /api/auth/tokens/{token}': { notScoped: 'needs the secret of a one-time link' },
  'POST /api/auth/tokens/{token}': { notScoped: 'needs the secret of a one-time link' },
  'PATCH /api/me': { notScoped: 'the caller’s own account' },
  'POST /api/me/password': { notScoped: 'the caller’s own account' },
  'POST /api/me/totp/setup': { notScoped: 'the caller’s own account' },
  'POST /api/me/totp/enable': { notScoped: 'the caller’s own account' },
  'POST /api/me/totp/disable': { notScoped: 'the caller’s own account' },
  'GET /api/me/tokens': {
    check: async () => {
      const { body } = await outsider.get('/api/me/tokens');
      expect(body.items.map((token: { id: string }) => token.id)).not.toContain(ids.token);
    },
  },
  'POST /api/me/tokens': { notScoped: 'creates a token for the caller only' },
  'DELETE /api/me/tokens/{id}': { denied: () => outsider.delete(`/api/me/tokens/${ids.token}`) },
  'GET /api/regions': { notScoped: 'shared reference data' },
  'POST /api/regions': {
    denied: () =>
      outsider.post('/api/regions', {
        parentId: ids.organisation,
        level: 'district',
        names: { ky: 'Район', kk: 'Аудан', ru: 'Район', en: 'District' },
      }),
  },
  'GET /api/organisations': { notScoped: 'the shared directory' },
  'POST /api/organisations': {
    denied: () => outsider.post('/api/organisations', { name: 'Shadow', type: 'ngo' }),
  },
  'GET /api/organisations/{id}': {
    check: async () => {
      const { body } = await outsider.get(`/api/organisations/${ids.organisation}`);
      expect(body.abilities.update).toBe(false);
    },
  },
  'PATCH /api/organisations/{id}': {
    denied: () =>
      outsider.patch(`/api/organisations/${ids.organisation}`, { name: 'Taken over', version: 1 }),
  },
  'GET /api/networks': { notScoped: 'the shared directory' },
  'POST /api/networks': {
    denied: () => outsider.post('/api/networks', { name: 'Hijacked', leadOrganisationId: ids.organisation }),
  },
  'GET /api/networks/{id}': {
    check: async () => {
      const { body } = await outsider.get(`/api/networks/${ids.network}`);
      expect(body.abilities.update).toBe(false);
    },
  },
  'PATCH /api/networks/{id}': {
    denied: () => outsider.patch(`/api/networks/${ids.network}`, { name: 'Renamed', version: 1 }),
  },
  'POST /api/networks/{id}/members': {
    denied: () => outsider.post(`/api/networks/${ids.network}/members`, { organisationId: ids.qorganUser }),
  },
  'DELETE /api/networks/{id}/members/{organisationId}': {
    denied: () => outsider.delete(`/api/networks/${ids.network}/members/${ids.member}`),
  },
  'GET /api/users': {
    check: async () => {
      const { body } = await outsider.get('/api/users?limit=200');
      const emails = body.items.map((u: { email: string }) => u.email);
      expect(emails).toContain('expert@birge.test');
      expect(
        emails.filter(
          (e: string) => !['qorgan.admin@birge.test', 'expert@birge.test', 'grants@birge.test'].includes(e),
        ),
      ).toEqual([]);
    },
  },
  'GET /api/users/{id}': { denied: () => outsider.get(`/api/users/${ids.user}`) },
  'PATCH /api/users/{id}': {
    denied: () => outsider.patch(`/api/users/${ids.user}`, { active: false, version: 1 }),
  },
  'POST /api/users/invitations': {
    denied: () =>
      outsider.post('/api/users/invitations', {
        email: 'spy@birge.test',
        name: 'Spy',
        organisationId: ids.organisation,
        roles: ['administrator'],
      }),
  },
  'POST /api/users/{id}/reset-link': { denied: () => outsider.post(`/api/users/${ids.user}/reset-link`) },
  'POST /api/memberships': {
    denied: () =>
      outsider.post('/api/memberships', {
        userId: ids.qorganUser,
        organisationId: ids.organisation,
        roles: ['administrator'],
      }),
  },
  'PATCH /api/memberships/{id}': {
    denied: () => outsider.patch(`/api/memberships/${ids.membership}`, { roles: ['viewer'], version: 1 }),
  },
  'DELETE /api/memberships/{id}': { denied: () => outsider.delete(`/api/memberships/${ids.membership}`) },
  'GET /api/audit': {
    check: async () => {
      const { body } = await outsider.get('/api/audit?limit=200');
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.every((e: { organisationId: string }) => e.organisationId !== ids.organisation)).toBe(
        true,
      );
    },
  },
};

describe('another organisation’s records', () => {
  it('has a case for every route of the API', async () => {
    const spec = (await t.anonymous().get('/api/openapi.json')).body;
    const routes = Object.entries(spec.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.filter((route) => !(route in cases))).toEqual([]);
  });

  for (const [route, routeCase] of Object.entries(cases)) {
    if ('notScoped' in routeCase) continue;
    it(`${route}: neither shows nor changes them`, async () => {
      const before = await fingerprint(t.db);
      if ('denied' in routeCase) {
        const { status } = await routeCase.denied();
        expect([403, 404]).toContain(status);
      } else {
        await routeCase.check();
      }
      expect(await fingerprint(t.db)).toBe(before);
    });
  }
});
