import { describe, expect, it } from 'vitest';
import { escalationRecipients, visitSchedule, visitStatus } from './schedule';

describe('visit schedule', () => {
  it('plans visits at 1, 3, 6 and 12 months from the placement’s start by default', () => {
    expect(visitSchedule('2026-01-15')).toEqual([
      { month: 1, dueOn: '2026-02-15' },
      { month: 3, dueOn: '2026-04-15' },
      { month: 6, dueOn: '2026-07-15' },
      { month: 12, dueOn: '2027-01-15' },
    ]);
  });

  it('keeps a plan’s own months in order, once each', () => {
    expect(visitSchedule('2026-03-01', [6, 2, 2]).map((v) => v.month)).toEqual([2, 6]);
  });

  it('shows a visit due two weeks ahead, overdue after its day, done once recorded', () => {
    expect(visitStatus({ dueOn: '2026-05-10', visitedOn: null }, '2026-04-01')).toBe('planned');
    expect(visitStatus({ dueOn: '2026-05-10', visitedOn: null }, '2026-04-30')).toBe('due');
    expect(visitStatus({ dueOn: '2026-05-10', visitedOn: null }, '2026-05-11')).toBe('overdue');
    expect(visitStatus({ dueOn: '2026-05-10', visitedOn: '2026-05-12' }, '2026-06-01')).toBe('done');
  });
});

describe('escalation', () => {
  const none: string[] = [];
  it('sends a concern to the case worker and the supervisor, once each', () => {
    expect(escalationRecipients(true, { workerId: 'w', supervisorId: 's' }, ['c'])).toEqual(['w', 's']);
    expect(escalationRecipients(true, { workerId: 'w', supervisorId: 'w' }, none)).toEqual(['w']);
    expect(escalationRecipients(true, { workerId: null, supervisorId: 's' }, none)).toEqual(['s']);
  });

  it('sends it to the organisation’s supervisors when the case names none', () => {
    expect(escalationRecipients(true, { workerId: 'w', supervisorId: null }, ['c', 'a'])).toEqual([
      'w',
      'c',
      'a',
    ]);
    expect(escalationRecipients(true, { workerId: 'c', supervisorId: null }, ['c', 'a'])).toEqual(['c', 'a']);
  });

  it('escalates nothing from a visit without concerns', () => {
    expect(escalationRecipients(false, { workerId: 'w', supervisorId: 's' }, ['c'])).toEqual([]);
  });
});
