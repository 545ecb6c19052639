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
