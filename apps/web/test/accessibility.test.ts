import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startBirge, switchLanguage, uiLanguages } from './support/birge';
import { settled, violations } from './support/pages';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

async function firstId(page: Page, path: string): Promise<string> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const body = (await response.json()) as { items: { id: string }[] };
    const first = body.items[0];
    if (!first) throw new Error(`no records at ${url}`);
    return first.id;
  }, path);
}

/** A reset link made through the API as the signed-in administrator, to check the token page too. */
async function resetLink(page: Page, userId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
    const response = await fetch(`/api/users/${id}/reset-link`, {
      method: 'POST',
      headers: { 'x-csrf-token': session.csrfToken },
    });
    return ((await response.json()) as { link: string }).link;
  }, userId);
}

describe('every page passes axe-core in every language', () => {
  for (const language of uiLanguages) {
    it(`has no violations in ${language}`, async () => {
      const context = await newContext(browser, birge.url, language);
      const page = await context.newPage();
      const found: string[] = [];

      await page.goto('/sign-in');
      await settled(page);
      found.push(...(await violations(page, language, '/sign-in')));
      await page.locator('form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, '/sign-in with errors')));

      await signIn(page, 'admin@birge.test');
      await switchLanguage(page, language);
      const organisationId = await firstId(page, '/api/organisations?limit=1');
      const networkId = await firstId(page, '/api/networks');
      const userId = await firstId(page, '/api/users?q=coordinator');
      const pages = [
        '/',
        '/organisations',
        '/organisations/new',
        `/organisations/${organisationId}`,
        `/organisations/${organisationId}/edit`,
        '/networks',
        '/networks/new',
        `/networks/${networkId}`,
        '/users',
        '/users/invite',
        `/users/${userId}`,
        '/audit',
        '/profile',
        '/no-such-page',
      ];
      for (const path of pages) {
        await page.goto(path);
        await settled(page);
        found.push(...(await violations(page, language, path)));
      }

      await page.goto('/organisations/new');
      await settled(page);
      await page.locator('form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, '/organisations/new with errors')));

      await page.locator('.user-menu__button').click();
      await page.getByRole('menu').waitFor();
      found.push(...(await violations(page, language, 'user menu open')));
      await page.keyboard.press('Escape');

      const link = await resetLink(page, userId);
      const visitor = await newContext(browser, birge.url, language);
      const visitorPage = await visitor.newPage();
      await visitorPage.goto(link);
      await settled(visitorPage);
      found.push(...(await violations(visitorPage, language, '/reset/:token')));
      await visitor.close();

      await context.close();
      expect(found).toEqual([]);
    }, 150_000);
  }
});
