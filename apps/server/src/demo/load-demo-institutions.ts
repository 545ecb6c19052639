import { careInstitutions, institutionCounts, reorganisationMilestones, type Transaction } from '@birge/db';
import type { InstitutionAgeBand } from '@birge/domain';
import { audited } from './audited';
import { splitTotal } from './demo-split';
import type { DemoSetting } from './load-demo';
import type { Random } from './random';

/**
 * The three institutions of Chüy: children at the start, children who leave, how old they are, and the share
 * of their children counted in another age band than the main one.
 */
const institutions: {
  key: string;
  capacity: number;
  start: number;
  leaving: number;
  ages: readonly [number, number];
  other: [InstitutionAgeBand, number] | null;
}[] = [
  { key: 'institutionKant', capacity: 120, start: 95, leaving: 82, ages: [5, 17], other: ['18-29', 0.1] },
  { key: 'institutionTokmok', capacity: 80, start: 68, leaving: 60, ages: [0, 4], other: null },
  {
    key: 'institutionBelovodskoe',
    capacity: 100,
    start: 88,
    leaving: 78,
    ages: [4, 17],
    other: ['0-4', 0.15],
  },
];
const programmeStart = '2018-07-01';
const programmeEnd = '2021-06-25';
/** The days the institutions counted their children: the programme's start, each new year, its end. */
const countDays = [programmeStart, '2019-01-01', '2020-01-01', '2021-01-01', programmeEnd];
function dayBetween(random: Random, from: string, to: string): string {
  const start = Date.parse(from);
  return new Date(start + random.next() * (Date.parse(to) - start)).toISOString().slice(0, 10);
}

/** One institution's children on a day, by sex, disability and age band: numbers only, no names. */
function countRows(
  random: Random,
  institution: (typeof institutions)[number],
  institutionId: string,
  countedOn: string,
  children: number,
) {
  const main: InstitutionAgeBand = institution.ages[1] <= 4 ? '0-4' : '5-17';
  const groups = splitTotal(random, children, 4);
  return (['female', 'male'] as const).flatMap((sex, s) =>
    (['yes', 'no'] as const).flatMap((disability, d) => {
      const inGroup = groups[s * 2 + d] ?? 0;
      const bands: [InstitutionAgeBand, number][] = [[main, inGroup]];
      if (institution.other) {
        const [band, share] = institution.other;
        const other = Math.floor(inGroup * share);
        bands.splice(0, 1, [main, inGroup - other], [band, other]);
      }
      return bands.map(([ageBand, n]) => ({
        institutionId,
        countedOn,
        ageBand,
        sex,
        disability,
        children: n,
      }));
    }),
  );
}

/** A child leaving an institution: the day, the institution, and the ages of its children. */
export type Departure = { startedOn: string; institutionId: string; ages: readonly [number, number] };

/**
 * The three institutions of Chüy registered for reorganisation with their plans, their children counted on each
 * count day as the 220 leave them for families: the departures, in the order they happened, for the placements.
 */
export async function loadDemoInstitutions(
  tx: Transaction,
  random: Random,
  setting: DemoSetting,
  programmeId: string | null,
): Promise<Departure[]> {
  const departures: Departure[] = [];
  for (const institution of institutions) {
    const organisationId = setting.orgId(institution.key);
    const [row] = await tx
      .insert(careInstitutions)
      .values({
        organisationId,
        capacity: institution.capacity,
        targetChildrenLeaving: institution.leaving,
        targetDate: programmeEnd,
        programmeId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audited(tx, 'care_institution', row, organisationId);
    await tx.insert(reorganisationMilestones).values(
      (
        [
          ['staff_retrained', 'Персонал переобучен для работы с семьями', '2019-03-01', '2019-02-20'],
          ['admissions_stopped', 'Приём новых детей прекращён', '2019-06-01', '2019-05-28'],
          ['community_service_opened', 'Открыт центр дневного пребывания', '2020-09-01', '2020-11-10'],
          ['building_repurposed', 'Здание передано под реабилитационный центр', '2021-06-01', null],
        ] as const
      ).map(([kind, title, dueOn, doneOn]) => ({ institutionId: row.id, kind, title, dueOn, doneOn })),
    );

    const leftOn = Array.from({ length: institution.leaving }, () =>
      dayBetween(random, '2018-09-01', '2021-06-20'),
    ).sort();
    for (const day of countDays) {
      const remaining = institution.start - leftOn.filter((d) => d < day).length;
      await tx.insert(institutionCounts).values(countRows(random, institution, row.id, day, remaining));
    }
    departures.push(
      ...leftOn.map((startedOn) => ({ startedOn, institutionId: row.id, ages: institution.ages })),
    );
  }
  return departures.sort((a, b) => a.startedOn.localeCompare(b.startedOn));
}
