import { describe, expect, it } from 'vitest';
import { similarity, trigrams } from './trigram';

describe('trigrams as pg_trgm makes them', () => {
  it('pads each word with two spaces before and one after', () => {
    expect([...trigrams('cat')]).toEqual(['  c', ' ca', 'cat', 'at ']);
  });

  it('splits on anything but letters and digits and counts a trigram once', () => {
    expect([...trigrams('aa-aa')]).toEqual(['  a', ' aa', 'aa ']);
  });

  // Expected values are what pg_trgm's similarity() returned for the same pairs (run in PGlite).
  it.each([
    ['word', 'two words', 0.36363637],
    ['asel', 'asem', 0.42857143],
    ['asanova asel', 'asanova asem', 0.6923077],
    ['kairat', 'kairatbek', 0.54545456],
    ['aa-aa', 'aa', 1],
    ['nurlan', 'nurlan', 1],
    ['abc', 'xyz', 0],
    ['', '', 0],
  ])('similarity(%j, %j) = %d', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 6);
  });
});
