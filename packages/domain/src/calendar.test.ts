import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './calendar';

describe('calendar days', () => {
  it('adds months, falling on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('adds and counts days across months and years', () => {
    expect(addDays('2026-12-25', 7)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-04-01', '2026-05-10')).toBe(39);
    expect(daysBetween('2026-05-10', '2026-04-30')).toBe(-10);
  });
});
