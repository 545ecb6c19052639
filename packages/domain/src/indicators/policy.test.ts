import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { definitionWithin, indicatorPreviewScope } from './policy';

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
