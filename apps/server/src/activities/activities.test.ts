import { auditEvents } from '@birge/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, fingerprint, personInput, type TestApp } from '../../test/harness';

let t: TestApp;
let coordinator: Client;
let centre: string;
const persons: Record<'aigul' | 'bakyt' | 'chynara', string> = { aigul: '', bakyt: '', chynara: '' };

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('supervisor@birge.test');
  centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  const names = {
    aigul: ['Асанова', 'Айгүл'],
    bakyt: ['Токтогулов', 'Бакыт'],
    chynara: ['Исаева', 'Чынара'],
  };
  for (const [key, [familyName, givenName]] of Object.entries(names)) {
    const created = await coordinator.post(
      '/api/persons',
      personInput(centre, { familyName, givenName, phones: [], birthDate: '1995-02-03' }),
    );
    persons[key as keyof typeof persons] = created.body.id;
  }
});
afterAll(() => t.close());

const training = (more: Record<string, unknown> = {}) => ({
  type: 'training',
  title: 'Тренинг фасилитаторов',
  language: 'ru',
  startsAt: '2026-03-02T09:00:00+06:00',
  endsAt: '2026-03-04T17:00:00+06:00',
  place: 'Бишкек, ул. Токтогула 125',
  organisationId: centre,
  capacity: 1,
  trainsFacilitators: true,
  ...more,
});

async function upload(client: Client, activityId: string, name: string, content: Buffer) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/activities/${activityId}/materials?name=${encodeURIComponent(name)}&type=text/plain`,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      'content-type': 'application/octet-stream',
      'accept-language': 'kk',
    },
    payload: content,
  });
  return { status: response.statusCode, body: response.json() };
}

describe('an activity from plan to attendance', () => {
  let id: string;

  it('is planned by a coordinator of the lead organiser and listed with its filters', async () => {
    const created = await coordinator.post('/api/activities', training());
    expect(created.status).toBe(201);
    id = created.body.id;
    const listed = await coordinator.get('/api/activities?type=training&from=2026-03-01&to=2026-03-31');
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await coordinator.get('/api/activities?type=forum')).body.items).toEqual([]);
    const [entry] = await t.db.select().from(auditEvents).where(eq(auditEvents.recordId, id));
    expect(entry?.action).toBe('activity.create');
  });

  it('refuses an end before the start, saying which field', async () => {
    const refused = await coordinator.post(
      '/api/activities',
      training({ endsAt: '2026-03-01T09:00:00+06:00' }),
    );
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields)).toEqual(['endsAt']);
  });

  it('registers a person up to the capacity, then refuses in the caller’s language and changes nothing', async () => {
    expect(
      (await coordinator.post(`/api/activities/${id}/attendees`, { personId: persons.aigul })).status,
    ).toBe(201);
    const inKyrgyz = await t.signIn('supervisor@birge.test', 'ky');
    const before = await fingerprint(t.db);
    const full = await inKyrgyz.post(`/api/activities/${id}/attendees`, { personId: persons.bakyt });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('activities.full');
    expect(full.body.error.message).toContain('Орун калган жок');
    expect(await fingerprint(t.db)).toBe(before);
    // A facilitator of the training takes no participant's place.
    const facilitator = await coordinator.post(`/api/activities/${id}/attendees`, {
      personId: persons.bakyt,
      role: 'facilitator',
    });
    expect(facilitator.status).toBe(201);
    const again = await coordinator.post(`/api/activities/${id}/attendees`, { personId: persons.aigul });
    expect(again.status).toBe(400);
  });

  it('marks completion on a day not before the training started', async () => {
    const detail = await coordinator.get(`/api/activities/${id}`);
    const aigul = detail.body.attendees.find((a: { personId: string }) => a.personId === persons.aigul);
    expect(aigul.name).toBe('Асанова Айгүл');
    const early = await coordinator.patch(`/api/activities/${id}/attendees/${aigul.id}`, {
      completed: true,
      completedOn: '2026-03-01',
    });
    expect(early.status).toBe(400);
    const done = await coordinator.patch(`/api/activities/${id}/attendees/${aigul.id}`, {
      completed: true,
      completedOn: '2026-03-04',
    });
    expect(done.body.completedOn).toBe('2026-03-04');
  });

  it('keeps counted attendance as one sheet that replaces the one before, within the places', async () => {
    const rows = [
      { sex: 'female', ageBand: '18-29', disability: 'yes', count: 7 },
      { sex: 'male', ageBand: '30-59', disability: 'no', count: 5 },
      { sex: 'female', ageBand: '18-29', disability: 'yes', count: 1 },
    ];
    const forum = await coordinator.post(
      '/api/activities',
      training({ type: 'forum', capacity: 13, trainsFacilitators: false }),
    );
    const sheet = (body: object) =>
      coordinator.request('PUT', `/api/activities/${forum.body.id}/attendance-counts`, body);
    const crowded = await sheet({ rows: [...rows, { ...rows[1], role: 'participant', count: 1 }] });
    expect(crowded.status).toBe(409);
    expect(crowded.body.error.message).toBe(
      'The sheet counts 14 participants, more than the 13 places. Raise the capacity or correct the sheet.',
    );
    const put = await sheet({ rows: [...rows, { ...rows[1], role: 'speaker', count: 2 }] });
    expect(put.body.total).toBe(15);
    const detail = await coordinator.get(`/api/activities/${forum.body.id}`);
    expect(detail.body.countedTotal).toBe(15);
    expect(detail.body.counts).toHaveLength(3);
    expect(detail.body.participantsRegistered).toBe(0);
    await sheet({ rows: rows.slice(1, 2) });
    expect((await coordinator.get(`/api/activities/${forum.body.id}`)).body.countedTotal).toBe(5);
  });

  it('takes attendance by name or on a sheet, never both, so nobody is counted twice', async () => {
    const onSheet = await coordinator.post(
      '/api/activities',
      training({ type: 'forum', capacity: null, trainsFacilitators: false }),
    );
    await coordinator.request('PUT', `/api/activities/${onSheet.body.id}/attendance-counts`, {
      rows: [{ sex: 'male', ageBand: '30-59', disability: 'no', count: 4 }],
    });
    const named = await coordinator.post(`/api/activities/${onSheet.body.id}/attendees`, {
      personId: persons.chynara,
    });
    expect(named.status).toBe(409);
    expect(named.body.error.code).toBe('activities.countedAttendance');
    const counted = await coordinator.request('PUT', `/api/activities/${id}/attendance-counts`, {
      rows: [{ sex: 'male', ageBand: '30-59', disability: 'no', count: 4 }],
    });
    expect(counted.status).toBe(409);
    expect(counted.body.error.code).toBe('activities.namedAttendance');
    expect((await coordinator.get(`/api/activities/${id}`)).body.countedTotal).toBe(0);
    // Clearing the sheet opens the activity to attendance by name.
    await coordinator.request('PUT', `/api/activities/${onSheet.body.id}/attendance-counts`, { rows: [] });
    const again = await coordinator.post(`/api/activities/${onSheet.body.id}/attendees`, {
      personId: persons.chynara,
    });
    expect(again.status).toBe(201);
  });

  it('keeps materials in the database: upload, download the same bytes, delete', async () => {
    const content = Buffer.from('Күн тартиби: 1. Таанышуу 2. Укуктар', 'utf8');
    const uploaded = await upload(coordinator, id, 'Күн тартиби.txt', content);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.size).toBe(content.length);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/activities/${id}/materials/${uploaded.body.id}`,
      headers: { cookie: coordinator.cookie },
    });
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('Күн тартиби.txt'));
    const tooLarge = await upload(coordinator, id, 'big.bin', Buffer.alloc(5 * 1024 * 1024 + 10));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toContain('МБ');
    expect((await coordinator.delete(`/api/activities/${id}/materials/${uploaded.body.id}`)).status).toBe(
      204,
    );
    expect((await coordinator.get(`/api/activities/${id}`)).body.materials).toEqual([]);
  });

  it('lists those who completed the training as facilitators, and records a monitoring visit of one', async () => {
    const refused = await coordinator.post('/api/monitoring-visits', {
      organisationId: centre,
      facilitatorId: persons.chynara,
      visitedOn: '2026-04-10',
    });
    expect(refused.status).toBe(400);
    const qorgan = await t.signIn('qorgan.admin@birge.test');
    const theirs = await qorgan.post('/api/activities', {
      ...training({ trainsFacilitators: false }),
      organisationId: await t.organisationId('Қорған-М'),
    });
    const elsewhere = await coordinator.post('/api/monitoring-visits', {
      organisationId: centre,
      facilitatorId: persons.aigul,
      visitedOn: '2026-04-10',
      activityId: theirs.body.id,
    });
    expect(Object.keys(elsewhere.body.error.fields)).toEqual(['activityId']);
    const visit = await coordinator.post('/api/monitoring-visits', {
      organisationId: centre,
      facilitatorId: persons.aigul,
      visitedOn: '2026-04-10',
      activityId: id,
      findings: 'Группа вовлечена, материалы доступны',
      score: 4,
      followUpNeeded: true,
    });
    expect(visit.status).toBe(201);
    const { body } = await coordinator.get('/api/facilitators');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      id: persons.aigul,
      trainings: [{ activityId: id, completedOn: '2026-03-04' }],
      visits: [{ visitedOn: '2026-04-10', score: 4, followUpNeeded: true }],
    });
  });

  it('is changed at the version it was read, and a stale change is refused', async () => {
    const { body } = await coordinator.get(`/api/activities/${id}`);
    const changed = await coordinator.patch(`/api/activities/${id}`, {
      status: 'held',
      version: body.version,
    });
    expect(changed.status).toBe(200);
    const stale = await coordinator.patch(`/api/activities/${id}`, {
      status: 'cancelled',
      version: body.version,
    });
    expect(stale.status).toBe(409);
    expect((await coordinator.get(`/api/activities/${id}`)).body.status).toBe('held');
  });

  it('lets a co-organiser keep attendance but not change who organises it', async () => {
    const rehab = await t.organisationId('Городской реабилитационный центр');
    const lagBishkek = await t.organisationId('Локальная инициативная группа');
    const shared = await coordinator.post('/api/activities', {
      ...training({ capacity: null, trainsFacilitators: false }),
      type: 'workshop',
      coOrganiserIds: [lagBishkek],
    });
    const partner = await t.signIn('coordinator@birge.test');
    const seen = await partner.get(`/api/activities/${shared.body.id}`);
    expect(seen.body.abilities).toMatchObject({ read: true, recordAttendance: true });
    const listed = (await partner.get('/api/activities')).body.items.map((a: { id: string }) => a.id);
    expect(listed).toEqual([shared.body.id]);
    const counts = await partner.request('PUT', `/api/activities/${shared.body.id}/attendance-counts`, {
      rows: [{ sex: 'male', ageBand: '30-59', disability: 'no', count: 4 }],
    });
    expect(counts.status).toBe(200);
    const organisers = await partner.patch(`/api/activities/${shared.body.id}`, {
      coOrganiserIds: [lagBishkek, rehab],
      version: seen.body.version,
    });
    expect(organisers.status).toBe(403);
  });

  it('is closed to another organisation: not shown, not changed', async () => {
    const outsider = await t.signIn('qorgan.admin@birge.test');
    expect((await outsider.get(`/api/activities/${id}`)).status).toBe(404);
    const theirs = (await outsider.get('/api/activities')).body.items.map((a: { id: string }) => a.id);
    expect(theirs).not.toContain(id);
    expect((await outsider.patch(`/api/activities/${id}`, { status: 'held', version: 1 })).status).toBe(404);
    expect((await outsider.get('/api/facilitators')).body.items).toEqual([]);
  });
});
