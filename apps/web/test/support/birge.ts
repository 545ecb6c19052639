import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const demoPassword = 'birge-demo-2026';
export const uiLanguages = ['ky', 'kk', 'ru', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

interface RunningBirge {
  url: string;
  close(): Promise<void>;
}

type StartBirge = (options: {
  port?: number;
  demo?: boolean;
  webRoot?: string;
  databaseDump?: Blob;
}) => Promise<RunningBirge>;

/*
 * The server is another workspace; it is loaded by path at run time so this package's type check does
 * not pull in the server's sources. It serves the built app (run `vite build` first) on a fresh
 * in-memory copy of the demo database that the run's global setup loaded once.
 */
export async function startBirge(): Promise<RunningBirge> {
  const serverModule = new URL('../../../server/src/app.ts', import.meta.url).href;
  const { startBirge: start } = (await import(serverModule)) as { startBirge: StartBirge };
  return start({
    port: 0,
    demo: true,
    webRoot: fileURLToPath(new URL('../../dist', import.meta.url)),
    databaseDump: new Blob([readFileSync(inject('demoDump'))]),
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile; UTC so dates on screen can be compared with Node's own formatting. */
export function newContext(browser: Browser, baseURL: string, locale = 'en-GB'): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale, timezoneId: 'UTC' });
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(demoPassword);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('h1').first().waitFor();
}

const switcherLabels: Record<UiLanguage, string> = {
  ky: 'Кыргызча',
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/**
 * Uses the switcher as a person would, then waits until the page has been re-rendered in that language
 * and, when signed in, until the choice is saved on the account (a reload would otherwise undo it).
 */
export async function switchLanguage(page: Page, language: UiLanguage): Promise<void> {
  const signedIn = (await page.locator('.primary-nav').count()) > 0;
  const saved = signedIn
    ? page.waitForResponse(
        (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
      )
    : Promise.resolve(null);
  await page.getByRole('button', { name: switcherLabels[language], exact: true }).click();
  await saved;
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  await page.locator(`button[aria-current="true"]:has(span[lang="${language}"])`).waitFor();
}

export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
