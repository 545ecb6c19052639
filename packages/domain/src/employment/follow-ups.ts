import { addDays, addMonths } from '../calendar';
import { type FollowUpMonths, type FollowUpState, followUpMonths } from './vocabulary';

export type RecordedFollowUp = { months: number; checkedOn: string; stillEmployed: boolean };
export type ScheduledFollowUp = {
  months: FollowUpMonths;
  dueOn: string;
  state: FollowUpState;
  followUp: RecordedFollowUp | null;
};

/** A follow-up opens a week before its day and is overdue two weeks after it. */
const opensBefore = 7;
const graceAfter = 14;

/**
 * The follow-ups of a placement at 1, 3 and 6 months from its start, each done, upcoming, due or overdue on
 * `today`. Once a follow-up finds the person no longer employed, the later ones are not needed.
 */
export function followUpSchedule(
  startedOn: string,
  recorded: readonly RecordedFollowUp[],
  today: string,
): ScheduledFollowUp[] {
  let ended = false;
  return followUpMonths.map((months) => {
    const dueOn = addMonths(startedOn, months);
    const followUp = recorded.find((f) => f.months === months) ?? null;
    const state = followUp
      ? 'done'
      : ended
        ? 'not_needed'
        : today > addDays(dueOn, graceAfter)
          ? 'overdue'
          : today >= addDays(dueOn, -opensBefore)
            ? 'due'
            : 'upcoming';
    if (followUp && !followUp.stillEmployed) ended = true;
    return { months, dueOn, state, followUp };
  });
}

/** A follow-up about to be recorded; the end of the job and why, when the person is no longer in it. */
export type NewFollowUp = RecordedFollowUp & {
  endedOn?: string | undefined;
  leavingReason?: string | undefined;
};

/** The broken rule of a follow-up, as the key of its message: `employment.followUp.<problem>`. */
export type FollowUpProblem = {
  field: 'months' | 'checkedOn' | 'stillEmployed' | 'endedOn' | 'leavingReason';
  problem:
    | 'done'
    | 'afterLeaving'
    | 'laterFoundEmployed'
    | 'inFuture'
    | 'tooEarly'
    | 'endNeeded'
    | 'reasonNeeded'
    | 'endWhileEmployed'
    | 'endedBeforeStart'
    | 'endedAfterCheck'
    | 'endedBeforeFoundEmployed';
  values: Record<string, string>;
};

const problem = (
  field: FollowUpProblem['field'],
  name: FollowUpProblem['problem'],
  values: Record<string, string> = {},
): FollowUpProblem => ({ field, problem: name, values });

/**
 * Whether a follow-up may be recorded: once per month, checked from a week before its day and not in the
 * future, none after one that found the person no longer employed — the placement ended there, on a day no
 * earlier than the start or the last check that found them at work, and not after this check, with the reason.
 */
export function followUpProblem(
  startedOn: string,
  recorded: readonly RecordedFollowUp[],
  input: NewFollowUp,
  today: string,
): FollowUpProblem | null {
  if (recorded.some((f) => f.months === input.months)) return problem('months', 'done');
  if (recorded.some((f) => !f.stillEmployed && f.months < input.months))
    return problem('months', 'afterLeaving');
  const later = recorded.filter((f) => f.months > input.months);
  if (!input.stillEmployed && later.length > 0) return problem('stillEmployed', 'laterFoundEmployed');
  if (input.checkedOn > today) return problem('checkedOn', 'inFuture');
  const opensOn = addDays(addMonths(startedOn, input.months), -opensBefore);
  if (input.checkedOn < opensOn) return problem('checkedOn', 'tooEarly', { opensOn });
  if (input.stillEmployed)
    return input.endedOn || input.leavingReason ? problem('endedOn', 'endWhileEmployed') : null;
  if (!input.endedOn) return problem('endedOn', 'endNeeded');
  if (!input.leavingReason) return problem('leavingReason', 'reasonNeeded');
  if (input.endedOn < startedOn) return problem('endedOn', 'endedBeforeStart', { startedOn });
  if (input.endedOn > input.checkedOn) return problem('endedOn', 'endedAfterCheck');
  const lastAtWork = recorded
    .filter((f) => f.stillEmployed && f.months < input.months)
    .reduce((last, f) => (f.checkedOn > last ? f.checkedOn : last), '');
  if (input.endedOn < lastAtWork)
    return problem('endedOn', 'endedBeforeFoundEmployed', { checkedOn: lastAtWork });
  return null;
}
