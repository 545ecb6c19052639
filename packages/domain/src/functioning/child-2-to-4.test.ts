import { describe, expect, it } from 'vitest';
import {
  type ChildFunctioning2to4Answers,
  childFunctioning2to4AnswersSchema,
  childFunctioning2to4Domains,
  childFunctioning2to4Questions,
  scoreChildFunctioning2to4,
} from './child-2-to-4';
import { difficultyLevels } from './scales';

const typical: ChildFunctioning2to4Answers = {
  wearsGlasses: 'no',
  seeing: 'no_difficulty',
  usesHearingAid: 'no',
  hearing: 'no_difficulty',
  usesWalkingEquipment: 'no',
  walking: 'no_difficulty',
  fineMotor: 'no_difficulty',
  understandingYou: 'no_difficulty',
  beingUnderstood: 'no_difficulty',
  learning: 'no_difficulty',
  playing: 'no_difficulty',
  controllingBehaviour: 'not_at_all',
};
const child = (overrides: Partial<ChildFunctioning2to4Answers>) => {
  const answers = childFunctioning2to4AnswersSchema.parse({ ...typical, ...overrides });
  return scoreChildFunctioning2to4(answers);
};

describe('CFM 2–4: "a lot of difficulty" or worse on each difficulty question', () => {
  const questions = [
    ['seeing', 'seeing'],
    ['hearing', 'hearing'],
    ['walking', 'walking'],
    ['fineMotor', 'fineMotor'],
    ['understandingYou', 'communication'],
    ['beingUnderstood', 'communication'],
    ['learning', 'learning'],
    ['playing', 'playing'],
  ] as const;
  const cases = questions.flatMap(([question, domain]) =>
    difficultyLevels.map((level) => {
      const meets = level === 'a_lot_of_difficulty' || level === 'cannot_do_at_all';
      return [question, level, meets ? 'yes' : 'no', meets ? [domain] : []] as const;
    }),
  );
  it.each(cases)('%s answered %s: functional difficulty %s', (question, level, outcome, atCutOff) => {
    const result = child({ [question]: level });
    expect(result.functionalDifficulty).toBe(outcome);
    expect(result.domainsAtCutOff).toEqual(atCutOff);
  });
});

describe('CFM 2–4: controlling behaviour compared with children of the same age', () => {
  it.each([
    ['not_at_all', 'no'],
    ['same_or_less', 'no'],
    ['more', 'no'],
    ['a_lot_more', 'yes'],
  ] as const)('kicks, bites or hits %s: %s', (answer, outcome) => {
    expect(child({ controllingBehaviour: answer }).functionalDifficulty).toBe(outcome);
  });
});

describe('CFM 2–4: glasses, hearing aids and walking equipment', () => {
  it.each([
    [
      'glasses, a lot of difficulty with them',
      { wearsGlasses: 'yes', seeing: undefined, seeingWithGlasses: 'a_lot_of_difficulty' },
      ['seeing'],
    ],
    [
      'glasses, some difficulty with them',
      { wearsGlasses: 'yes', seeing: undefined, seeingWithGlasses: 'some_difficulty' },
      [],
    ],
    [
      'hearing aid, cannot hear at all with it',
      { usesHearingAid: 'yes', hearing: undefined, hearingWithHearingAid: 'cannot_do_at_all' },
      ['hearing'],
    ],
    [
      'equipment, cannot walk without it but no difficulty with it',
      {
        usesWalkingEquipment: 'yes',
        walking: undefined,
        walkingWithoutEquipment: 'cannot_do_at_all',
        walkingWithEquipment: 'no_difficulty',
      },
      [],
    ],
    [
      'equipment, a lot of difficulty even with it',
      {
        usesWalkingEquipment: 'yes',
        walking: undefined,
        walkingWithoutEquipment: 'cannot_do_at_all',
        walkingWithEquipment: 'a_lot_of_difficulty',
      },
      ['walking'],
    ],
  ] as const)('%s', (_, overrides, atCutOff) => {
    expect(child(overrides).domainsAtCutOff).toEqual(atCutOff);
  });

  it.each([
    [
      'it is unknown whether the child wears glasses',
      { wearsGlasses: 'dont_know', seeing: undefined },
      ['seeing'],
    ],
    [
      'the question with the aid was not answered',
      { usesHearingAid: 'yes', hearing: undefined },
      ['hearing'],
    ],
    [
      'walking with equipment was refused',
      { usesWalkingEquipment: 'yes', walking: undefined, walkingWithEquipment: 'refused' },
      ['walking'],
    ],
  ] as const)('the domain is missing when %s', (_, overrides, missing) => {
    const result = child(overrides);
    expect(result.missingDomains).toEqual(missing);
    expect(result.functionalDifficulty).toBe('undetermined');
  });
});

describe('CFM 2–4: missing answers', () => {
  it.each([
    ['a refused domain and nothing at the cut-off', { learning: 'refused' }, 'undetermined'],
    [
      'a refused domain and another at the cut-off',
      { learning: 'refused', playing: 'cannot_do_at_all' },
      'yes',
    ],
    [
      'one communication question unknown, the other at the cut-off',
      { understandingYou: 'dont_know', beingUnderstood: 'a_lot_of_difficulty' },
      'yes',
    ],
    ['one communication question unknown, the other fine', { understandingYou: 'dont_know' }, 'undetermined'],
    ['behaviour refused', { controllingBehaviour: 'refused' }, 'undetermined'],
  ] as const)('%s: %s', (_, overrides, outcome) => {
    expect(child(overrides).functionalDifficulty).toBe(outcome);
  });
});

describe('CFM 2–4 as data and as API input', () => {
  it('asks about every domain', () => {
    const asked = new Set(childFunctioning2to4Questions.map((question) => question.domain));
    expect([...asked]).toEqual([...childFunctioning2to4Domains]);
  });

  it.each([
    ['seeing with glasses from a child without glasses', { seeingWithGlasses: 'no_difficulty' }],
    ['walking without equipment from a child who uses none', { walkingWithoutEquipment: 'some_difficulty' }],
    [
      '"no difficulty" walking without equipment the child needs',
      {
        usesWalkingEquipment: 'yes',
        walking: undefined,
        walkingWithEquipment: 'no_difficulty',
        walkingWithoutEquipment: 'no_difficulty',
      },
    ],
    ['a frequency where a comparison is asked', { controllingBehaviour: 'daily' }],
  ])('rejects %s', (_, overrides) => {
    expect(childFunctioning2to4AnswersSchema.safeParse({ ...typical, ...overrides }).success).toBe(false);
  });
});
