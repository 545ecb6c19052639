import { languages } from '@birge/domain';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { serverCatalogues } from './translate';

describe('server messages', () => {
  const keys = Object.keys(serverCatalogues.en).sort();
  it.each(languages)('%s has every message, and each one parses', (language) => {
    const catalogue = serverCatalogues[language];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const [key, message] of Object.entries(catalogue)) {
      expect(() => parse(message), `${language} ${key}`).not.toThrow();
      expect(message.trim(), `${language} ${key}`).not.toBe('');
    }
  });
});
