import { describe, expect, it } from 'vitest';
import { languageFromHeader } from './languages';

describe('language from Accept-Language', () => {
  it.each([
    ['ky', 'ky'],
    ['kk-KZ,ru;q=0.8', 'kk'],
    ['de-DE,ru;q=0.9,en;q=0.8', 'ru'],
    ['en;q=0.5,ky;q=0.9', 'ky'],
    ['fr,de', undefined],
    ['ky;q=0,en', 'en'],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(languageFromHeader(header)).toBe(expected);
  });
});
