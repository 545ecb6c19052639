import { describe, expect, it } from 'vitest';
import { kindsOfPeriod, programmePeriods } from './periods';

describe('programme periods', () => {
  it('cuts calendar years at the first and last day of the programme, end exclusive', () => {
    expect(programmePeriods('2024-03-15', '2026-06-30', 'year')).toEqual([
      { start: '2024-03-15', end: '2025-01-01', label: '2024' },
      { start: '2025-01-01', end: '2026-01-01', label: '2025' },
      { start: '2026-01-01', end: '2026-07-01', label: '2026' },
    ]);
  });

  it('gives quarters with their year', () => {
    expect(programmePeriods('2025-02-10', '2025-09-30', 'quarter')).toEqual([
      { start: '2025-02-10', end: '2025-04-01', label: '2025-Q1' },
      { start: '2025-04-01', end: '2025-07-01', label: '2025-Q2' },
      { start: '2025-07-01', end: '2025-10-01', label: '2025-Q3' },
    ]);
  });

  it('gives months across a new year', () => {
    expect(programmePeriods('2025-11-01', '2026-01-31', 'month').map((p) => p.label)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(programmePeriods('2025-11-01', '2026-01-31', 'month').at(-1)).toEqual({
      start: '2026-01-01',
      end: '2026-02-01',
      label: '2026-01',
    });
  });

  it('gives one total period over the whole programme', () => {
    expect(programmePeriods('2017-01-01', '2019-12-31', 'total')).toEqual([
      { start: '2017-01-01', end: '2020-01-01', label: 'total' },
    ]);
  });

  it('gives a single day programme one period and a reversed one none', () => {
    expect(programmePeriods('2025-05-05', '2025-05-05', 'year')).toEqual([
      { start: '2025-05-05', end: '2025-05-06', label: '2025' },
    ]);
    expect(programmePeriods('2025-05-05', '2025-05-01', 'month')).toEqual([]);
  });
});

describe('a period asked of a programme', () => {
  it('is known by the kinds of period it is one of, or by none', () => {
    expect(kindsOfPeriod('2024-03-15', '2026-06-30', { start: '2025-01-01', end: '2026-01-01' })).toEqual([
      'year',
    ]);
    expect(kindsOfPeriod('2024-03-15', '2026-06-30', { start: '2024-03-15', end: '2026-07-01' })).toEqual([
      'total',
    ]);
    expect(kindsOfPeriod('2025-01-01', '2025-03-31', { start: '2025-01-01', end: '2025-04-01' })).toEqual([
      'year',
      'quarter',
      'total',
    ]);
    expect(kindsOfPeriod('2024-03-15', '2026-06-30', { start: '2025-01-01', end: '2025-01-02' })).toEqual([]);
  });
});
