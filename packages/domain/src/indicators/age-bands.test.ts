import { describe, expect, it } from 'vitest';
import { ageBandOf, ageBandsProblem, recordedBandIn } from './age-bands';
import { ageBandsSchema } from './definition';
import { ageBandLabel, defaultAgeBands } from './vocabulary';

describe('age bands', () => {
  it('labels the default bands as the group keys reports use', () => {
    expect(defaultAgeBands.map(ageBandLabel)).toEqual(['0-4', '5-17', '18-29', '30-59', '60+']);
  });

  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [5, '5-17'],
    [17, '5-17'],
    [18, '18-29'],
    [59, '30-59'],
    [60, '60+'],
    [104, '60+'],
    [null, null],
  ])('places age %s in band %s', (age, band) => {
    expect(ageBandOf(age, defaultAgeBands)).toBe(band);
  });

  it('leaves ages outside closed bands unplaced', () => {
    expect(ageBandOf(30, [{ from: 15, to: 29 }])).toBeNull();
    expect(ageBandOf(3, [{ from: 15, to: 29 }])).toBeNull();
  });

  it('accepts contiguous bands and names what is wrong with others', () => {
    expect(ageBandsProblem(defaultAgeBands)).toBeNull();
    expect(
      ageBandsProblem([
        { from: 0, to: 17 },
        { from: 18, to: null },
      ]),
    ).toBeNull();
    expect(
      ageBandsProblem([
        { from: 0, to: 17 },
        { from: 20, to: null },
      ]),
    ).toBe('not_contiguous');
    expect(
      ageBandsProblem([
        { from: 0, to: 17 },
        { from: 15, to: null },
      ]),
    ).toBe('overlapping');
    expect(
      ageBandsProblem([
        { from: 0, to: null },
        { from: 18, to: 30 },
      ]),
    ).toBe('open_band_not_last');
  });

  it('defaults to the standard bands and refuses broken ones', () => {
    expect(ageBandsSchema.parse(undefined)).toEqual(defaultAgeBands);
    expect(
      ageBandsSchema.safeParse([
        { from: 0, to: 10 },
        { from: 12, to: null },
      ]).success,
    ).toBe(false);
    expect(ageBandsSchema.safeParse([{ from: 10, to: 5 }]).success).toBe(false);
  });

  it('fits a band recorded on paper into the configured band that holds it whole', () => {
    const bands = [
      { from: 0, to: 17 },
      { from: 18, to: null },
    ];
    expect(recordedBandIn({ from: 5, to: 17 }, bands)).toBe('0-17');
    expect(recordedBandIn({ from: 60, to: null }, bands)).toBe('18+');
    expect(
      recordedBandIn({ from: 5, to: 17 }, [
        { from: 0, to: 9 },
        { from: 10, to: null },
      ]),
    ).toBeNull();
  });
});
