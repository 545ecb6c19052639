import {
  accommodations,
  educationLevels,
  essentialAccommodations,
  type ReadinessStage,
  sectors,
  skills,
  workHours,
} from '@birge/domain';
import type { Random } from './random';

/** Skills written in the person's own words, as case workers type them. */
const ownWords = ['Кийиз басуу', 'вязание', 'Токуу', 'Ремонт телефонов', 'Шырдак'];

/** Accommodations as often as they are needed: the essential ones, which exclude a match, more rarely. */
const needed = [
  ...accommodations.filter((a) => !essentialAccommodations.includes(a)),
  ...accommodations.filter((a) => !essentialAccommodations.includes(a)),
  ...essentialAccommodations,
];

/** A few items of a list, each once. */
function some<T>(random: Random, items: readonly T[], from: number, to: number): T[] {
  const chosen = new Set<T>();
  for (let n = random.int(from, to); n > 0; n--) chosen.add(random.pick(items));
  return [...chosen];
}

/**
 * A job seeker's profile as the field records them: skills mostly from the shared list, now and then in the
 * person's own words; the regions they can reach (their own, sometimes one more, sometimes not recorded);
 * accommodations needed by about half, a few of them the essential ones; readiness from exploring to working.
 */
export function demoJobProfile(
  random: Random,
  person: { id: string; regionId: string | null },
  reachable: readonly string[],
  consentOn: string | null,
  readiness: ReadinessStage = random.pick(['exploring', 'training', 'ready', 'ready', 'ready', 'working']),
) {
  const regionIds = random.chance(0.1)
    ? []
    : [
        ...new Set([
          ...(person.regionId ? [person.regionId] : []),
          ...(reachable.length && random.chance(0.2) ? [random.pick(reachable)] : []),
        ]),
      ];
  return {
    personId: person.id,
    education: random.pick(educationLevels),
    skills: [...some(random, skills, 1, 4), ...(random.chance(0.1) ? [random.pick(ownWords)] : [])],
    sectors: some(random, sectors, 0, 2),
    hours: some(random, workHours, 0, 2),
    regionIds,
    accommodationsNeeded: random.chance(0.5) ? some(random, needed, 1, 2) : [],
    readiness,
    consentGivenOn: consentOn,
    consentGivenBy: consentOn ? ('person' as const) : null,
  };
}
