import { readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const languages = ['en', 'ky', 'kk', 'ru'] as const;

function catalogue(language: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../src/messages/${language}.json`, import.meta.url), 'utf8'));
}

const english = catalogue('en');

/** The placeholders a message uses, so a translation cannot drop a name or a count. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    // Literal text also has a `value`; everything else with one names a placeholder or a tag.
    if (element.type !== TYPE.literal && 'value' in element && typeof element.value === 'string') {
      found.add(element.value);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if ('children' in element) argumentsOf(element.children, found);
  }
  return found;
}

describe('message catalogues', () => {
  for (const language of languages) {
    const messages = catalogue(language);

    it(`${language} has exactly the keys of the English catalogue`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${language} messages are valid ICU and not empty`, () => {
      for (const [key, message] of Object.entries(messages)) {
        expect(message.trim(), key).not.toBe('');
        expect(() => parse(message), key).not.toThrow();
      }
    });

    it(`${language} messages use the same placeholders as English`, () => {
      for (const [key, message] of Object.entries(messages)) {
        const expected = [...argumentsOf(parse(english[key] ?? ''))].sort();
        expect([...argumentsOf(parse(message))].sort(), key).toEqual(expected);
      }
    });
  }
});
