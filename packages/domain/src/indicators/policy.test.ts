import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { definitionInScope, definitionWithin, indicatorPreviewScope, scopeProblems } from './policy';

const actor = (memberships: Actor['memberships'], platformAdmin = false): Actor => ({
  userId: 'u',
  platformAdmin,
  memberships,
});

describe('whose work a preview counts', () => {
  it('counts a working member only within their organisations', () => {
    expect(
      indicatorPreviewScope(
        actor([
          { organisationId: 'a', roles: ['monitor'] },
          { organisationId: 'b', roles: ['viewer'] },
          { organisationId: 'c', roles: ['case_worker', 'child_protection'] },
        ]),
      ),
    ).toEqual(['a', 'c']);
  });

  it('gives a viewer no preview and a platform administrator everyone', () => {
    expect(indicatorPreviewScope(actor([{ organisationId: 'b', roles: ['viewer'] }]))).toEqual([]);
    expect(indicatorPreviewScope(actor([], true))).toBeNull();
  });
});

describe('a definition narrowed to organisations', () => {
  it('keeps only the named organisations within the scope, on both sides of a ratio', () => {
    expect(definitionWithin({ measure: 'count', source: 's' }, ['a'])).toEqual({
      measure: 'count',
      source: 's',
      filters: { organisationIds: ['a'] },
    });
    const ratio = definitionWithin(
      {
        measure: 'ratio',
        numerator: { measure: 'count', source: 's', filters: { organisationIds: ['a', 'x'], sex: ['male'] } },
        denominator: { measure: 'count', source: 's', filters: { organisationIds: ['x'] } },
      },
      ['a', 'b'],
    );
    expect(ratio).toMatchObject({
      numerator: { filters: { organisationIds: ['a'], sex: ['male'] } },
      denominator: { filters: { organisationIds: [] } },
    });
  });
});

describe('a programme’s indicator, counting only the work of the programme’s organisations', () => {
  const scope = { organisationIds: ['owner', 'partner', 'member'], networkId: 'net' };
  const count = (filters: object = {}) => ({ measure: 'count' as const, source: 's', filters });

  it('is refused, field by field, where it names an organisation or network outside the programme', () => {
    expect(scopeProblems(count({ organisationIds: ['partner', 'stranger'] }), scope)).toEqual([
      { path: 'filters.organisationIds', code: 'organisation_outside_programme', value: 'stranger' },
    ]);
    expect(scopeProblems(count({ networkId: 'other' }), scope)).toEqual([
      { path: 'filters.networkId', code: 'network_outside_programme', value: 'other' },
    ]);
    expect(
      scopeProblems(
        {
          measure: 'ratio',
          numerator: count({ networkId: 'net' }),
          denominator: count({ organisationIds: ['x'] }),
        },
        scope,
      ),
    ).toEqual([
      { path: 'denominator.filters.organisationIds', code: 'organisation_outside_programme', value: 'x' },
    ]);
    expect(scopeProblems(count({ organisationIds: ['owner'], networkId: 'net' }), scope)).toEqual([]);
    expect(
      scopeProblems(count({ networkId: 'net' }), { organisationIds: ['owner'], networkId: null }),
    ).toHaveLength(1);
  });

  it('is computed within the programme’s organisations, left as it is where already confined to them', () => {
    expect(definitionInScope(count(), scope)).toEqual(count({ organisationIds: scope.organisationIds }));
    expect(definitionInScope(count({ organisationIds: ['partner', 'stranger'] }), scope)).toEqual(
      count({ organisationIds: ['partner'] }),
    );
    expect(definitionInScope(count({ organisationIds: ['partner'] }), scope)).toEqual(
      count({ organisationIds: ['partner'] }),
    );
    expect(definitionInScope(count({ networkId: 'net' }), scope)).toEqual(count({ networkId: 'net' }));
    expect(definitionInScope(count({ networkId: 'other' }), scope)).toEqual(
      count({ networkId: 'other', organisationIds: scope.organisationIds }),
    );
    expect(definitionInScope(count({ networkId: 'net' }), { ...scope, networkId: null })).toEqual(
      count({ networkId: 'net', organisationIds: scope.organisationIds }),
    );
  });
});
