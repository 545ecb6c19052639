import type { z } from 'zod';
import type { AnswerScale, AnyAnswer, DomainStatus } from './scales';

/**
 * One question of an instrument, as data a form can render. `askedWhen` carries the questionnaire's skip
 * logic: the question is asked only when an earlier answer is one of `answers` (e.g. "with glasses" only
 * of children who wear glasses).
 */
export type FunctioningQuestion<Id extends string = string, Domain extends string = string> = {
  readonly id: Id;
  readonly domain: Domain;
  readonly scale: AnswerScale;
  readonly askedWhen?: { readonly question: Id; readonly answers: readonly string[] };
};

/** Skip logic for a question list: asked only when `question` was answered with one of `answers`. */
export function askedWhen<Question extends string>(question: Question, ...answers: string[]) {
  return { question, answers };
}

type Answers<Id extends string> = Partial<Record<Id, AnyAnswer>>;

export function isAsked<Id extends string>(question: FunctioningQuestion<Id>, answers: Answers<Id>): boolean {
  const condition = question.askedWhen;
  if (!condition) return true;
  const earlier = answers[condition.question];
  return earlier !== undefined && condition.answers.includes(earlier);
}

/**
 * Rejects answers to questions the skip logic passes over, so a stored assessment cannot hold answers
 * that contradict each other (say, walking 500 m after "cannot walk 100 m at all").
 */
export function rejectSkippedAnswers<Id extends string>(questions: readonly FunctioningQuestion<Id>[]) {
  return (answers: Answers<Id>, ctx: z.RefinementCtx) => {
    for (const question of questions) {
      if (answers[question.id] !== undefined && !isAsked(question, answers)) {
        ctx.addIssue({ code: 'custom', path: [question.id], message: 'not asked given the earlier answers' });
      }
    }
  };
}

export type FunctioningOutcome = 'yes' | 'no' | 'undetermined';

/** The same shape for every instrument, so a case shows one result whichever was used. */
export type FunctioningResult<Domain extends string = string> = {
  readonly functionalDifficulty: FunctioningOutcome;
  readonly domainsAtCutOff: readonly Domain[];
  readonly missingDomains: readonly Domain[];
};

/**
 * The WG's missing-data rule: one domain at the cut-off settles "yes"; without one, any missing domain
 * could have been at the cut-off, so the result is undetermined rather than "no".
 */
export function outcomeOf(positive: boolean, anyMissing: boolean): FunctioningOutcome {
  if (positive) return 'yes';
  return anyMissing ? 'undetermined' : 'no';
}

export function summarise<Domain extends string>(
  domains: readonly Domain[],
  statusOf: (domain: Domain) => DomainStatus,
): FunctioningResult<Domain> {
  const withStatus = (wanted: DomainStatus) => domains.filter((domain) => statusOf(domain) === wanted);
  const domainsAtCutOff = withStatus('meets_cut_off');
  const missingDomains = withStatus('missing');
  return {
    functionalDifficulty: outcomeOf(domainsAtCutOff.length > 0, missingDomains.length > 0),
    domainsAtCutOff,
    missingDomains,
  };
}
