import { jobSeekerProfiles, persons, regions } from '@birge/db';
import { type Actor, type MatchVacancy, matchCandidate } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/harness';
import { demoJobProfile } from '../demo/demo-job-profiles';
import { demoPerson } from '../demo/demo-persons';
import { seededRandom } from '../demo/random';
import { candidatePage } from './candidate-queries';

let t: TestApp;
let coordinator: Client;
let employer: Client;
let actor: Actor;
let lag: string;
let vacancyId: string;
const region: Record<'bishkek' | 'chui' | 'osh' | 'alamedin', string> = {
  bishkek: '',
  chui: '',
  osh: '',
  alamedin: '',
};
type Profile = typeof jobSeekerProfiles.$inferSelect;
let profiles: Profile[] = [];
const hidden = new Set<string>();

/** Sixty job seekers of the Bishkek group, drawn like the field records them; three a bakery must never see. */
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn('coordinator@birge.test', 'ru');
  employer = await t.signIn('employer@birge.test', 'ky');
  const session = (await coordinator.get('/api/session')).body;
  lag = session.memberships[0].organisationId;
  actor = { userId: session.user.id, platformAdmin: false, memberships: session.memberships };
  const code = async (c: string) =>
    (await t.db.select().from(regions).where(eq(regions.code, c)))[0]?.id ?? '';
  region.bishkek = await code('KG-GB');
  region.chui = await code('KG-C');
  region.osh = await code('KG-GO');
  region.alamedin =
    (await t.db.select().from(regions).where(eq(regions.parentId, region.chui)))[0]?.id ?? region.chui;
  const random = seededRandom(6);
  const now = new Date();
  const reachable = Object.values(region);
  const people = Array.from({ length: 60 }, (_, i) =>
    demoPerson(
      random,
      { id: lag, regionId: random.pick(reachable), country: 'KG', languages: ['ky'] },
      i < 2,
      now,
    ),
  );
  await t.db.insert(persons).values(people);
  const [merged, into] = people.slice(2, 4);
  if (merged && into)
    await t.db.update(persons).set({ mergedIntoId: into.id }).where(eq(persons.id, merged.id));
  for (const p of people.slice(0, 3)) hidden.add(p.id);
  profiles = await t.db
    .insert(jobSeekerProfiles)
    .values(
      people.map((p, i) => {
        const profile = demoJobProfile(random, p, reachable, random.chance(0.7) ? '2026-01-10' : null);
        // Own words in capitals meet the vacancy's in any case, in the database as in the domain.
        return i === 5
          ? {
              ...profile,
              skills: ['ВЯЗАНИЕ', 'Baking', 'Шитьё, "кийиз" \\ курак'],
              readiness: 'ready' as const,
            }
          : profile;
      }),
    )
    .returning();
  await coordinator.request('PUT', `/api/employers/${await t.organisationId('Нан-Ай')}`, {
    keeperOrganisationId: lag,
    headcount: 40,
    employeesWithDisabilities: 1,
  });
  vacancyId = (
    await coordinator.post('/api/vacancies', {
      employerId: await t.organisationId('Нан-Ай'),
      publisherOrganisationId: lag,
      title: 'Помощник пекаря',
      regionId: region.bishkek,
      sector: 'food',
      hours: 'part_time',
      currency: 'KGS',
      skills: ['baking', 'customer_service', 'sales'],
      accommodationsOffered: ['job_coach', 'accessible_workplace'],
    })
  ).body.id;
});
afterAll(() => t.close());

const vacancies: [string, MatchVacancy][] = [
  [
    'with skills, in a district, flexible hours offered',
    {
      skills: ['baking', 'Вязание', 'computer_basics'],
      regionIds: [],
      hours: 'full_time',
      sector: 'food',
      accommodationsOffered: ['flexible_hours', 'job_coach'],
    },
  ],
  [
    'bringing its workers, with sign language',
    {
      skills: ['sewing', 'шитьё, "КИЙИЗ" \\ курак'],
      regionIds: [],
      hours: 'shifts',
      sector: null,
      accommodationsOffered: ['transport', 'sign_language'],
    },
  ],
  [
    'asking nothing, with flexible hours',
    { skills: [], regionIds: [], hours: 'flexible', sector: 'retail', accommodationsOffered: [] },
  ],
];

describe('candidates for a vacancy, ranked by the database', () => {
  it.each(vacancies)('score as the domain scores them: a vacancy %s', async (_, shape) => {
    const vacancy = { ...shape, regionIds: [region.alamedin, region.chui] };
    const seen: string[] = [];
    for (const excluded of [false, true]) {
      const found = await candidatePage(t.db, actor, false, vacancy, { excluded, limit: 200 });
      expect(found.total).toBe(found.items.length);
      expect(found.total).toBeGreaterThan(0);
      for (const row of found.items) {
        const match = matchCandidate(row, vacancy);
        expect([row.id, row.score, match.excluded]).toEqual([row.id, match.score, excluded]);
        seen.push(row.id);
      }
    }
    const pool = profiles.filter((p) => p.readiness !== 'working' && !hidden.has(p.personId));
    const capitals = profiles[5] && matchCandidate(profiles[5], vacancy).parts[0];
    if (shape.skills.includes('Вязание')) expect(capitals?.values).toEqual({ matched: 2, required: 3 });
    if (shape.skills.includes('sewing')) expect(capitals?.values).toMatchObject({ matched: 1 });
    expect(seen.sort()).toEqual(pool.map((p) => p.id).sort());
  });

  it('pages through every candidate once, best first, ties in a stable order', async () => {
    const all = (await coordinator.get(`/api/vacancies/${vacancyId}/candidates?limit=100`)).body;
    expect(all.total).toBeGreaterThan(20);
    const paged: { profileId: string; match: { score: number } }[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: typeof paged; total: number; nextCursor: string | null } = (
        await coordinator.get(
          `/api/vacancies/${vacancyId}/candidates?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).body;
      expect(page.total).toBe(all.total);
      paged.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(paged.map((c) => c.profileId)).toEqual(all.items.map((c: { profileId: string }) => c.profileId));
    const keys = paged.map((c) => [-c.match.score, c.profileId].join(' '));
    expect(keys).toEqual(
      [...keys].sort((a, b) => Number(a.split(' ')[0]) - Number(b.split(' ')[0]) || a.localeCompare(b)),
    );
  });

  it('shows an employer only the adults who consented and are not at work, never one a rule excludes', async () => {
    const { body } = await employer.get(`/api/vacancies/${vacancyId}/candidates?limit=100`);
    const { vacancy } = (await coordinator.get(`/api/vacancies/${vacancyId}`)).body;
    const target: MatchVacancy = {
      skills: vacancy.skills,
      regionIds: [region.bishkek],
      hours: vacancy.hours,
      sector: vacancy.sector,
      accommodationsOffered: vacancy.accommodationsOffered,
    };
    const expected = profiles.filter(
      (p) =>
        p.consentGivenOn &&
        p.readiness !== 'working' &&
        !hidden.has(p.personId) &&
        !matchCandidate(p, target).excluded,
    );
    expect(body.total).toBe(expected.length);
    expect(body.items.map((c: { profile: { profileId: string } }) => c.profile.profileId).sort()).toEqual(
      expected.map((p) => p.id).sort(),
    );
    expect(JSON.stringify(body)).not.toContain('"excluded":true');
  });

  it('refuses a cursor it did not give', async () => {
    const forged = Buffer.from(JSON.stringify([90, 'not-an-id'])).toString('base64url');
    const { status } = await coordinator.get(`/api/vacancies/${vacancyId}/candidates?cursor=${forged}`);
    expect(status).toBe(400);
  });
});

describe('the job seekers and vacancies lists', () => {
  it('page with a cursor, none lost or repeated', async () => {
    for (const [list, total] of [
      ['/api/job-seekers', 57],
      ['/api/vacancies', 1],
    ] as const) {
      const seen: string[] = [];
      let cursor = '';
      do {
        const { body } = await coordinator.get(`${list}?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...body.items.map((i: { id: string }) => i.id));
        cursor = body.nextCursor ?? '';
      } while (cursor);
      expect([list, new Set(seen).size, seen.length]).toEqual([list, total, total]);
    }
  });
});
