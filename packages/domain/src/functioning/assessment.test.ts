import { describe, expect, it } from 'vitest';
import {
  functioningAssessmentSchema,
  instrumentForAge,
  instrumentsForAge,
  scoreAssessment,
} from './assessment';

describe('the instrument for an age', () => {
  it.each([
    [0, null, []],
    [1, null, []],
    [1.9, null, []],
    [2, 'cfm_2_4', ['cfm_2_4']],
    [4, 'cfm_2_4', ['cfm_2_4']],
    [5, 'cfm_5_17', ['cfm_5_17', 'wg_ss']],
    [17, 'cfm_5_17', ['cfm_5_17', 'wg_ss']],
    [18, 'wg_ss', ['wg_ss']],
    [90, 'wg_ss', ['wg_ss']],
  ] as const)('aged %s: %s', (age, preferred, acceptable) => {
    expect(instrumentForAge(age)).toBe(preferred);
    expect(instrumentsForAge(age)).toEqual(acceptable);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as an age', (age) => {
    expect(() => instrumentForAge(age)).toThrow(RangeError);
  });
});

describe('one entry point for every instrument', () => {
  it('scores a short set', () => {
    const assessment = functioningAssessmentSchema.parse({
      instrument: 'wg_ss',
      answers: {
        seeing: 'no_difficulty',
        hearing: 'no_difficulty',
        walking: 'cannot_do_at_all',
        cognition: 'some_difficulty',
        selfCare: 'no_difficulty',
        communication: 'no_difficulty',
      },
    });
    expect(scoreAssessment(assessment)).toMatchObject({
      functionalDifficulty: 'yes',
      domainsAtCutOff: ['walking'],
    });
  });

  it('scores the module for children aged 2–4', () => {
    const assessment = functioningAssessmentSchema.parse({
      instrument: 'cfm_2_4',
      answers: {
        wearsGlasses: 'no',
        seeing: 'no_difficulty',
        usesHearingAid: 'no',
        hearing: 'no_difficulty',
        usesWalkingEquipment: 'no',
        walking: 'no_difficulty',
        fineMotor: 'a_lot_of_difficulty',
        understandingYou: 'no_difficulty',
        beingUnderstood: 'some_difficulty',
        learning: 'no_difficulty',
        playing: 'no_difficulty',
        controllingBehaviour: 'more',
      },
    });
    expect(scoreAssessment(assessment)).toEqual({
      functionalDifficulty: 'yes',
      domainsAtCutOff: ['fineMotor'],
      missingDomains: [],
    });
  });

  it('scores the module for children aged 5–17', () => {
    const assessment = functioningAssessmentSchema.parse({
      instrument: 'cfm_5_17',
      answers: {
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
        anxiety: 'weekly',
        depression: 'daily',
      },
    });
    expect(scoreAssessment(assessment)).toEqual({
      functionalDifficulty: 'yes',
      domainsAtCutOff: ['depression'],
      missingDomains: [],
    });
  });

  it('rejects an unknown instrument and answers meant for another instrument', () => {
    expect(functioningAssessmentSchema.safeParse({ instrument: 'wg_es', answers: {} }).success).toBe(false);
    expect(
      functioningAssessmentSchema.safeParse({ instrument: 'cfm_2_4', answers: { seeing: 'no_difficulty' } })
        .success,
    ).toBe(false);
  });
});
