import { readdirSync, readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

/*
 * Modules keep their texts in their own catalogues (`src/<module>/messages`), merged with the main one at
 * load time: the same checks as the main catalogue's, plus no key in two catalogues.
 */
const languages = ['en', 'ky', 'kk', 'ru'] as const;

function catalogue(dir: string, language: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../src/${dir}/${language}.json`, import.meta.url), 'utf8'));
}

const modules = readdirSync(new URL('../src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'messages')
  .map((entry) => entry.name)
  .filter((name) => readdirSync(new URL(`../src/${name}`, import.meta.url)).includes('messages'));

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

for (const module of modules) {
  const dir = `${module}/messages`;
  const english = catalogue(dir, 'en');

  describe(`${module} message catalogues`, () => {
    for (const language of languages) {
      const messages = catalogue(dir, language);

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

      it(`${language} shares no key with the main catalogue or another module's`, () => {
        const others = [
          catalogue('messages', language),
          ...modules.filter((m) => m !== module).map((m) => catalogue(`${m}/messages`, language)),
        ];
        expect(Object.keys(messages).filter((key) => others.some((other) => key in other))).toEqual([]);
      });
    }

    it('is not a copy of English in the other languages', () => {
      for (const language of ['ky', 'kk', 'ru']) {
        const messages = catalogue(dir, language);
        const same = Object.keys(english).filter(
          (key) =>
            messages[key] === english[key] &&
            !/^\{|^Telegram$|^IATI$|^XLSX$|^PDF$|^\d/.test(english[key] ?? ''),
        );
        expect(same, language).toEqual([]);
      }
    });
  });
}
