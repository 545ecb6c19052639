import { describe, expect, it } from 'vitest';
import { mayHoldChild } from './region';

describe('places below places', () => {
  it.each([
    ['region', 'district', true],
    ['district', 'locality', true],
    ['region', 'locality', false],
    ['locality', 'district', false],
    ['district', 'district', false],
  ] as const)('a %s holds a %s: %s', (parent, child, allowed) => {
    expect(mayHoldChild(parent, child)).toBe(allowed);
  });
});
