import { languages } from '@birge/domain';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { botCatalogues } from '../src/i18n';

describe('bot messages', () => {
  const keys = Object.keys(botCatalogues.en).sort();
  it.each(languages)('%s has every message, each parses, and none is said only by emoji', (language) => {
    const catalogue = botCatalogues[language];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const [key, message] of Object.entries(catalogue)) {
      expect(() => parse(message), `${language} ${key}`).not.toThrow();
      expect(message, `${language} ${key}`).toMatch(/[\p{L}\d]/u);
    }
  });
});
