import { z } from 'zod';
import {
  type FunctioningOutcome,
  type FunctioningQuestion,
  type FunctioningResult,
  outcomeOf,
} from './questions';
import {
  atLeast,
  type DifficultyAnswer,
  type DifficultyLevel,
  difficultyAnswerSchema,
  difficultyStatus,
  isMissing,
} from './scales';

/** Washington Group Short Set on Functioning (WG-SS), for persons aged 5 and over. */
export const shortSetDomains = [
  'seeing',
  'hearing',
  'walking',
  'cognition',
  'selfCare',
  'communication',
] as const;
export type ShortSetDomain = (typeof shortSetDomains)[number];

/** One question a domain; seeing and hearing are asked "even if wearing glasses / using a hearing aid". */
export const shortSetQuestions: readonly FunctioningQuestion<ShortSetDomain, ShortSetDomain>[] =
  shortSetDomains.map((domain) => ({ id: domain, domain, scale: 'difficulty' }));

export const shortSetAnswersSchema = z.strictObject({
  seeing: difficultyAnswerSchema,
  hearing: difficultyAnswerSchema,
  walking: difficultyAnswerSchema,
  cognition: difficultyAnswerSchema,
  selfCare: difficultyAnswerSchema,
  communication: difficultyAnswerSchema,
});
export type ShortSetAnswers = z.infer<typeof shortSetAnswersSchema>;

/**
 * The four disability identifiers the WG publishes, from the widest to the narrowest.
 * `disability3` is the WG's recommended cut-off for international comparison.
 */
export type ShortSetIdentifiers = {
  readonly disability1: FunctioningOutcome;
  readonly disability2: FunctioningOutcome;
  readonly disability3: FunctioningOutcome;
  readonly disability4: FunctioningOutcome;
};

export type ShortSetResult = FunctioningResult<ShortSetDomain> & {
  readonly identifiers: ShortSetIdentifiers;
};

export function scoreShortSet(answers: ShortSetAnswers): ShortSetResult {
  const given = shortSetDomains.map((domain) => answers[domain]).filter(isAnswered);
  const anyMissing = given.length < shortSetDomains.length;
  const countAtLeast = (level: DifficultyLevel) => given.filter((answer) => atLeast(answer, level)).length;

  const some = countAtLeast('some_difficulty');
  const aLot = countAtLeast('a_lot_of_difficulty');
  const cannot = countAtLeast('cannot_do_at_all');
  const identifiers: ShortSetIdentifiers = {
    disability1: outcomeOf(some >= 1, anyMissing),
    disability2: outcomeOf(some >= 2 || aLot >= 1, anyMissing),
    disability3: outcomeOf(aLot >= 1, anyMissing),
    disability4: outcomeOf(cannot >= 1, anyMissing),
  };
  return {
    functionalDifficulty: identifiers.disability3,
    domainsAtCutOff: shortSetDomains.filter(
      (domain) => difficultyStatus(answers[domain]) === 'meets_cut_off',
    ),
    missingDomains: shortSetDomains.filter((domain) => isMissing(answers[domain])),
    identifiers,
  };
}

function isAnswered(answer: DifficultyAnswer): answer is DifficultyLevel {
  return !isMissing(answer);
}
