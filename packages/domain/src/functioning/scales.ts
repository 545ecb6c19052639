import { z } from 'zod';

/**
 * Answer scales shared by the Washington Group Short Set and the UNICEF/WG Child Functioning Module.
 * `refused` and `dont_know` are kept apart from the answers because the WG treats them as missing data,
 * never as "no difficulty".
 */
export const missingAnswers = ['refused', 'dont_know'] as const;
export type MissingAnswer = (typeof missingAnswers)[number];

export const difficultyLevels = [
  'no_difficulty',
  'some_difficulty',
  'a_lot_of_difficulty',
  'cannot_do_at_all',
] as const;
export type DifficultyLevel = (typeof difficultyLevels)[number];
export type DifficultyAnswer = DifficultyLevel | MissingAnswer;

export const yesNoAnswers = ['yes', 'no', ...missingAnswers] as const;
export type YesNoAnswer = (typeof yesNoAnswers)[number];

/** CFM 5–17 anxiety and depression: "How often does (name) seem very anxious / sad?" */
export const frequencyLevels = ['daily', 'weekly', 'monthly', 'a_few_times_a_year', 'never'] as const;
export type FrequencyAnswer = (typeof frequencyLevels)[number] | MissingAnswer;

/** CFM 2–4 controlling behaviour: "Compared with children of the same age, how much does (name) kick, bite or hit?" */
export const comparisonLevels = ['not_at_all', 'same_or_less', 'more', 'a_lot_more'] as const;
export type ComparisonAnswer = (typeof comparisonLevels)[number] | MissingAnswer;

export const difficultyAnswerSchema = z.enum([...difficultyLevels, ...missingAnswers]);
export const yesNoAnswerSchema = z.enum(yesNoAnswers);
export const frequencyAnswerSchema = z.enum([...frequencyLevels, ...missingAnswers]);
export const comparisonAnswerSchema = z.enum([...comparisonLevels, ...missingAnswers]);

/**
 * The scale a question is answered on, so a form can offer the right choices.
 * `difficulty_without_aid` has no "no difficulty": the CFM asks it only of children who use equipment,
 * on the premise that they need it.
 */
export const answerScales = {
  difficulty: difficultyLevels,
  difficulty_without_aid: ['some_difficulty', 'a_lot_of_difficulty', 'cannot_do_at_all'],
  yes_no: ['yes', 'no'],
  frequency: frequencyLevels,
  comparison: comparisonLevels,
} as const;
export type AnswerScale = keyof typeof answerScales;

export type AnyAnswer = DifficultyAnswer | YesNoAnswer | FrequencyAnswer | ComparisonAnswer;

/** Where a domain stands against the cut-off; `missing` when the answers needed were refused, unknown or not given. */
export type DomainStatus = 'meets_cut_off' | 'below_cut_off' | 'missing';

export function isMissing(answer: AnyAnswer | undefined): answer is MissingAnswer | undefined {
  return answer === undefined || answer === 'refused' || answer === 'dont_know';
}

/** The WG's recommended cut-off for every difficulty question: "a lot of difficulty" or "cannot do at all". */
export function difficultyStatus(answer: DifficultyAnswer | undefined): DomainStatus {
  if (isMissing(answer)) return 'missing';
  return atLeast(answer, 'a_lot_of_difficulty') ? 'meets_cut_off' : 'below_cut_off';
}

export function atLeast(answer: DifficultyLevel, level: DifficultyLevel): boolean {
  return difficultyLevels.indexOf(answer) >= difficultyLevels.indexOf(level);
}

/** A domain asked in several questions meets the cut-off when any of them does. */
export function anyStatus(statuses: readonly DomainStatus[]): DomainStatus {
  if (statuses.includes('meets_cut_off')) return 'meets_cut_off';
  if (statuses.includes('missing')) return 'missing';
  return 'below_cut_off';
}

/**
 * Seeing, hearing and walking are asked with the aid for children who use one, and otherwise without.
 * UNICEF's tabulation plan scores the difficulty with the aid: the identifier is about functioning as the
 * child lives, not about the impairment. If it is unknown whether the child uses an aid, the domain is
 * missing, because the questionnaire cannot have been routed to the right question.
 */
export function aidedStatus(
  usesAid: YesNoAnswer,
  withAid: () => DomainStatus,
  withoutAid: () => DomainStatus,
): DomainStatus {
  if (usesAid === 'yes') return withAid();
  if (usesAid === 'no') return withoutAid();
  return 'missing';
}
