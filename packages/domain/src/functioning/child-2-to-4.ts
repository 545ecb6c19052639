import { z } from 'zod';
import {
  askedWhen,
  type FunctioningQuestion,
  type FunctioningResult,
  rejectSkippedAnswers,
  summarise,
} from './questions';
import {
  aidedStatus,
  anyStatus,
  comparisonAnswerSchema,
  type DomainStatus,
  difficultyAnswerSchema,
  difficultyStatus,
  isMissing,
  yesNoAnswerSchema,
} from './scales';

/** UNICEF/Washington Group Child Functioning Module, version for children aged 2–4 (mother or caregiver answers). */
export const childFunctioning2to4Domains = [
  'seeing',
  'hearing',
  'walking',
  'fineMotor',
  'communication',
  'learning',
  'playing',
  'controllingBehaviour',
] as const;
export type ChildFunctioning2to4Domain = (typeof childFunctioning2to4Domains)[number];

/** In questionnaire order; comments quote the wording where a short id would hide what is asked. */
export const childFunctioning2to4Questions = [
  { id: 'wearsGlasses', domain: 'seeing', scale: 'yes_no' },
  {
    id: 'seeingWithGlasses',
    domain: 'seeing',
    scale: 'difficulty',
    askedWhen: askedWhen('wearsGlasses', 'yes'),
  },
  { id: 'seeing', domain: 'seeing', scale: 'difficulty', askedWhen: askedWhen('wearsGlasses', 'no') },
  { id: 'usesHearingAid', domain: 'hearing', scale: 'yes_no' },
  {
    id: 'hearingWithHearingAid',
    domain: 'hearing',
    scale: 'difficulty',
    askedWhen: askedWhen('usesHearingAid', 'yes'),
  },
  { id: 'hearing', domain: 'hearing', scale: 'difficulty', askedWhen: askedWhen('usesHearingAid', 'no') },
  { id: 'usesWalkingEquipment', domain: 'walking', scale: 'yes_no' },
  {
    id: 'walkingWithoutEquipment',
    domain: 'walking',
    scale: 'difficulty_without_aid',
    askedWhen: askedWhen('usesWalkingEquipment', 'yes'),
  },
  {
    id: 'walkingWithEquipment',
    domain: 'walking',
    scale: 'difficulty',
    askedWhen: askedWhen('usesWalkingEquipment', 'yes'),
  },
  // "Compared with children of the same age, does (name) have difficulty walking?"
  {
    id: 'walking',
    domain: 'walking',
    scale: 'difficulty',
    askedWhen: askedWhen('usesWalkingEquipment', 'no'),
  },
  // "...picking up small objects with his/her hand?"
  { id: 'fineMotor', domain: 'fineMotor', scale: 'difficulty' },
  { id: 'understandingYou', domain: 'communication', scale: 'difficulty' },
  { id: 'beingUnderstood', domain: 'communication', scale: 'difficulty' },
  { id: 'learning', domain: 'learning', scale: 'difficulty' },
  { id: 'playing', domain: 'playing', scale: 'difficulty' },
  // "Compared with children of the same age, how much does (name) kick, bite or hit other children or adults?"
  { id: 'controllingBehaviour', domain: 'controllingBehaviour', scale: 'comparison' },
] as const satisfies readonly FunctioningQuestion<string, ChildFunctioning2to4Domain>[];

export type ChildFunctioning2to4QuestionId = (typeof childFunctioning2to4Questions)[number]['id'];

export const childFunctioning2to4AnswersSchema = z
  .strictObject({
    wearsGlasses: yesNoAnswerSchema,
    seeingWithGlasses: difficultyAnswerSchema.optional(),
    seeing: difficultyAnswerSchema.optional(),
    usesHearingAid: yesNoAnswerSchema,
    hearingWithHearingAid: difficultyAnswerSchema.optional(),
    hearing: difficultyAnswerSchema.optional(),
    usesWalkingEquipment: yesNoAnswerSchema,
    walkingWithoutEquipment: difficultyAnswerSchema.exclude(['no_difficulty']).optional(),
    walkingWithEquipment: difficultyAnswerSchema.optional(),
    walking: difficultyAnswerSchema.optional(),
    fineMotor: difficultyAnswerSchema,
    understandingYou: difficultyAnswerSchema,
    beingUnderstood: difficultyAnswerSchema,
    learning: difficultyAnswerSchema,
    playing: difficultyAnswerSchema,
    controllingBehaviour: comparisonAnswerSchema,
  })
  .superRefine(rejectSkippedAnswers<ChildFunctioning2to4QuestionId>(childFunctioning2to4Questions));
export type ChildFunctioning2to4Answers = z.infer<typeof childFunctioning2to4AnswersSchema>;

export function scoreChildFunctioning2to4(
  answers: ChildFunctioning2to4Answers,
): FunctioningResult<ChildFunctioning2to4Domain> {
  const statuses: Record<ChildFunctioning2to4Domain, DomainStatus> = {
    seeing: aidedStatus(
      answers.wearsGlasses,
      () => difficultyStatus(answers.seeingWithGlasses),
      () => difficultyStatus(answers.seeing),
    ),
    hearing: aidedStatus(
      answers.usesHearingAid,
      () => difficultyStatus(answers.hearingWithHearingAid),
      () => difficultyStatus(answers.hearing),
    ),
    // Without equipment is asked to describe the child, but the identifier uses walking with it.
    walking: aidedStatus(
      answers.usesWalkingEquipment,
      () => difficultyStatus(answers.walkingWithEquipment),
      () => difficultyStatus(answers.walking),
    ),
    fineMotor: difficultyStatus(answers.fineMotor),
    communication: anyStatus([
      difficultyStatus(answers.understandingYou),
      difficultyStatus(answers.beingUnderstood),
    ]),
    learning: difficultyStatus(answers.learning),
    playing: difficultyStatus(answers.playing),
    controllingBehaviour: behaviourStatus(answers.controllingBehaviour),
  };
  return summarise(childFunctioning2to4Domains, (domain) => statuses[domain]);
}

/** Only "a lot more" than children of the same age meets the cut-off; "more" is ordinary at this age. */
function behaviourStatus(answer: ChildFunctioning2to4Answers['controllingBehaviour']): DomainStatus {
  if (isMissing(answer)) return 'missing';
  return answer === 'a_lot_more' ? 'meets_cut_off' : 'below_cut_off';
}
