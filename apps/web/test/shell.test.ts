import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  signIn,
  startBirge,
  switchLanguage,
} from './support/birge';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

describe('signing in and the shell', () => {
  it('asks for a sign-in, then shows the person their organisations', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await page.goto('/organisations');
    await page.waitForURL(/\/sign-in\?next=/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('input[name="email"]').fill('coordinator@birge.test');
    await page.locator('input[name="password"]').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.locator('input[name="password"]').fill('birge-demo-2026');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/organisations');
    await page.getByRole('link', { name: /^(Home|Главная|Башкы бет|Басты бет)$/ }).click();
    await page.locator('main h2').first().waitFor();
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await page.locator('main .card').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('switches among the four languages, changing the text and <html lang>', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await signIn(page, 'monitor@birge.test');
    const expected = { ky: 'Уюмдар', kk: 'Ұйымдар', ru: 'Организации', en: 'Organisations' } as const;
    for (const language of ['ky', 'kk', 'ru', 'en'] as const) {
      await switchLanguage(page, language);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      const nav = page.getByRole('navigation').getByRole('link', { name: expected[language], exact: true });
      expect(await nav.count()).toBe(1);
    }
    // The choice is stored on the account: a new device opens in it after sign-in.
    await switchLanguage(page, 'kk');
    const other = await newContext(browser, birge.url, 'en-GB');
    const otherPage = await other.newPage();
    await signIn(otherPage, 'monitor@birge.test');
    await otherPage.waitForFunction(() => document.documentElement.lang === 'kk');
    expect(await otherPage.getByRole('link', { name: 'Ұйымдар', exact: true }).count()).toBe(1);
    await other.close();
    await context.close();
  });

  it('takes the first language from the browser before sign-in', async () => {
    const context = await newContext(browser, birge.url, 'ky-KG');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('h1').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ky');
    expect(await page.locator('h1').textContent()).toBe('Кирүү');
    await context.close();
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const context = await browser.newContext({ baseURL: birge.url, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('h1').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await signIn(page, 'admin@birge.test');
    for (const path of [
      '/',
      '/organisations',
      '/organisations/new',
      '/networks',
      '/users',
      '/audit',
      '/profile',
    ]) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
  });
});
