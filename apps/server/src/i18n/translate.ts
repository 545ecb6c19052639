import type { Language } from '@birge/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './messages/en.json' with { type: 'json' };
import kk from './messages/kk.json' with { type: 'json' };
import ky from './messages/ky.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, Record<MessageKey, string>> = { en, kk, ky, ru };
const compiled = new Map<string, IntlMessageFormat>();

/** A server message in the caller's language: errors, documents, anything a person reads. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const cacheKey = `${language}:${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogues[language][key], language);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}

export const serverCatalogues = catalogues;
