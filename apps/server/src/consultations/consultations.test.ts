import { cases, consents, consultations, domainEvents, persons } from '@birge/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, askQuestion } from '../../test/consultation-fixtures';
import { type Client, createTestApp, type TestApp } from '../../test/harness';
import { consultationFigures } from './consultation-figures';

let t: TestApp;
let expert: Client;
let colleague: Client;
let admin: Client;
let stranger: Client;
let qorgan: string;
let colleagueId: string;

beforeAll(async () => {
  t = await createTestApp();
  qorgan = await t.organisationId('Қорған-М');
  colleagueId = await addAccount(t.db, 'lawyer@birge.test', qorgan, ['expert']);
  const janyryk = await t.organisationId('Жаңырык — национальная');
  await addAccount(t.db, 'janyryk.expert@birge.test', janyryk, ['expert', 'coordinator']);
  expert = await t.signIn('expert@birge.test', 'kk');
  colleague = await t.signIn('lawyer@birge.test', 'ru');
  admin = await t.signIn('qorgan.admin@birge.test', 'ru');
  stranger = await t.signIn('janyryk.expert@birge.test', 'ky');
});
afterAll(() => t.close());

describe('the expert desk', () => {
  it('walks a question from the queue to a case and closure', async () => {
    const question = await askQuestion(t.db, {
      text: 'Балам мүгедек, мектепке қабылдамай жатыр. Не істеу керек?',
      topic: 'education',
      language: 'kk',
    });
    const other = await askQuestion(t.db, { text: 'Как получить пособие по уходу?', topic: 'benefits' });

    // The queue: by topic and language, with waiting times and the target.
    const queue = await expert.get('/api/consultations?topic=education&language=kk');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((c: { id: string }) => c.id === question.id);
    expect(item).toMatchObject({ status: 'waiting', topic: 'education', overdue: false, expertId: null });
    expect(item.waitingMinutes).toBe(0);
    expect(new Date(item.dueAt).getTime() - new Date(item.waitingSince).getTime()).toBe(72 * 3_600_000);
    expect(queue.body.items.map((c: { id: string }) => c.id)).not.toContain(other.id);

    // Overdue is flagged: a question waiting since three days ago.
    await t.db
      .update(consultations)
      .set({ waitingSince: sql`now() - interval '3 days'` })
      .where(eq(consultations.id, other.id));
    const overdue = await expert.get('/api/consultations?overdue=true');
    expect(overdue.body.items.map((c: { id: string; overdue: boolean }) => [c.id, c.overdue])).toEqual([
      [other.id, true],
    ]);

    // Claim, note, hand over.
    const claimed = await expert.post(`/api/consultations/${question.id}/claim`, { version: 1 });
    expect(claimed.body).toMatchObject({
      status: 'in_progress',
      expertId: await t.userId('expert@birge.test'),
    });
    expect((await colleague.post(`/api/consultations/${question.id}/claim`, { version: 2 })).status).toBe(
      403,
    );
    const note = await expert.post(`/api/consultations/${question.id}/notes`, {
      text: 'Мектеп директорымен сөйлесу керек.',
    });
    expect(note.status).toBe(201);
    const handed = await expert.post(`/api/consultations/${question.id}/handover`, {
      expertId: colleagueId,
      note: 'Заңгер қарасын.',
      version: 2,
    });
    expect(handed.body.expertId).toBe(colleagueId);
    // The first expert no longer holds it; the colleague answers.
    expect(
      (await expert.post(`/api/consultations/${question.id}/answers`, { text: 'Жауап', version: 3 })).status,
    ).toBe(403);
    const answered = await colleague.post(`/api/consultations/${question.id}/answers`, {
      text: 'Мектеп баланы қабылдауға міндетті. Білім бөліміне жазбаша өтініш беріңіз.',
      version: 3,
    });
    expect(answered.status).toBe(201);
    expect(answered.body.consultation.status).toBe('answered');
    const [event] = await t.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'consultation.answered'));
    expect(event?.payload).toEqual({ consultationId: question.id, messageId: answered.body.message.id });

    // The thread holds the notes for the desk.
    const detail = await colleague.get(`/api/consultations/${question.id}`);
    expect(detail.body.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'person',
      'note',
      'note',
      'expert',
    ]);
    expect(detail.body.experts.map((e: { id: string }) => e.id)).toContain(colleagueId);
    expect(detail.body.abilities).toMatchObject({ answer: true, close: true, claim: false });

    // Escalate to a case: register the person with the consent they gave.
    const escalated = await colleague.post(`/api/consultations/${question.id}/escalation`, {
      person: { familyName: 'Серікова', givenName: 'Айгерім', sex: 'female', birthDate: '1988-02-03' },
      consent: { givenBy: 'person', method: 'verbal', givenOn: '2026-06-01' },
      caseKind: 'disability_support',
      summary: 'Мектепке қабылдау',
      version: 4,
    });
    expect(escalated.status).toBe(201);
    const [person] = await t.db.select().from(persons).where(eq(persons.id, escalated.body.personId));
    expect(person).toMatchObject({ ownerOrganisationId: qorgan, familyName: 'Серікова' });
    const [opened] = await t.db.select().from(cases).where(eq(cases.id, escalated.body.caseId));
    expect(opened).toMatchObject({ personId: person?.id, organisationId: qorgan });
    const personConsents = await t.db
      .select()
      .from(consents)
      .where(eq(consents.personId, person?.id ?? ''));
    expect(personConsents.map((c) => [c.purpose, c.method])).toEqual([['registration', 'verbal']]);
    expect(escalated.body.consultation).toMatchObject({ personId: person?.id, caseId: opened?.id });

    // Escalating another question for the same person finds them instead of registering again.
    const again = await askQuestion(t.db, { text: 'Ещё вопрос о школе', topic: 'education' });
    const linked = await colleague.post(`/api/consultations/${again.id}/escalation`, {
      personId: person?.id,
      consent: { givenBy: 'person', method: 'verbal', givenOn: '2026-06-02' },
      version: 1,
    });
    expect(linked.status).toBe(201);
    expect(linked.body.personId).toBe(person?.id);

    const closed = await admin.post(`/api/consultations/${question.id}/closure`, { version: 5 });
    expect(closed.body.status).toBe('closed');
    expect(
      (await colleague.post(`/api/consultations/${question.id}/answers`, { text: 'Ещё', version: 6 })).status,
    ).toBe(403);
  });

  it('keeps another organisation’s experts and the platform out', async () => {
    const question = await askQuestion(t.db, { text: 'Сколько составляет пенсия по инвалидности?' });
    expect((await stranger.get(`/api/consultations/${question.id}`)).status).toBe(404);
    expect((await stranger.post(`/api/consultations/${question.id}/claim`, { version: 1 })).status).toBe(404);
    const queue = await stranger.get('/api/consultations?view=all&limit=200');
    expect(queue.body.items).toEqual([]);
    const platform = await t.signIn('admin@birge.test');
    expect((await platform.get(`/api/consultations/${question.id}`)).status).toBe(404);
    // A coordinator of the holder sees the desk but does not answer.
    expect((await admin.get(`/api/consultations/${question.id}`)).body.abilities).toMatchObject({
      read: true,
      answer: false,
      claim: false,
      close: true,
    });
    expect(
      (await admin.post(`/api/consultations/${question.id}/answers`, { text: 'Не эксперт', version: 1 }))
        .status,
    ).toBe(403);
  });

  it('counts consultations in the figures', async () => {
    const from = new Date(Date.now() - 86_400_000);
    const to = new Date(Date.now() + 86_400_000);
    const figures = await consultationFigures(t.db, { from, to, organisationId: qorgan });
    expect(figures.total).toBeGreaterThanOrEqual(4);
    expect(figures.byTopic.education).toBe(2);
    expect(figures.byChannel.web).toBe(figures.total);
    expect(figures.byStatus.closed).toBe(1);
    expect(figures.medianResponseMinutes).toBeGreaterThanOrEqual(0);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const viaApi = await admin.get(
      `/api/consultations/figures?organisationId=${qorgan}&from=${day(from)}&to=${day(to)}`,
    );
    expect(viaApi.body.total).toBe(figures.total);
    expect(
      (
        await stranger.get(
          `/api/consultations/figures?organisationId=${qorgan}&from=${day(from)}&to=${day(to)}`,
        )
      ).status,
    ).toBe(403);
  });
});
