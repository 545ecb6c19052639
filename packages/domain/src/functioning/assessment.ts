import { z } from 'zod';
import {
  type ChildFunctioning2to4Domain,
  childFunctioning2to4AnswersSchema,
  scoreChildFunctioning2to4,
} from './child-2-to-4';
import {
  type ChildFunctioning5to17Domain,
  childFunctioning5to17AnswersSchema,
  scoreChildFunctioning5to17,
} from './child-5-to-17';
import type { FunctioningResult } from './questions';
import { type ShortSetResult, scoreShortSet, shortSetAnswersSchema } from './short-set';

export const functioningInstruments = ['wg_ss', 'cfm_2_4', 'cfm_5_17'] as const;
export type FunctioningInstrument = (typeof functioningInstruments)[number];

export const functioningAssessmentSchema = z.discriminatedUnion('instrument', [
  z.strictObject({ instrument: z.literal('wg_ss'), answers: shortSetAnswersSchema }),
  z.strictObject({ instrument: z.literal('cfm_2_4'), answers: childFunctioning2to4AnswersSchema }),
  z.strictObject({ instrument: z.literal('cfm_5_17'), answers: childFunctioning5to17AnswersSchema }),
]);
export type FunctioningAssessment = z.infer<typeof functioningAssessmentSchema>;

export type FunctioningAssessmentResult =
  | ShortSetResult
  | FunctioningResult<ChildFunctioning2to4Domain>
  | FunctioningResult<ChildFunctioning5to17Domain>;

export function scoreAssessment(assessment: FunctioningAssessment): FunctioningAssessmentResult {
  switch (assessment.instrument) {
    case 'wg_ss':
      return scoreShortSet(assessment.answers);
    case 'cfm_2_4':
      return scoreChildFunctioning2to4(assessment.answers);
    case 'cfm_5_17':
      return scoreChildFunctioning5to17(assessment.answers);
  }
}

/**
 * The instrument to offer for a person's age in completed years. The CFM does not cover children under 2,
 * whose functioning cannot yet be told apart from ordinary development by a caregiver's answers.
 */
export function instrumentForAge(ageInYears: number): FunctioningInstrument | null {
  return instrumentsForAge(ageInYears)[0] ?? null;
}

/**
 * Every instrument acceptable at an age, preferred first. A child of 5–17 may have been asked only the
 * short set (a survey or another agency's form); that result is kept rather than discarded.
 */
export function instrumentsForAge(ageInYears: number): readonly FunctioningInstrument[] {
  if (!Number.isFinite(ageInYears) || ageInYears < 0) throw new RangeError(`Not an age: ${ageInYears}`);
  if (ageInYears < 2) return [];
  if (ageInYears < 5) return ['cfm_2_4'];
  if (ageInYears < 18) return ['cfm_5_17', 'wg_ss'];
  return ['wg_ss'];
}
