import { describe, expect, it } from 'vitest';
import { overlapShare, reportingPeriods } from './periods';

describe('reporting periods', () => {
  it('cuts calendar years to the programme’s dates', () => {
    expect(reportingPeriods('2018-07-01', '2021-06-25', 'year')).toEqual([
      { start: '2018-07-01', end: '2019-01-01', label: '2018' },
      { start: '2019-01-01', end: '2020-01-01', label: '2019' },
      { start: '2020-01-01', end: '2021-01-01', label: '2020' },
      { start: '2021-01-01', end: '2021-06-26', label: '2021' },
    ]);
  });

  it('counts quarters from the calendar, not from the first day', () => {
    expect(
      reportingPeriods('2024-03-01', '2024-10-31', 'quarter').map((p) => [p.start, p.end, p.label]),
    ).toEqual([
      ['2024-03-01', '2024-04-01', '2024-Q1'],
      ['2024-04-01', '2024-07-01', '2024-Q2'],
      ['2024-07-01', '2024-10-01', '2024-Q3'],
      ['2024-10-01', '2024-11-01', '2024-Q4'],
    ]);
  });

  it('gives months, and the whole span as one period', () => {
    expect(reportingPeriods('2024-01-15', '2024-03-10', 'month').map((p) => p.label)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    expect(reportingPeriods('2017-01-01', '2019-12-31', 'total')).toEqual([
      { start: '2017-01-01', end: '2020-01-01', label: '2017-01-01 – 2019-12-31' },
    ]);
  });

  it('measures how much of a target falls in a period', () => {
    const year = { start: '2019-01-01', end: '2020-01-01' };
    expect(overlapShare(year, year)).toBe(1);
    expect(overlapShare(year, { start: '2020-01-01', end: '2021-01-01' })).toBe(0);
    expect(
      overlapShare({ start: '2019-01-01', end: '2019-01-03' }, { start: '2019-01-02', end: '2019-02-01' }),
    ).toBe(0.5);
  });
});
