import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let centre: string;
beforeAll(async () => {
  t = await createTestApp();
  centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
});
afterAll(() => t.close());

describe('the workers of an organisation', () => {
  it('lists the colleagues who work with persons, by name, to a case worker of the organisation', async () => {
    const worker = await t.signIn('caseworker@birge.test');
    const { status, body } = await worker.get(`/api/organisations/${centre}/workers`);
    expect(status).toBe(200);
    const ids = body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(await t.userId('caseworker@birge.test'));
    expect(ids).toContain(await t.userId('supervisor@birge.test'));
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(['id', 'name', 'roles']);
      expect(
        item.roles.some((r: string) => ['case_worker', 'coordinator', 'administrator', 'expert'].includes(r)),
      ).toBe(true);
    }
  });

  it('leaves out members without a working role, and deactivated users', async () => {
    const platform = await t.signIn('admin@birge.test');
    const monitorId = await t.userId('monitor@birge.test');
    await platform.post('/api/memberships', { userId: monitorId, organisationId: centre, roles: ['viewer'] });
    const supervisorId = await t.userId('supervisor@birge.test');
    const worker = await t.signIn('caseworker@birge.test');
    let ids = (await worker.get(`/api/organisations/${centre}/workers`)).body.items.map(
      (item: { id: string }) => item.id,
    );
    expect(ids).not.toContain(monitorId);
    expect(ids).toContain(supervisorId);
    const { body } = await platform.get(`/api/users/${supervisorId}`);
    await platform.patch(`/api/users/${supervisorId}`, { active: false, version: body.user.version });
    ids = (await worker.get(`/api/organisations/${centre}/workers`)).body.items.map(
      (item: { id: string }) => item.id,
    );
    expect(ids).not.toContain(supervisorId);
  });

  it('refuses members of other organisations and viewers; an unknown organisation is not found', async () => {
    const outsider = await t.signIn('qorgan.admin@birge.test');
    expect((await outsider.get(`/api/organisations/${centre}/workers`)).status).toBe(403);
    const coordinator = await t.signIn('coordinator@birge.test');
    expect((await coordinator.get(`/api/organisations/${centre}/workers`)).status).toBe(403);
    const worker = await t.signIn('caseworker@birge.test');
    expect((await worker.get(`/api/organisations/${crypto.randomUUID()}/workers`)).status).toBe(404);
    expect((await t.anonymous().get(`/api/organisations/${centre}/workers`)).status).toBe(401);
  });
});
