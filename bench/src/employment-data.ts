import { accommodations, sectors, skills, workHours } from '@birge/domain';
import { demoJobProfile, seededRandom } from '@birge/server/demo';
import type { PoolClient } from 'pg';
import { copyRows } from './copy-rows';

type Organisation = { id: string; regionId: string; country: 'KG' | 'KZ' };

/** Employment draws from its own seed, so adding it leaves the persons and cases of a size as they were. */
const random = seededRandom(6_000);
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * About one adult in twenty is a job seeker with a profile, most of them consenting to be shown to employers;
 * each can reach their own region and now and then one more of their country.
 */
export function jobSeekersAmong(
  batch: { id: string; regionId: string | null; child: boolean; country: 'KG' | 'KZ' }[],
  regionsOf: Record<'KG' | 'KZ', string[]>,
) {
  return batch
    .filter((person) => !person.child && random.chance(0.05))
    .map((person) => {
      const p = demoJobProfile(
        random,
        person,
        regionsOf[person.country],
        random.chance(0.8) ? iso(random.int(1, 700)) : null,
      );
      return [
        p.personId,
        p.education,
        p.skills,
        p.sectors,
        p.hours,
        p.regionIds,
        p.accommodationsNeeded,
        p.readiness,
        p.consentGivenOn,
        p.consentGivenBy,
      ];
    });
}

export const jobSeekerColumns = [
  'person_id',
  'education',
  'skills',
  'sectors',
  'hours',
  'region_ids',
  'accommodations_needed',
  'readiness',
  'consent_given_on',
  'consent_given_by',
];

/** A few items of a list, each once. */
function some<T>(items: readonly T[], from: number, to: number): T[] {
  const chosen = new Set<T>();
  for (let n = random.int(from, to); n > 0; n--) chosen.add(random.pick(items));
  return [...chosen];
}

/**
 * Employers where the organisations are (one for every two thousand persons), each kept by an organisation of
 * its region that publishes its two open vacancies.
 */
export async function copyEmployers(client: PoolClient, total: number, keepers: Organisation[]) {
  const employers = Array.from({ length: Math.max(10, Math.round(total / 2000)) }, (_, i) => {
    const keeper = random.pick(keepers);
    return { id: crypto.randomUUID(), name: `Employer ${i + 1}`, keeper, headcount: random.int(5, 600) };
  });
  await copyRows(
    client,
    'organisations',
    ['id', 'name', 'type', 'region_id', 'languages', 'accessibility'],
    employers.map((e) => [
      e.id,
      e.name,
      'employer',
      e.keeper.regionId,
      e.keeper.country === 'KZ' ? ['kk', 'ru'] : ['ky', 'ru'],
      {},
    ]),
  );
  await copyRows(
    client,
    'employer_details',
    [
      'organisation_id',
      'keeper_organisation_id',
      'sector',
      'headcount',
      'employees_with_disabilities',
      'premises',
    ],
    employers.map((e) => [
      e.id,
      e.keeper.id,
      random.pick(sectors),
      e.headcount,
      Math.round(e.headcount * random.next() * 0.04),
      { stepFreeEntrance: random.chance(0.5) },
    ]),
  );
  const vacancies = employers.flatMap((e) =>
    [0, 1].map(() => [
      crypto.randomUUID(),
      e.id,
      e.keeper.id,
      `Vacancy of ${e.name}`,
      e.keeper.regionId,
      random.pick(sectors),
      random.pick(workHours),
      e.keeper.country === 'KZ' ? 'KZT' : 'KGS',
      some(skills, 1, 3),
      some(accommodations, 0, 3),
      'open',
    ]),
  );
  await copyRows(
    client,
    'vacancies',
    [
      'id',
      'employer_id',
      'publisher_organisation_id',
      'title',
      'region_id',
      'sector',
      'hours',
      'currency',
      'skills',
      'accommodations_offered',
      'status',
    ],
    vacancies,
  );
  return { employers: employers.map((e) => e.id), vacancies: vacancies.length };
}
