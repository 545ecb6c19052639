import { describe, expect, it } from 'vitest';
import { followUpSchedule } from './follow-ups';

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
