import { describe, expect, it } from 'vitest';
import { quotaFor } from './quota';

describe('the disability hiring quota', () => {
  it('applies in Kazakhstan only above the headcount, by size band', () => {
    expect(quotaFor('KZ', 50, 0)).toEqual({ applies: false });
    expect(quotaFor('KZ', 80, 1)).toEqual({
      applies: true,
      percent: 2,
      required: 2,
      employed: 1,
      shortfall: 1,
    });
    expect(quotaFor('KZ', 200, 6)).toMatchObject({ percent: 3, required: 6, shortfall: 0 });
    expect(quotaFor('KZ', 1000, 10)).toMatchObject({ percent: 4, required: 40, shortfall: 30 });
  });

  it('applies in Kyrgyzstan from its own threshold, and nowhere without a rule', () => {
    expect(quotaFor('KG', 19, 0)).toEqual({ applies: false });
    expect(quotaFor('KG', 30, 0)).toMatchObject({ percent: 5, required: 2, shortfall: 2 });
    expect(quotaFor(null, 500, 0)).toEqual({ applies: false });
  });

  it('follows a country’s rules when they are configured differently', () => {
    const rules = { KZ: [{ fromHeadcount: 10, toHeadcount: null, percent: 10 }] };
    expect(quotaFor('KZ', 25, 0, rules)).toMatchObject({ required: 3, shortfall: 3 });
  });
});
