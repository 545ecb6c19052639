import {
  type DifficultyAnswer,
  isChild,
  personNameKey,
  phoneKey,
  type ShortSetAnswers,
  shortSetDomains,
} from '@birge/domain';
import { kazakhNames, kyrgyzNames, type NamePool, russianNames } from './names';
import type { Random } from './random';

export type DemoPerson = {
  id: string;
  ownerOrganisationId: string;
  familyName: string;
  givenName: string;
  patronymic: string;
  latinName: string;
  sex: 'female' | 'male';
  birthDate: string | null;
  birthYear: number | null;
  regionId: string | null;
  phones: string[];
  languages: string[];
  disabilityStatus: string;
  tags: string[];
  nameKey: string;
  phoneKeys: string[];
};

const pools: Record<'ky' | 'kk' | 'ru', NamePool> = { ky: kyrgyzNames, kk: kazakhNames, ru: russianNames };

function birth(random: Random, child: boolean, now: Date) {
  const age = child ? random.int(2, 17) : random.int(18, 68);
  const year = now.getUTCFullYear() - age - (random.chance(0.5) ? 1 : 0);
  // Some registers know only the year a person was born.
  if (random.chance(0.12)) return { birthDate: null, birthYear: year };
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return { birthDate: `${year}-${month}-${day}`, birthYear: null };
}

function phone(random: Random, country: 'KG' | 'KZ') {
  return country === 'KG'
    ? `+996 ${random.pick(['555', '700', '772', '505', '999'])} ${random.int(100, 999)} ${random.int(100, 999)}`
    : `+7 ${random.pick(['701', '705', '747', '777'])} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`;
}

/** An invented person with names of the language the organisation works in. */
export function demoPerson(
  random: Random,
  organisation: { id: string; regionId: string | null; country: 'KG' | 'KZ'; languages: readonly string[] },
  child: boolean,
  now: Date,
): DemoPerson {
  const language =
    organisation.country === 'KZ'
      ? random.pick(['kk', 'kk', 'ru'] as const)
      : random.pick(['ky', 'ky', 'ky', 'ru'] as const);
  const pool = pools[language];
  const sex = random.chance(0.5) ? 'female' : 'male';
  const familyName = random.pick(sex === 'male' ? pool.familyMale : pool.familyFemale);
  const givenName = random.pick(sex === 'male' ? pool.givenMale : pool.givenFemale);
  const patronymic = pool.patronymic(random.pick(pool.fathers), sex);
  const born = birth(random, child, now);
  const phones = child && random.chance(0.7) ? [] : [phone(random, organisation.country)];
  const isKid = isChild(born, now.toISOString().slice(0, 10));
  const disabilityStatus = isKid
    ? random.pick(['child_with_disabilities', 'child_with_disabilities', 'none'])
    : random.pick(['group_1', 'group_2', 'group_2', 'group_3', 'group_3', 'none']);
  return {
    id: crypto.randomUUID(),
    ownerOrganisationId: organisation.id,
    familyName,
    givenName,
    patronymic,
    latinName: random.chance(0.4) ? pool.latin(`${givenName} ${familyName}`) : '',
    sex,
    ...born,
    regionId: organisation.regionId,
    phones,
    languages: [language],
    disabilityStatus,
    tags: isKid ? ['child'] : random.chance(0.3) ? ['job_seeker'] : random.chance(0.2) ? ['trainee'] : [],
    nameKey: personNameKey({ familyName, givenName, patronymic }),
    phoneKeys: phones.map(phoneKey),
  };
}

/** Washington Group answers at the prevalence these organisations see: most people they serve have a difficulty. */
export function demoShortSetAnswers(random: Random, likelyDifficulty: boolean): ShortSetAnswers {
  const answers = Object.fromEntries(shortSetDomains.map((d) => [d, 'no_difficulty'])) as Record<
    string,
    DifficultyAnswer
  >;
  for (const domain of shortSetDomains) {
    if (random.chance(0.25)) answers[domain] = 'some_difficulty';
  }
  if (likelyDifficulty) {
    answers[random.pick(shortSetDomains)] = random.pick([
      'a_lot_of_difficulty',
      'a_lot_of_difficulty',
      'cannot_do_at_all',
    ]);
  }
  return answers as ShortSetAnswers;
}
