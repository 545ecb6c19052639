import { describe, expect, it } from 'vitest';
import {
  type ChildFunctioning5to17Answers,
  childFunctioning5to17AnswersSchema,
  childFunctioning5to17Domains,
  childFunctioning5to17Questions,
  scoreChildFunctioning5to17,
} from './child-5-to-17';
import { difficultyLevels, frequencyLevels } from './scales';

const typical: ChildFunctioning5to17Answers = {
  wearsGlasses: 'no',
  seeing: 'no_difficulty',
  usesHearingAid: 'no',
  hearing: 'no_difficulty',
  usesWalkingEquipment: 'no',
  walking100m: 'no_difficulty',
  walking500m: 'no_difficulty',
  selfCare: 'no_difficulty',
  beingUnderstoodInsideHousehold: 'no_difficulty',
  beingUnderstoodOutsideHousehold: 'no_difficulty',
  learning: 'no_difficulty',
  remembering: 'no_difficulty',
  concentrating: 'no_difficulty',
  acceptingChange: 'no_difficulty',
  controllingBehaviour: 'no_difficulty',
  makingFriends: 'no_difficulty',
  anxiety: 'never',
  depression: 'never',
};
const child = (overrides: Partial<ChildFunctioning5to17Answers>) => {
  const answers = childFunctioning5to17AnswersSchema.parse({ ...typical, ...overrides });
  return scoreChildFunctioning5to17(answers);
};

describe('CFM 5–17: "a lot of difficulty" or worse on each difficulty question', () => {
  const questions = [
    ['seeing', 'seeing'],
    ['hearing', 'hearing'],
    ['selfCare', 'selfCare'],
    ['beingUnderstoodInsideHousehold', 'communication'],
    ['beingUnderstoodOutsideHousehold', 'communication'],
    ['learning', 'learning'],
    ['remembering', 'remembering'],
    ['concentrating', 'concentrating'],
    ['acceptingChange', 'acceptingChange'],
    ['controllingBehaviour', 'controllingBehaviour'],
    ['makingFriends', 'makingFriends'],
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

describe('CFM 5–17: anxiety and depression count only when daily', () => {
  const cases = (['anxiety', 'depression'] as const).flatMap((domain) =>
    frequencyLevels.map((frequency) => [domain, frequency, frequency === 'daily' ? 'yes' : 'no'] as const),
  );
  it.each(cases)('%s %s: %s', (domain, frequency, outcome) => {
    expect(child({ [domain]: frequency }).functionalDifficulty).toBe(outcome);
  });

  it.each(['refused', 'dont_know'] as const)('%s about anxiety leaves the result undetermined', (answer) => {
    expect(child({ anxiety: answer })).toMatchObject({
      functionalDifficulty: 'undetermined',
      missingDomains: ['anxiety'],
    });
  });
});

describe('CFM 5–17: walking 100 m and 500 m, compared with children of the same age', () => {
  it.each([
    ['no difficulty at either distance', 'no_difficulty', 'no_difficulty', 'no'],
    ['some difficulty at both', 'some_difficulty', 'some_difficulty', 'no'],
    ['fine at 100 m, a lot at 500 m', 'no_difficulty', 'a_lot_of_difficulty', 'yes'],
    ['some at 100 m, cannot walk 500 m', 'some_difficulty', 'cannot_do_at_all', 'yes'],
    ['a lot at 100 m (500 m not asked)', 'a_lot_of_difficulty', undefined, 'yes'],
    ['cannot walk 100 m (500 m not asked)', 'cannot_do_at_all', undefined, 'yes'],
    ['fine at 100 m, 500 m refused', 'no_difficulty', 'refused', 'undetermined'],
    ['fine at 100 m, 500 m not recorded', 'no_difficulty', undefined, 'undetermined'],
    ['100 m unknown', 'dont_know', undefined, 'undetermined'],
  ] as const)('%s: %s', (_, walking100m, walking500m, outcome) => {
    expect(child({ walking100m, walking500m }).functionalDifficulty).toBe(outcome);
  });
});

describe('CFM 5–17: aids are scored as used', () => {
  const withEquipment = {
    usesWalkingEquipment: 'yes',
    walking100m: undefined,
    walking500m: undefined,
  } as const;
  it.each([
    [
      'cannot walk without equipment, no difficulty with it',
      {
        ...withEquipment,
        walking100mWithoutEquipment: 'cannot_do_at_all',
        walking100mWithEquipment: 'no_difficulty',
        walking500mWithEquipment: 'no_difficulty',
      },
      [],
    ],
    [
      'some difficulty with equipment at 100 m, a lot at 500 m',
      {
        ...withEquipment,
        walking100mWithoutEquipment: 'a_lot_of_difficulty',
        walking100mWithEquipment: 'some_difficulty',
        walking500mWithEquipment: 'a_lot_of_difficulty',
      },
      ['walking'],
    ],
    [
      'a lot of difficulty with equipment at 100 m',
      {
        ...withEquipment,
        walking100mWithoutEquipment: 'cannot_do_at_all',
        walking100mWithEquipment: 'a_lot_of_difficulty',
      },
      ['walking'],
    ],
    [
      'glasses, a lot of difficulty seeing with them',
      { wearsGlasses: 'yes', seeing: undefined, seeingWithGlasses: 'a_lot_of_difficulty' },
      ['seeing'],
    ],
    [
      'glasses, no difficulty seeing with them',
      { wearsGlasses: 'yes', seeing: undefined, seeingWithGlasses: 'no_difficulty' },
      [],
    ],
    [
      'hearing aid, some difficulty with it',
      { usesHearingAid: 'yes', hearing: undefined, hearingWithHearingAid: 'some_difficulty' },
      [],
    ],
    [
      'hearing aid, cannot hear at all with it',
      { usesHearingAid: 'yes', hearing: undefined, hearingWithHearingAid: 'cannot_do_at_all' },
      ['hearing'],
    ],
  ] as const)('%s', (_, overrides, atCutOff) => {
    expect(child(overrides).domainsAtCutOff).toEqual(atCutOff);
  });

  it('leaves walking missing when equipment use was refused', () => {
    expect(
      child({ usesWalkingEquipment: 'refused', walking100m: undefined, walking500m: undefined }),
    ).toMatchObject({
      functionalDifficulty: 'undetermined',
      missingDomains: ['walking'],
    });
  });
});

describe('CFM 5–17 as data and as API input', () => {
  it('asks about every domain', () => {
    const asked = new Set(childFunctioning5to17Questions.map((question) => question.domain));
    expect([...asked]).toEqual([...childFunctioning5to17Domains]);
  });

  it.each([
    [
      'walking 500 m after "cannot walk 100 m"',
      { walking100m: 'cannot_do_at_all', walking500m: 'cannot_do_at_all' },
    ],
    ['the compared-with-peers question from a child with equipment', { usesWalkingEquipment: 'yes' }],
    ['hearing without the aid from a child who uses one', { usesHearingAid: 'yes' }],
    ['"sometimes" as a frequency', { depression: 'sometimes' }],
    ['a missing unconditional question', { makingFriends: undefined }],
  ])('rejects %s', (_, overrides) => {
    expect(childFunctioning5to17AnswersSchema.safeParse({ ...typical, ...overrides }).success).toBe(false);
  });
});
