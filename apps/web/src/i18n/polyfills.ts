import type { Language } from './languages';

/*
 * Some browsers (Debian's Chromium among them) lack CLDR data for Kyrgyz and have only part of it for
 * Kazakh: they print "March 8, 2025" or "2025 M03 8". The FormatJS polyfills and their locale data are
 * loaded only when a language needs them, so browsers with full data download nothing extra.
 */

const sampleDate = Date.UTC(2025, 2, 8, 12);

/** Kazakh is "supported" but unformatted in some builds; a month name like "M03" gives that away. */
function dateDataMissing(locale: Language): boolean {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(sampleDate);
  return /^M\d+$/.test(month) || (locale !== 'en' && month === 'March');
}

function numberDataMissing(locale: Language): boolean {
  return locale !== 'en' && new Intl.NumberFormat(locale).format(1500.5) === '1,500.5';
}

const pluralRulesData: Record<Language, () => Promise<unknown>> = {
  ky: () => import('@formatjs/intl-pluralrules/locale-data/ky.js'),
  kk: () => import('@formatjs/intl-pluralrules/locale-data/kk.js'),
  ru: () => import('@formatjs/intl-pluralrules/locale-data/ru.js'),
  en: () => import('@formatjs/intl-pluralrules/locale-data/en.js'),
};
const numberFormatData: Record<Language, () => Promise<unknown>> = {
  ky: () => import('@formatjs/intl-numberformat/locale-data/ky.js'),
  kk: () => import('@formatjs/intl-numberformat/locale-data/kk.js'),
  ru: () => import('@formatjs/intl-numberformat/locale-data/ru.js'),
  en: () => import('@formatjs/intl-numberformat/locale-data/en.js'),
};
const dateTimeFormatData: Record<Language, () => Promise<unknown>> = {
  ky: () => import('@formatjs/intl-datetimeformat/locale-data/ky.js'),
  kk: () => import('@formatjs/intl-datetimeformat/locale-data/kk.js'),
  ru: () => import('@formatjs/intl-datetimeformat/locale-data/ru.js'),
  en: () => import('@formatjs/intl-datetimeformat/locale-data/en.js'),
};
const relativeTimeFormatData: Record<Language, () => Promise<unknown>> = {
  ky: () => import('@formatjs/intl-relativetimeformat/locale-data/ky.js'),
  kk: () => import('@formatjs/intl-relativetimeformat/locale-data/kk.js'),
  ru: () => import('@formatjs/intl-relativetimeformat/locale-data/ru.js'),
  en: () => import('@formatjs/intl-relativetimeformat/locale-data/en.js'),
};

// Captured before any polyfill replaces Intl.DateTimeFormat, whose own default zone is UTC.
const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function polyfillLocale(): Promise<void> {
  const canonical = await import('@formatjs/intl-getcanonicallocales/should-polyfill.js');
  if (canonical.shouldPolyfill()) await import('@formatjs/intl-getcanonicallocales/polyfill.js');
  const locale = await import('@formatjs/intl-locale/should-polyfill.js');
  if (locale.shouldPolyfill()) await import('@formatjs/intl-locale/polyfill.js');
}

async function polyfillPluralRules(language: Language): Promise<void> {
  const { shouldPolyfill } = await import('@formatjs/intl-pluralrules/should-polyfill.js');
  if (!shouldPolyfill(language)) return;
  await import('@formatjs/intl-pluralrules/polyfill-force.js');
  await pluralRulesData[language]();
}

async function polyfillNumberFormat(language: Language): Promise<void> {
  const { shouldPolyfill } = await import('@formatjs/intl-numberformat/should-polyfill.js');
  if (!shouldPolyfill(language) && !numberDataMissing(language)) return;
  await import('@formatjs/intl-numberformat/polyfill-force.js');
  await numberFormatData[language]();
}

async function polyfillDateTimeFormat(language: Language): Promise<void> {
  const { shouldPolyfill } = await import('@formatjs/intl-datetimeformat/should-polyfill.js');
  if (!shouldPolyfill(language) && !dateDataMissing(language)) return;
  await import('@formatjs/intl-datetimeformat/polyfill-force.js');
  await import('@formatjs/intl-datetimeformat/add-golden-tz.js');
  await dateTimeFormatData[language]();
  const polyfilled = Intl.DateTimeFormat as unknown as { __setDefaultTimeZone?: (zone: string) => void };
  polyfilled.__setDefaultTimeZone?.(browserTimeZone);
}

async function polyfillRelativeTimeFormat(language: Language): Promise<void> {
  const { shouldPolyfill } = await import('@formatjs/intl-relativetimeformat/should-polyfill.js');
  if (!shouldPolyfill(language)) return;
  await import('@formatjs/intl-relativetimeformat/polyfill-force.js');
  await relativeTimeFormatData[language]();
}

/** Order matters: number formatting needs plural rules, dates need numbers. */
export async function loadIntlPolyfills(language: Language): Promise<void> {
  await polyfillLocale();
  await polyfillPluralRules(language);
  await polyfillNumberFormat(language);
  await polyfillDateTimeFormat(language);
  await polyfillRelativeTimeFormat(language);
}
