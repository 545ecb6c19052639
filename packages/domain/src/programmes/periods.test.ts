import { describe, expect, it } from 'vitest';
import { combinationOf, valueWithin } from './periods';

describe('the target of a reporting period', () => {
  const target = (periodStart: string, periodEnd: string, value: number) => ({
    periodStart,
    periodEnd,
    value,
  });
  const yearly = [target('2018-01-01', '2019-01-01', 6000), target('2019-01-01', '2020-01-01', 6000)];

  it('adds up the targets inside the period', () => {
    expect(valueWithin({ start: '2018-01-01', end: '2019-01-01' }, yearly)).toBe(6000);
    expect(valueWithin({ start: '2017-01-01', end: '2020-01-01' }, yearly)).toBe(12000);
  });

  it('has none when no target was set for it, or one reaches across its edge', () => {
    expect(valueWithin({ start: '2020-01-01', end: '2021-01-01' }, yearly)).toBeNull();
    expect(valueWithin({ start: '2018-01-01', end: '2018-04-01' }, yearly)).toBeNull();
  });

  it('takes the last rate set inside the period rather than adding rates up', () => {
    const rates = [
      target('2017-01-01', '2018-01-01', 70),
      target('2018-01-01', '2019-01-01', 75),
      target('2019-01-01', '2020-01-01', 80),
    ];
    expect(valueWithin({ start: '2017-01-01', end: '2020-01-01' }, rates, 'last')).toBe(80);
    expect(valueWithin({ start: '2018-01-01', end: '2019-01-01' }, rates, 'last')).toBe(75);
    const whole = [target('2017-01-01', '2020-01-01', 80)];
    expect(valueWithin({ start: '2017-01-01', end: '2020-01-01' }, whole, 'last')).toBe(80);
    expect(valueWithin({ start: '2018-01-01', end: '2019-01-01' }, whole, 'last')).toBeNull();
  });

  it('treats a ratio as a rate and every other measure as adding up', () => {
    const count = { measure: 'count', source: 's' } as const;
    expect(combinationOf({ measure: 'ratio', numerator: count, denominator: count, percent: true })).toBe(
      'last',
    );
    expect(combinationOf(count)).toBe('sum');
    expect(combinationOf({ measure: 'distinct_persons', source: 's' })).toBe('sum');
    expect(combinationOf(null)).toBe('sum');
  });
});
