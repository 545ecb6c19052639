import { describe, expect, it } from 'vitest';
import {
  activityTimesProblem,
  attendanceCountsSchema,
  createActivitySchema,
  recordVisitSchema,
} from './activity';

const lead = '00000000-0000-4000-8000-000000000001';

describe('an activity', () => {
  it('ends after it starts, or has no end', () => {
    expect(activityTimesProblem('2026-03-02T09:00:00+06:00', '2026-03-02T08:00:00+06:00')).toBe(true);
    expect(activityTimesProblem('2026-03-02T09:00:00+06:00', '2026-03-02T17:00:00+06:00')).toBe(false);
    expect(activityTimesProblem('2026-03-02T09:00:00+06:00', null)).toBe(false);
  });

  it('is planned by default, in a place or at a web address only', () => {
    const base = { type: 'forum', title: 'Форум', language: 'ru', startsAt: '2026-03-02T09:00:00+06:00' };
    const parsed = createActivitySchema.parse({ ...base, organisationId: lead });
    expect(parsed).toMatchObject({ status: 'planned', capacity: null, coOrganiserIds: [], onlineLink: '' });
    expect(
      createActivitySchema.safeParse({ ...base, organisationId: lead, onlineLink: 'javascript:alert(1)' })
        .success,
    ).toBe(false);
    expect(createActivitySchema.safeParse({ ...base, organisationId: lead, type: 'party' }).success).toBe(
      false,
    );
  });
});

describe('counted attendance', () => {
  it('takes rows of a sex, an age band, a disability and a role, each counting at least one', () => {
    const row = { sex: 'female', ageBand: '18-29', disability: 'yes', count: 3 };
    expect(attendanceCountsSchema.parse({ rows: [row] }).rows[0]?.role).toBe('participant');
    expect(attendanceCountsSchema.safeParse({ rows: [{ ...row, count: 0 }] }).success).toBe(false);
    expect(attendanceCountsSchema.safeParse({ rows: [{ ...row, ageBand: '18-30' }] }).success).toBe(false);
  });
});

describe('a monitoring visit', () => {
  it('scores from 1 to 5, or not at all', () => {
    const visit = { organisationId: lead, facilitatorId: lead, visitedOn: '2026-04-01' };
    expect(recordVisitSchema.parse(visit).score).toBeNull();
    expect(recordVisitSchema.safeParse({ ...visit, score: 6 }).success).toBe(false);
    expect(recordVisitSchema.safeParse({ ...visit, score: 4 }).success).toBe(true);
  });
});
