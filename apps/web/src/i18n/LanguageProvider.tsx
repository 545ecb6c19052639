import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { setApiLanguage } from '../api/client';
import { type Language, rememberLanguage } from './languages';
import { loadIntlPolyfills } from './polyfills';

type Messages = Record<string, string>;

// One chunk per catalogue: a reader downloads only the language they read.
const catalogues: Record<Language, () => Promise<{ default: Messages }>> = {
  ky: () => import('../messages/ky.json'),
  kk: () => import('../messages/kk.json'),
  ru: () => import('../messages/ru.json'),
  en: () => import('../messages/en.json'),
};

// Modules with their own catalogue (`<module>/messages/<language>.json`, kept apart so their texts can be
// worked on separately) are found by folder and merged in, each its own chunk too.
const moduleCatalogues = import.meta.glob<{ default: Messages }>('../*/messages/*.json');

async function loadMessages(language: Language): Promise<Messages> {
  const ofModules = Object.entries(moduleCatalogues)
    .filter(([path]) => path.endsWith(`/messages/${language}.json`))
    .map(([, load]) => load());
  const parts = await Promise.all([catalogues[language](), ...ofModules]);
  return Object.assign({}, ...parts.map((part) => part.default));
}

export interface LoadedLanguage {
  language: Language;
  messages: Messages;
}

/** Messages and, where the browser lacks them, Intl polyfills: both must be ready before text renders. */
export async function loadLanguage(language: Language): Promise<LoadedLanguage> {
  const [messages] = await Promise.all([loadMessages(language), loadIntlPolyfills(language)]);
  return { language, messages };
}

export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  setApiLanguage(language);
  rememberLanguage(language);
}

interface LanguageContextValue {
  language: Language;
  changeLanguage(language: Language): Promise<void>;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

export function LanguageProvider({ initial, children }: { initial: LoadedLanguage; children: ReactNode }) {
  const [loaded, setLoaded] = useState(initial);
  const latest = useRef(initial.language);
  // Loads can finish out of order (a slow catalogue, then a quick click): only the last request wins.
  const changeLanguage = useCallback(async (language: Language) => {
    latest.current = language;
    const next = await loadLanguage(language);
    if (latest.current !== language) return;
    applyLanguage(language);
    setLoaded(next);
  }, []);
  const value = useMemo(
    () => ({ language: loaded.language, changeLanguage }),
    [loaded.language, changeLanguage],
  );
  return (
    <LanguageContext.Provider value={value}>
      <IntlProvider locale={loaded.language} messages={loaded.messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}
