import { nameKey } from './name-key';
import { phoneKey } from './phone-key';
import { similarity } from './trigram';

export type PersonToMatch = {
  readonly familyName: string;
  readonly givenName: string;
  readonly patronymic?: string | undefined;
  /** YYYY-MM-DD */
  readonly birthDate?: string | undefined;
  /** When only the year is known, as often for people registered from a relative's account. */
  readonly birthYear?: number | undefined;
  readonly phones: readonly string[];
};

export const matchReasonCodes = [
  'same_name',
  'similar_name',
  'same_birth_date',
  'same_birth_year',
  'same_phone',
] as const;
export type MatchReason = (typeof matchReasonCodes)[number];

/**
 * Two name parts whose keys reach this trigram similarity are taken as the same name misspelt. Tuned on the
 * tests: the closest different names there (Жанар / Жаннат 0.50, Асель / Асем 0.43, Нурлан / Нуржан 0.40)
 * stay below it; a gendered family name (Маматов / Маматова 0.70) and a typo in a long name reach it.
 * Short given names one letter apart fall below it too: for them only an equal key counts.
 */
export const similarNameThreshold = 0.6;

/** What the database stores and indexes with pg_trgm, to find candidates before `matchReasons` decides. */
export function personNameKey(
  person: Pick<PersonToMatch, 'familyName' | 'givenName' | 'patronymic'>,
): string {
  return nameKey(`${person.familyName} ${person.givenName} ${person.patronymic ?? ''}`);
}

/**
 * Why a person being registered may be someone already registered. Names are compared part by part rather
 * than as one string: siblings share a family name and a patronymic, and on the whole name Асанова Асель
 * and Асанова Асем look 0.69 alike.
 */
export function matchReasons(candidate: PersonToMatch, registered: PersonToMatch): MatchReason[] {
  const reasons: MatchReason[] = [];
  const name = compareNames(candidate, registered);
  if (name) reasons.push(name);

  if (candidate.birthDate && registered.birthDate) {
    // Two full dates settle it; a shared year of two different dates is no evidence.
    if (candidate.birthDate === registered.birthDate) reasons.push('same_birth_date');
  } else {
    const year = birthYearOf(candidate);
    if (year !== undefined && year === birthYearOf(registered)) reasons.push('same_birth_year');
  }

  const registeredPhones = new Set(registered.phones.map(phoneKey).filter((key) => key !== ''));
  if (candidate.phones.some((phone) => registeredPhones.has(phoneKey(phone)))) reasons.push('same_phone');
  return reasons;
}

/**
 * A name alone is common (many Айгүл Асанова) and a phone alone is shared by a family, so a likely duplicate
 * needs the name together with the birth or the phone.
 */
export function isLikelyDuplicate(reasons: readonly MatchReason[]): boolean {
  const name = reasons.includes('same_name') || reasons.includes('similar_name');
  const birth = reasons.includes('same_birth_date') || reasons.includes('same_birth_year');
  return name && (birth || reasons.includes('same_phone'));
}

function compareNames(a: PersonToMatch, b: PersonToMatch): 'same_name' | 'similar_name' | undefined {
  const pairs: [string, string][] = [
    [nameKey(a.familyName), nameKey(b.familyName)],
    [nameKey(a.givenName), nameKey(b.givenName)],
  ];
  if (pairs.some(([left, right]) => left === '' || right === '')) return undefined;
  // A patronymic left blank on one side says nothing either way.
  const patronymics = [nameKey(a.patronymic ?? ''), nameKey(b.patronymic ?? '')] as [string, string];
  if (patronymics[0] !== '' && patronymics[1] !== '') pairs.push(patronymics);

  if (pairs.every(([left, right]) => left === right)) return 'same_name';
  if (pairs.every(([left, right]) => similarity(left, right) >= similarNameThreshold)) return 'similar_name';
  return undefined;
}

function birthYearOf(person: PersonToMatch): number | undefined {
  return person.birthDate ? Number(person.birthDate.slice(0, 4)) : person.birthYear;
}
