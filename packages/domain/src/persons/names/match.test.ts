import { describe, expect, it } from 'vitest';
import {
  isLikelyDuplicate,
  type MatchReason,
  matchReasons,
  type PersonToMatch,
  personNameKey,
} from './match';

const aigul: PersonToMatch = {
  familyName: 'Султанбекова',
  givenName: 'Айгүл',
  patronymic: 'Бакытовна',
  birthDate: '2012-03-08',
  phones: ['0555 12 34 56'],
};
const person = (overrides: Partial<PersonToMatch>): PersonToMatch => ({ ...aigul, ...overrides });

describe('reasons a new registration may be someone already registered', () => {
  it.each<[string, Partial<PersonToMatch>, MatchReason[]]>([
    [
      'the same person typed in Latin',
      {
        familyName: 'Sultanbekova',
        givenName: 'Aigul',
        patronymic: 'Bakytovna',
        phones: ['+996 555 123 456'],
      },
      ['same_name', 'same_birth_date', 'same_phone'],
    ],
    [
      'a misspelt family name',
      { familyName: 'Султанбекава', phones: [] },
      ['similar_name', 'same_birth_date'],
    ],
    [
      'the masculine family name',
      { familyName: 'Султанбеков', phones: [] },
      ['similar_name', 'same_birth_date'],
    ],
    [
      'no patronymic on the new record',
      { patronymic: undefined, phones: [] },
      ['same_name', 'same_birth_date'],
    ],
    ['a different patronymic', { patronymic: 'Нурлановна', phones: [] }, ['same_birth_date']],
    ['a sister: same family, same phone', { givenName: 'Айгерим', birthDate: '2014-05-01' }, ['same_phone']],
    [
      'only the birth year known',
      { birthDate: undefined, birthYear: 2012, phones: [] },
      ['same_name', 'same_birth_year'],
    ],
    ['same year, different full dates', { birthDate: '2012-11-30', phones: [] }, ['same_name']],
    ['no phones and no birth', { birthDate: undefined, phones: [] }, ['same_name']],
  ])('%s', (_, overrides, reasons) => {
    expect(matchReasons(person(overrides), aigul)).toEqual(reasons);
  });

  it.each([
    ['Айгүл', 'Айгерим'],
    ['Нурлан', 'Нуржан'],
    ['Асель', 'Асем'],
    ['Бакыт', 'Бактыгүл'],
  ])('%s and %s of one family are not the same name', (given, otherGiven) => {
    const reasons = matchReasons(person({ givenName: given }), person({ givenName: otherGiven }));
    expect(reasons).not.toContain('same_name');
    expect(reasons).not.toContain('similar_name');
  });

  it('does not take two blank names for the same name', () => {
    expect(
      matchReasons(person({ familyName: ' ', phones: [] }), person({ familyName: '', phones: [] })),
    ).toEqual(['same_birth_date']);
  });
});

describe('a likely duplicate needs the name and something more', () => {
  it.each<[MatchReason[], boolean]>([
    [['same_name', 'same_birth_date'], true],
    [['similar_name', 'same_birth_year'], true],
    [['similar_name', 'same_phone'], true],
    [['same_name'], false],
    [['same_phone'], false],
    [['same_birth_date', 'same_phone'], false],
    [[], false],
  ])('%j: %s', (reasons, likely) => {
    expect(isLikelyDuplicate(reasons)).toBe(likely);
  });

  it('does not flag the same name with different birth dates', () => {
    const namesake = person({ birthDate: '1990-01-15', phones: ['0700 99 88 77'] });
    expect(isLikelyDuplicate(matchReasons(namesake, aigul))).toBe(false);
  });
});

describe('the stored name key', () => {
  it('joins family, given name and patronymic in that order', () => {
    expect(personNameKey(aigul)).toBe('sultanbekova aigul bakitovna');
    expect(personNameKey({ familyName: 'Абдыкадыр уулу', givenName: 'Бакыт' })).toBe('abdikadir ulu bakit');
  });
});
