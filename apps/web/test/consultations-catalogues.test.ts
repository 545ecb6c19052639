import { readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

/*
 * The consultations, knowledge-base and public question pages keep their texts in their own catalogues,
 * merged with the main one at load time: the same checks as the main catalogue's, plus no key of both.
 */
const languages = ['en', 'ky', 'kk', 'ru'] as const;

function catalogue(dir: string, language: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../src/${dir}/${language}.json`, import.meta.url), 'utf8'));
}

const english = catalogue('consultations/messages', 'en');

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
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

describe('consultation message catalogues', () => {
  for (const language of languages) {
    const messages = catalogue('consultations/messages', language);

    it(`${language} has exactly the keys of the English catalogue`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${language} messages are valid ICU, not empty and use the same placeholders as English`, () => {
      for (const [key, message] of Object.entries(messages)) {
        expect(message.trim(), key).not.toBe('');
        expect(() => parse(message), key).not.toThrow();
        const expected = [...argumentsOf(parse(english[key] ?? ''))].sort();
        expect([...argumentsOf(parse(message))].sort(), key).toEqual(expected);
      }
    });

    it(`${language} shares no key with the main catalogue`, () => {
      const main = catalogue('messages', language);
      expect(Object.keys(messages).filter((key) => key in main)).toEqual([]);
    });
  }

  it('is not a copy of English in the other languages', () => {
    for (const language of ['ky', 'kk', 'ru']) {
      const messages = catalogue('consultations/messages', language);
      const same = Object.keys(english).filter(
        (key) => messages[key] === english[key] && !/^\{|^Telegram$|^\d/.test(english[key] ?? ''),
      );
      expect(same, language).toEqual([]);
    }
  });
});
