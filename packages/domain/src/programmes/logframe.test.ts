import { describe, expect, it } from 'vitest';
import {
  codeProblem,
  datesProblem,
  manualValueProblem,
  manualValuesProblem,
  placementProblem,
  removalProblem,
  sectorsProblem,
  targetsProblem,
} from './logframe';

describe('where a result may stand', () => {
  it.each([
    ['goal', null, 0, null],
    ['goal', null, 1, 'secondGoal'],
    ['goal', { level: 'goal' }, 0, 'goalHasParent'],
    ['outcome', { level: 'goal' }, 1, null],
    ['outcome', null, 1, 'outcomeNotUnderGoal'],
    ['outcome', { level: 'outcome' }, 1, 'outcomeNotUnderGoal'],
    ['output', { level: 'outcome' }, 1, null],
    ['output', { level: 'goal' }, 1, 'outputNotUnderOutcome'],
    ['output', null, 1, 'outputNotUnderOutcome'],
  ] as const)('a %s under %o with %i other goals: %s', (level, parent, goals, problem) => {
    expect(placementProblem(level, parent, goals)).toBe(problem);
  });
});

describe('codes, removal, dates, sectors, manual values', () => {
  it('keeps one code to one result or indicator in a programme, whatever the case', () => {
    expect(codeProblem('1.1', ['1', '1.2'])).toBeNull();
    expect(codeProblem('O1', ['o1'])).toBe('codeTaken');
  });

  it('removes a result only when nothing hangs under it', () => {
    expect(removalProblem(0, 0)).toBeNull();
    expect(removalProblem(1, 0)).toBe('resultNotEmpty');
    expect(removalProblem(0, 2)).toBe('resultNotEmpty');
  });

  it('wants a programme to end on or after its first day', () => {
    expect(datesProblem('2024-01-01', '2024-01-01')).toBeNull();
    expect(datesProblem('2024-01-02', '2024-01-01')).toBe('datesReversed');
  });

  it('wants sector shares to add up to a whole', () => {
    expect(sectorsProblem([])).toBeNull();
    expect(sectorsProblem([{ percentage: 60 }, { percentage: 40 }])).toBeNull();
    expect(sectorsProblem([{ percentage: 60 }, { percentage: 30 }])).toBe('sectorsNotWhole');
  });

  it('takes manual values only for indicators without a definition', () => {
    expect(manualValueProblem({ definition: null })).toBeNull();
    expect(manualValueProblem({ definition: { measure: 'count', source: 'cases.opened' } })).toBe(
      'manualValueOfDefinedIndicator',
    );
  });

  it('takes a manual value only for time no other value of the indicator covers', () => {
    const span = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd });
    const year2018 = span('2018-01-01', '2019-01-01');
    expect(manualValuesProblem(year2018, [year2018])).toBe('manualValuesOverlap');
    expect(manualValuesProblem(span('2017-01-01', '2020-01-01'), [year2018])).toBe('manualValuesOverlap');
    expect(manualValuesProblem(span('2018-06-01', '2018-07-01'), [year2018])).toBe('manualValuesOverlap');
    expect(manualValuesProblem(span('2019-01-01', '2020-01-01'), [year2018])).toBeNull();
    expect(manualValuesProblem(year2018, [])).toBeNull();
  });
});

describe('targets by period', () => {
  const programme = { startDate: '2018-07-01', endDate: '2021-06-30' };
  const target = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd });

  it('accepts periods inside the programme, its last day included, touching but not overlapping', () => {
    expect(
      targetsProblem(
        [
          target('2019-01-01', '2020-01-01'),
          target('2018-07-01', '2019-01-01'),
          target('2020-01-01', '2021-07-01'),
        ],
        programme,
      ),
    ).toBeNull();
  });

  it.each([
    [[target('2019-01-01', '2019-01-01')], 0, 'periodReversed'],
    [[target('2018-01-01', '2019-01-01')], 0, 'periodOutsideProgramme'],
    [[target('2021-01-01', '2021-07-02')], 0, 'periodOutsideProgramme'],
    [[target('2019-01-01', '2020-01-01'), target('2019-06-01', '2019-07-01')], 1, 'periodsOverlap'],
    [[target('2019-06-01', '2019-07-01'), target('2019-01-01', '2020-01-01')], 0, 'periodsOverlap'],
  ])('names the target that breaks a rule: %#', (targets, index, problem) => {
    expect(targetsProblem(targets, programme)).toEqual({ index, problem });
  });
});
