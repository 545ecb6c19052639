import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('janyryk.admin@birge.test', 'ky');
});
afterAll(() => t.close());

describe('users and memberships', () => {
  it('lists the users of the organisations the administrator runs, with their roles', async () => {
    const { body } = await admin.get('/api/users');
    expect(body.items.map((u: { email: string }) => u.email).sort()).toEqual([
      'janyryk.admin@birge.test',
      'monitor@birge.test',
      'secretariat@birge.test',
    ]);
    const found = await admin.get('/api/users?q=monitor');
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0].memberships[0].roles).toEqual(['monitor']);
  });

  it('refuses a second account for the same email', async () => {
    const organisationId = await t.organisationId('Жаңырык — национальная');
    const { status, body } = await admin.post('/api/users/invitations', {
      email: 'Monitor@Birge.test',
      name: 'Копия',
      organisationId,
      roles: ['viewer'],
    });
    expect(status).toBe(409);
    expect(body.error.fields.email).toBe('Мындай электрондук почтасы бар колдонуучу мурунтан эле бар.');
  });

  it('changes roles with the version seen, and keeps a user in at least one organisation', async () => {
    const userId = await t.userId('monitor@birge.test');
    const { body } = await admin.get(`/api/users/${userId}`);
    const membership = body.user.memberships[0];
    const changed = await admin.patch(`/api/memberships/${membership.id}`, {
      roles: ['monitor', 'coordinator'],
      version: membership.version,
    });
    expect(changed.body.roles).toEqual(['monitor', 'coordinator']);
    expect((await admin.delete(`/api/memberships/${membership.id}`)).status).toBe(409);
  });

  it('signs a deactivated user out at once', async () => {
    const monitor = await t.signIn('monitor@birge.test');
    const userId = await t.userId('monitor@birge.test');
    const { body } = await admin.get(`/api/users/${userId}`);
    expect(
      (await admin.patch(`/api/users/${userId}`, { active: false, version: body.user.version })).status,
    ).toBe(200);
    expect((await monitor.get('/api/session')).status).toBe(401);
    const again = await t
      .anonymous()
      .post('/api/auth/sign-in', { email: 'monitor@birge.test', password: 'birge-demo-2026' });
    expect(again.status).toBe(401);
  });

  it('does not let an administrator change an account that also works for another organisation', async () => {
    const platform = await t.signIn('admin@birge.test');
    const qorgan = await t.organisationId('Қорған-М');
    const secretariatId = await t.userId('secretariat@birge.test');
    await platform.post('/api/memberships', {
      userId: secretariatId,
      organisationId: qorgan,
      roles: ['viewer'],
    });
    const { body } = await admin.get(`/api/users/${secretariatId}`);
    expect(body.abilities.update).toBe(false);
    expect((await admin.post(`/api/users/${secretariatId}/reset-link`)).status).toBe(403);
  });
});
