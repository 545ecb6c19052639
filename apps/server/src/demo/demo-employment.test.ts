import { programmes } from '@birge/db';
import type { IndicatorDefinition } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, platformActor, type TestApp } from '../../test/harness';
import { indicatorValues } from '../indicators/indicator-values';
import { demoProgrammes } from './demo-programmes';

let t: TestApp;
let bakeryVacancy: string;

beforeAll(async () => {
  t = await createTestApp({}, { people: true });
  const coordinator = await t.signIn('coordinator@birge.test');
  const { body } = await coordinator.get('/api/vacancies?status=open');
  bakeryVacancy = body.items.find((v: { title: string }) => v.title === 'Помощник пекаря').id;
}, 180_000);
afterAll(() => t.close());

describe('the demo’s employment', () => {
  it.each(['caseworker@birge.test', 'supervisor@birge.test'])(
    'gives %s the centre’s job seekers as candidates for the bakery, with those proposed',
    async (email) => {
      const worker = await t.signIn(email);
      const { body } = await worker.get(`/api/vacancies/${bakeryVacancy}/candidates`);
      expect(body.total).toBeGreaterThan(3);
      expect(body.items[0]).toMatchObject({ consented: true, givenName: expect.any(String) });
      expect(body.items.filter((c: { proposal: string | null }) => c.proposal !== null).length).toBe(4);
      const vacancy = await worker.get(`/api/vacancies/${bakeryVacancy}`);
      expect(vacancy.body.proposals.map((p: { note: string }) => p.note)).toContain(
        'Жумуш коучу биринчи айда жанында болот.',
      );
    },
  );

  it('shows the bakery’s staff the candidates proposed, most of them answered', async () => {
    const employer = await t.signIn('employer@birge.test');
    const { body } = await employer.get(`/api/vacancies/${bakeryVacancy}`);
    expect(body.proposals.map((p: { status: string }) => p.status).sort()).toEqual([
      'declined',
      'hired',
      'invited',
      'proposed',
    ]);
    expect(body.proposals.every((p: { personId: null; note: string }) => !p.personId && !p.note)).toBe(true);
    expect((await employer.get(`/api/vacancies/${bakeryVacancy}/candidates`)).body.total).toBeGreaterThan(3);
  });

  it('counts the villagers’ retention at six months as one cohort, missing follow-ups apart', async () => {
    const [programme] = await t.db
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.iatiIdentifier, demoProgrammes.villagersEmployment.iatiIdentifier));
    const due = (retention?: string[]): IndicatorDefinition => ({
      measure: 'count',
      source: 'placements.due',
      filters: {
        programmeId: programme?.id ?? '',
        attributes: { months: ['6'], ...(retention ? { retention } : {}) },
      },
    });
    const periods = [2023, 2024, 2025].map((y) => ({ start: `${y}-01-01`, end: `${y + 1}-01-01` }));
    const values = async (d: IndicatorDefinition) =>
      (await indicatorValues(t.db, platformActor, { definition: d, periods })).map((v) => v.value ?? 0);
    const [all, retained, left, missing] = [
      await values(due()),
      await values(due(['retained'])),
      await values(due(['left'])),
      await values(due(['missing'])),
    ];
    expect(all.reduce((a, b) => a + b, 0)).toBeGreaterThan(15);
    all.forEach((n, year) => {
      expect(retained[year]).toBeLessThanOrEqual(n);
      expect((retained[year] ?? 0) + (left[year] ?? 0) + (missing[year] ?? 0)).toBe(n);
    });
  });
});
