import type { Language } from '@birge/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './messages/en.json' with { type: 'json' };
import kk from './messages/kk.json' with { type: 'json' };
import ky from './messages/ky.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };

export type BotMessageKey = keyof typeof en;
export const botCatalogues: Record<Language, Record<BotMessageKey, string>> = { en, kk, ky, ru };

const compiled = new Map<string, IntlMessageFormat>();

/** A bot text in the person's language; ICU messages with plurals. */
export function t(language: Language, key: BotMessageKey, params?: Record<string, string | number>): string {
  const cacheKey = `${language}:${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(botCatalogues[language][key], language);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

/** Each language named in itself, as on the language buttons. */
export const languageNames: Record<Language, string> = {
  ky: 'Кыргызча',
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/** A date as the person reads it, in their language (Node's Intl knows ky and kk). */
export function formatDate(language: Language, date: Date): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
