import { describe, expect, it } from 'vitest';
import { difficultyLevels } from './scales';
import { type ShortSetAnswers, scoreShortSet, shortSetAnswersSchema, shortSetDomains } from './short-set';

const noDifficulty: ShortSetAnswers = {
  seeing: 'no_difficulty',
  hearing: 'no_difficulty',
  walking: 'no_difficulty',
  cognition: 'no_difficulty',
  selfCare: 'no_difficulty',
  communication: 'no_difficulty',
};
const answers = (overrides: Partial<ShortSetAnswers>): ShortSetAnswers => ({ ...noDifficulty, ...overrides });

describe('WG short set: the recommended cut-off in every domain', () => {
  const cases = shortSetDomains.flatMap((domain) =>
    difficultyLevels.map((level) => {
      const meets = level === 'a_lot_of_difficulty' || level === 'cannot_do_at_all';
      return [domain, level, meets ? 'yes' : 'no', meets ? [domain] : []] as const;
    }),
  );
  it.each(cases)('%s answered %s: disability %s', (domain, level, outcome, atCutOff) => {
    const result = scoreShortSet(answers({ [domain]: level }));
    expect(result.functionalDifficulty).toBe(outcome);
    expect(result.identifiers.disability3).toBe(outcome);
    expect(result.domainsAtCutOff).toEqual(atCutOff);
    expect(result.missingDomains).toEqual([]);
  });
});

describe('WG short set: the four published identifiers', () => {
  it.each([
    ['no difficulty anywhere', {}, ['no', 'no', 'no', 'no']],
    ['some difficulty in one domain', { seeing: 'some_difficulty' }, ['yes', 'no', 'no', 'no']],
    [
      'some difficulty in two domains',
      { seeing: 'some_difficulty', walking: 'some_difficulty' },
      ['yes', 'yes', 'no', 'no'],
    ],
    ['a lot of difficulty in one domain', { hearing: 'a_lot_of_difficulty' }, ['yes', 'yes', 'yes', 'no']],
    ['cannot do one domain at all', { selfCare: 'cannot_do_at_all' }, ['yes', 'yes', 'yes', 'yes']],
  ] as const)('%s', (_, overrides, [d1, d2, d3, d4]) => {
    expect(scoreShortSet(answers(overrides)).identifiers).toEqual({
      disability1: d1,
      disability2: d2,
      disability3: d3,
      disability4: d4,
    });
  });
});

describe('WG short set: refused and don’t know are missing, never "no difficulty"', () => {
  it.each([
    ['one refusal, nothing else', { walking: 'refused' }, 'undetermined', [], ['walking']],
    [
      'one don’t know, some difficulty elsewhere',
      { cognition: 'dont_know', seeing: 'some_difficulty' },
      'undetermined',
      [],
      ['cognition'],
    ],
    [
      'one refusal, a lot of difficulty elsewhere',
      { walking: 'refused', seeing: 'a_lot_of_difficulty' },
      'yes',
      ['seeing'],
      ['walking'],
    ],
    [
      'every domain refused',
      Object.fromEntries(shortSetDomains.map((d) => [d, 'refused'])),
      'undetermined',
      [],
      shortSetDomains,
    ],
  ] as const)('%s: %s', (_, overrides, outcome, atCutOff, missing) => {
    const result = scoreShortSet(answers(overrides));
    expect(result.functionalDifficulty).toBe(outcome);
    expect(result.domainsAtCutOff).toEqual(atCutOff);
    expect(result.missingDomains).toEqual(missing);
  });

  it('keeps each identifier undetermined only while the missing answer could still turn it positive', () => {
    const { identifiers } = scoreShortSet(answers({ seeing: 'some_difficulty', hearing: 'dont_know' }));
    expect(identifiers).toEqual({
      disability1: 'yes',
      disability2: 'undetermined',
      disability3: 'undetermined',
      disability4: 'undetermined',
    });
  });
});

describe('WG short set answers from the API', () => {
  it('accepts six answered domains', () => {
    expect(shortSetAnswersSchema.safeParse(noDifficulty).success).toBe(true);
  });

  it.each([
    ['a domain left out', { ...noDifficulty, selfCare: undefined }],
    ['an answer off the scale', { ...noDifficulty, seeing: 'mild' }],
    ['an unknown domain', { ...noDifficulty, upperBody: 'no_difficulty' }],
  ])('rejects %s', (_, input) => {
    expect(shortSetAnswersSchema.safeParse(input).success).toBe(false);
  });
});
