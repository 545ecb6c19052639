import { describe, expect, it } from 'vitest';
import { ratioValue, suppressSmallCells } from './values';

describe('ratio', () => {
  it('divides, as a percentage when asked, and gives null over nothing', () => {
    expect(ratioValue(3, 4)).toBe(0.75);
    expect(ratioValue(3, 4, true)).toBe(75);
    expect(ratioValue(0, 4, true)).toBe(0);
    expect(ratioValue(3, 0, true)).toBeNull();
    expect(ratioValue(0, 0)).toBeNull();
  });
});

describe('suppression of small cells', () => {
  const cell = (period: number, group: string | null, size: number) => ({ period, group, value: size, size });

  it('hides cells below the threshold and keeps zeros and larger cells', () => {
    expect(suppressSmallCells([cell(0, null, 4), cell(1, null, 0)], 5)).toEqual([
      { period: 0, group: null, value: null, suppressed: true },
      { period: 1, group: null, value: 0, suppressed: false },
    ]);
    expect(suppressSmallCells([cell(0, null, 5)], 5)).toEqual([
      { period: 0, group: null, value: 5, suppressed: false },
    ]);
  });

  it('hides the smallest other group too, so the total does not give the hidden one away', () => {
    const shown = suppressSmallCells([cell(0, 'female', 3), cell(0, 'male', 40), cell(0, null, 12)], 5);
    expect(shown.map((c) => c.suppressed)).toEqual([true, false, true]);
    expect(shown.map((c) => c.value)).toEqual([null, 40, null]);
  });

  it('leaves a row alone when two cells are hidden already', () => {
    const shown = suppressSmallCells([cell(0, 'a', 2), cell(0, 'b', 3), cell(0, 'c', 50)], 5);
    expect(shown.map((c) => c.suppressed)).toEqual([true, true, false]);
  });

  it('hides a second period of the same group when only one would be hidden', () => {
    const shown = suppressSmallCells([cell(0, null, 2), cell(1, null, 9), cell(2, null, 30)], 5);
    expect(shown.map((c) => c.suppressed)).toEqual([true, true, false]);
  });

  it('suppresses nothing with a threshold of zero', () => {
    expect(suppressSmallCells([cell(0, null, 1)], 0)[0]?.suppressed).toBe(false);
  });
});
