import { describe, expect, it } from 'vitest';
import { definitionProblems, type SourceShape } from './validate';

const sources: SourceShape[] = [
  { key: 'cases.closed', attributes: { reason: ['goals_met', 'moved'] } },
  { key: 'volunteers.hours', amountUnit: 'hour', attributes: { skill: 'text' } },
  {
    key: 'workshops.production',
    amountUnitFrom: 'unit',
    withoutPersons: true,
    attributes: { product: 'text', unit: ['kg', 'piece'] },
  },
];

describe('a definition checked against the registered sources', () => {
  it('passes when source, attributes and values are known', () => {
    expect(
      definitionProblems(
        { measure: 'count', source: 'cases.closed', filters: { attributes: { reason: ['moved'] } } },
        sources,
      ),
    ).toEqual([]);
    expect(
      definitionProblems(
        { measure: 'sum', source: 'volunteers.hours', filters: { attributes: { skill: ['anything'] } } },
        sources,
      ),
    ).toEqual([]);
  });

  it('names an unknown source, attribute and value, and a sum over a source without amounts', () => {
    expect(definitionProblems({ measure: 'count', source: 'nothing.here' }, sources)).toEqual([
      { path: 'source', code: 'unknown_source', value: 'nothing.here' },
    ]);
    expect(
      definitionProblems(
        {
          measure: 'sum',
          source: 'cases.closed',
          filters: { attributes: { reason: ['lost'], colour: ['red'] } },
        },
        sources,
      ),
    ).toEqual([
      { path: 'measure', code: 'sum_without_amount' },
      { path: 'filters.attributes.reason', code: 'unknown_attribute_value', value: 'lost' },
      { path: 'filters.attributes.colour', code: 'unknown_attribute', value: 'colour' },
    ]);
  });

  it('checks both sides of a ratio, with their paths', () => {
    expect(
      definitionProblems(
        {
          measure: 'ratio',
          numerator: { measure: 'count', source: 'cases.closed' },
          denominator: { measure: 'count', source: 'cases.opened' },
        },
        sources,
      ),
    ).toEqual([{ path: 'denominator.source', code: 'unknown_source', value: 'cases.opened' }]);
  });

  it('does not take an inherited property for an attribute', () => {
    expect(
      definitionProblems(
        { measure: 'count', source: 'cases.closed', filters: { attributes: { toString: ['x'] } } },
        sources,
      ),
    ).toEqual([{ path: 'filters.attributes.toString', code: 'unknown_attribute', value: 'toString' }]);
  });

  it('sums amounts of several units only one unit at a time', () => {
    const production = (attributes?: Record<string, string[]>) =>
      definitionProblems(
        {
          measure: 'sum',
          source: 'workshops.production',
          ...(attributes ? { filters: { attributes } } : {}),
        },
        sources,
      );
    const mixed = [{ path: 'filters.attributes.unit', code: 'sum_of_mixed_units', value: 'unit' }];
    expect(production()).toEqual(mixed);
    expect(production({ product: ['tomatoes'] })).toEqual(mixed);
    expect(production({ product: ['tomatoes'], unit: ['kg', 'piece'] })).toEqual(mixed);
    expect(production({ product: ['tomatoes'], unit: ['kg'] })).toEqual([]);
    expect(definitionProblems({ measure: 'count', source: 'workshops.production' }, sources)).toEqual([]);
  });

  it('counts distinct persons only over a source whose facts name persons', () => {
    expect(
      definitionProblems({ measure: 'distinct_persons', source: 'workshops.production' }, sources),
    ).toEqual([{ path: 'measure', code: 'distinct_without_persons' }]);
    expect(definitionProblems({ measure: 'distinct_persons', source: 'volunteers.hours' }, sources)).toEqual(
      [],
    );
  });
});
