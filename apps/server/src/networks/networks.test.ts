import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let secretariat: Client;
beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.signIn('secretariat@birge.test');
});
afterAll(() => t.close());

describe('networks', () => {
  it('shows the Janyryk network with its member organisations', async () => {
    const { body } = await secretariat.get('/api/networks');
    const janyryk = body.items.find((n: { name: string }) => n.name.startsWith('Жаңырык'));
    const { body: detail } = await secretariat.get(`/api/networks/${janyryk.id}`);
    expect(detail.members).toHaveLength(7);
    expect(detail.abilities.update).toBe(true);
  });

  it('lets the secretariat create a network led by its organisation, add and remove members', async () => {
    const lead = await t.organisationId('Жаңырык — национальная');
    const school = await t.organisationId('Шайдан');
    const created = await secretariat.post('/api/networks', {
      name: 'Inclusive schools of Jalal-Abad',
      leadOrganisationId: lead,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await secretariat.post(`/api/networks/${id}/members`, { organisationId: school })).status).toBe(
      204,
    );
    expect((await secretariat.post(`/api/networks/${id}/members`, { organisationId: school })).status).toBe(
      409,
    );
    const { body } = await secretariat.get(`/api/networks/${id}`);
    expect(body.members.map((m: { id: string }) => m.id).sort()).toEqual([lead, school].sort());
    expect((await secretariat.delete(`/api/networks/${id}/members/${school}`)).status).toBe(204);
    const { body: school2 } = await secretariat.get(`/api/organisations/${school}`);
    expect(school2.networks.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('keeps the lead and description when only the name changes', async () => {
    const lead = await t.organisationId('Жаңырык — национальная');
    const { body: created } = await secretariat.post('/api/networks', {
      name: 'Parents of Osh',
      description: 'Parent groups of the south',
      leadOrganisationId: lead,
    });
    const { body } = await secretariat.patch(`/api/networks/${created.id}`, {
      name: 'Parents of the south',
      version: 1,
    });
    expect(body).toMatchObject({
      name: 'Parents of the south',
      description: 'Parent groups of the south',
      leadOrganisationId: lead,
      version: 2,
    });
  });

  it('refuses a network for someone who is not a secretariat', async () => {
    const caseworker = await t.signIn('caseworker@birge.test');
    expect((await caseworker.post('/api/networks', { name: 'My own network' })).status).toBe(403);
  });
});
