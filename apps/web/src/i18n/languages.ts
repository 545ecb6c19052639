export const languages = ['ky', 'kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, so a reader finds their own whatever language the page is in. */
export const languageNames: Record<Language, string> = {
  ky: 'Кыргызча',
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

const storageKey = 'birge.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** A choice made on this device wins; otherwise the browser's preferences; Russian is the shared fallback. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'ru';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}
