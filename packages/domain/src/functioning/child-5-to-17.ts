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
  type DifficultyAnswer,
  type DomainStatus,
  difficultyAnswerSchema,
  difficultyStatus,
  type FrequencyAnswer,
  frequencyAnswerSchema,
  isMissing,
  yesNoAnswerSchema,
} from './scales';

/** UNICEF/Washington Group Child Functioning Module, version for children aged 5–17 (mother or caregiver answers). */
export const childFunctioning5to17Domains = [
  'seeing',
  'hearing',
  'walking',
  'selfCare',
  'communication',
  'learning',
  'remembering',
  'concentrating',
  'acceptingChange',
  'controllingBehaviour',
  'makingFriends',
  'anxiety',
  'depression',
] as const;
export type ChildFunctioning5to17Domain = (typeof childFunctioning5to17Domains)[number];

// The 500 m question is asked only when 100 m was managed, otherwise it adds nothing.
const managed100m = ['no_difficulty', 'some_difficulty'];

/** In questionnaire order; comments quote the wording where a short id would hide what is asked. */
export const childFunctioning5to17Questions = [
  // "Does (name) wear glasses or contact lenses?"
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
  // "Does (name) use any equipment or receive assistance for walking?"
  { id: 'usesWalkingEquipment', domain: 'walking', scale: 'yes_no' },
  {
    id: 'walking100mWithoutEquipment',
    domain: 'walking',
    scale: 'difficulty_without_aid',
    askedWhen: askedWhen('usesWalkingEquipment', 'yes'),
  },
  {
    id: 'walking500mWithoutEquipment',
    domain: 'walking',
    scale: 'difficulty_without_aid',
    askedWhen: askedWhen('walking100mWithoutEquipment', 'some_difficulty'),
  },
  {
    id: 'walking100mWithEquipment',
    domain: 'walking',
    scale: 'difficulty',
    askedWhen: askedWhen('usesWalkingEquipment', 'yes'),
  },
  {
    id: 'walking500mWithEquipment',
    domain: 'walking',
    scale: 'difficulty',
    askedWhen: askedWhen('walking100mWithEquipment', ...managed100m),
  },
  // "Compared with children of the same age, does (name) have difficulty walking 100 metres on level ground?"
  {
    id: 'walking100m',
    domain: 'walking',
    scale: 'difficulty',
    askedWhen: askedWhen('usesWalkingEquipment', 'no'),
  },
  {
    id: 'walking500m',
    domain: 'walking',
    scale: 'difficulty',
    askedWhen: askedWhen('walking100m', ...managed100m),
  },
  // "...with self-care such as feeding or dressing him/herself?"
  { id: 'selfCare', domain: 'selfCare', scale: 'difficulty' },
  // "When (name) speaks, does he/she have difficulty being understood by people inside / outside this household?"
  { id: 'beingUnderstoodInsideHousehold', domain: 'communication', scale: 'difficulty' },
  { id: 'beingUnderstoodOutsideHousehold', domain: 'communication', scale: 'difficulty' },
  { id: 'learning', domain: 'learning', scale: 'difficulty' },
  { id: 'remembering', domain: 'remembering', scale: 'difficulty' },
  // "...concentrating on an activity that he/she enjoys doing?"
  { id: 'concentrating', domain: 'concentrating', scale: 'difficulty' },
  // "...accepting changes in his/her routine?"
  { id: 'acceptingChange', domain: 'acceptingChange', scale: 'difficulty' },
  { id: 'controllingBehaviour', domain: 'controllingBehaviour', scale: 'difficulty' },
  { id: 'makingFriends', domain: 'makingFriends', scale: 'difficulty' },
  // "How often does (name) seem very anxious, nervous or worried?"
  { id: 'anxiety', domain: 'anxiety', scale: 'frequency' },
  // "How often does (name) seem very sad or depressed?"
  { id: 'depression', domain: 'depression', scale: 'frequency' },
] as const satisfies readonly FunctioningQuestion<string, ChildFunctioning5to17Domain>[];

export type ChildFunctioning5to17QuestionId = (typeof childFunctioning5to17Questions)[number]['id'];

const withoutEquipmentSchema = difficultyAnswerSchema.exclude(['no_difficulty']).optional();

export const childFunctioning5to17AnswersSchema = z
  .strictObject({
    wearsGlasses: yesNoAnswerSchema,
    seeingWithGlasses: difficultyAnswerSchema.optional(),
    seeing: difficultyAnswerSchema.optional(),
    usesHearingAid: yesNoAnswerSchema,
    hearingWithHearingAid: difficultyAnswerSchema.optional(),
    hearing: difficultyAnswerSchema.optional(),
    usesWalkingEquipment: yesNoAnswerSchema,
    walking100mWithoutEquipment: withoutEquipmentSchema,
    walking500mWithoutEquipment: withoutEquipmentSchema,
    walking100mWithEquipment: difficultyAnswerSchema.optional(),
    walking500mWithEquipment: difficultyAnswerSchema.optional(),
    walking100m: difficultyAnswerSchema.optional(),
    walking500m: difficultyAnswerSchema.optional(),
    selfCare: difficultyAnswerSchema,
    beingUnderstoodInsideHousehold: difficultyAnswerSchema,
    beingUnderstoodOutsideHousehold: difficultyAnswerSchema,
    learning: difficultyAnswerSchema,
    remembering: difficultyAnswerSchema,
    concentrating: difficultyAnswerSchema,
    acceptingChange: difficultyAnswerSchema,
    controllingBehaviour: difficultyAnswerSchema,
    makingFriends: difficultyAnswerSchema,
    anxiety: frequencyAnswerSchema,
    depression: frequencyAnswerSchema,
  })
  .superRefine(rejectSkippedAnswers<ChildFunctioning5to17QuestionId>(childFunctioning5to17Questions));
export type ChildFunctioning5to17Answers = z.infer<typeof childFunctioning5to17AnswersSchema>;

export function scoreChildFunctioning5to17(
  answers: ChildFunctioning5to17Answers,
): FunctioningResult<ChildFunctioning5to17Domain> {
  const statuses: Record<ChildFunctioning5to17Domain, DomainStatus> = {
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
    // Walking without equipment describes the child's need for it; the identifier uses walking with it.
    walking: aidedStatus(
      answers.usesWalkingEquipment,
      () => walkingStatus(answers.walking100mWithEquipment, answers.walking500mWithEquipment),
      () => walkingStatus(answers.walking100m, answers.walking500m),
    ),
    selfCare: difficultyStatus(answers.selfCare),
    communication: anyStatus([
      difficultyStatus(answers.beingUnderstoodInsideHousehold),
      difficultyStatus(answers.beingUnderstoodOutsideHousehold),
    ]),
    learning: difficultyStatus(answers.learning),
    remembering: difficultyStatus(answers.remembering),
    concentrating: difficultyStatus(answers.concentrating),
    acceptingChange: difficultyStatus(answers.acceptingChange),
    controllingBehaviour: difficultyStatus(answers.controllingBehaviour),
    makingFriends: difficultyStatus(answers.makingFriends),
    anxiety: dailyStatus(answers.anxiety),
    depression: dailyStatus(answers.depression),
  };
  return summarise(childFunctioning5to17Domains, (domain) => statuses[domain]);
}

/**
 * A lot of difficulty (or cannot) walking 100 m meets the cut-off; a child who manages 100 m still meets
 * it with a lot of difficulty at 500 m. Until the 500 m answer is known, a managed 100 m settles nothing.
 */
function walkingStatus(
  at100m: DifficultyAnswer | undefined,
  at500m: DifficultyAnswer | undefined,
): DomainStatus {
  const shortDistance = difficultyStatus(at100m);
  return shortDistance === 'below_cut_off' ? difficultyStatus(at500m) : shortDistance;
}

/** Anxiety and depression are everyday feelings; only "daily" marks a functional difficulty. */
function dailyStatus(answer: FrequencyAnswer): DomainStatus {
  if (isMissing(answer)) return 'missing';
  return answer === 'daily' ? 'meets_cut_off' : 'below_cut_off';
}
