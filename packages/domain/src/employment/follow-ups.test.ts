import { describe, expect, it } from 'vitest';
import { followUpProblem, followUpSchedule } from './follow-ups';

describe('the follow-up schedule of a placement', () => {
  it('falls 1, 3 and 6 months after the start, on the month’s last day when it is shorter', () => {
    expect(followUpSchedule('2026-01-10', [], '2026-01-10').map((f) => f.dueOn)).toEqual([
      '2026-02-10',
      '2026-04-10',
      '2026-07-10',
    ]);
  });

  it('is upcoming, due from a week before, and overdue two weeks after the day', () => {
    const states = (today: string) => followUpSchedule('2026-01-10', [], today).map((f) => f.state);
    expect(states('2026-02-02')).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(states('2026-02-03')).toEqual(['due', 'upcoming', 'upcoming']);
    expect(states('2026-02-24')).toEqual(['due', 'upcoming', 'upcoming']);
    expect(states('2026-02-25')).toEqual(['overdue', 'upcoming', 'upcoming']);
  });

  it('marks a recorded follow-up done, and no later ones needed once the person left the job', () => {
    const schedule = followUpSchedule(
      '2026-01-10',
      [{ months: 1, checkedOn: '2026-02-11', stillEmployed: false }],
      '2026-09-01',
    );
    expect(schedule.map((f) => f.state)).toEqual(['done', 'not_needed', 'not_needed']);
    const kept = followUpSchedule(
      '2026-01-10',
      [{ months: 1, checkedOn: '2026-02-11', stillEmployed: true }],
      '2026-09-01',
    );
    expect(kept.map((f) => f.state)).toEqual(['done', 'overdue', 'overdue']);
  });
});

describe('recording a follow-up', () => {
  const start = '2026-01-10';
  const at = (months: number, checkedOn: string, stillEmployed = true) => ({
    months,
    checkedOn,
    stillEmployed,
  });
  const left = { endedOn: '2026-03-20', leavingReason: 'health' };
  it.each([
    ['on its day', [], at(1, '2026-02-10'), null],
    ['from a week before its day', [], at(1, '2026-02-03'), null],
    ['late, while it is overdue', [], at(6, '2026-09-01'), null],
    ['earlier than a week before its day', [], at(6, '2026-01-11'), ['checkedOn', 'tooEarly']],
    ['in the future', [], at(6, '2026-12-31'), ['checkedOn', 'inFuture']],
    ['twice for one month', [at(1, '2026-02-10')], at(1, '2026-02-12'), ['months', 'done']],
    [
      'after one that found the person gone',
      [at(1, '2026-02-10', false)],
      at(3, '2026-04-10'),
      ['months', 'afterLeaving'],
    ],
    [
      'as gone before a later one that found them at work',
      [at(6, '2026-07-10')],
      { ...at(3, '2026-04-10', false), ...left },
      ['stillEmployed', 'laterFoundEmployed'],
    ],
    [
      'as gone, with the day and the reason',
      [at(1, '2026-02-10')],
      { ...at(3, '2026-04-10', false), ...left },
      null,
    ],
    [
      'as gone without the day it ended',
      [],
      { ...at(3, '2026-04-10', false), leavingReason: 'health' },
      ['endedOn', 'endNeeded'],
    ],
    [
      'as gone without why',
      [],
      { ...at(3, '2026-04-10', false), endedOn: '2026-03-20' },
      ['leavingReason', 'reasonNeeded'],
    ],
    ['as at work, with an end', [], { ...at(3, '2026-04-10'), ...left }, ['endedOn', 'endWhileEmployed']],
    [
      'as gone before the start',
      [],
      { ...at(3, '2026-04-10', false), ...left, endedOn: '2026-01-01' },
      ['endedOn', 'endedBeforeStart'],
    ],
    [
      'as gone after the check',
      [],
      { ...at(3, '2026-04-10', false), ...left, endedOn: '2026-04-11' },
      ['endedOn', 'endedAfterCheck'],
    ],
    [
      'as gone before an earlier check found them at work',
      [at(1, '2026-02-10')],
      { ...at(3, '2026-04-10', false), ...left, endedOn: '2026-02-01' },
      ['endedOn', 'endedBeforeFoundEmployed'],
    ],
  ] as const)('%s', (_, recorded, input, expected) => {
    const found = followUpProblem(start, recorded, input, '2026-12-06');
    expect(found && [found.field, found.problem]).toEqual(expected);
  });

  it('says from which day a follow-up may be recorded', () => {
    expect(followUpProblem(start, [], at(3, '2026-02-01'), '2026-12-06')?.values).toEqual({
      opensOn: '2026-04-03',
    });
  });
});
