import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  signIn,
  startBirge,
  switchLanguage,
  uiLanguages,
} from './support/birge';
import { apiGet, settled, violations } from './support/pages';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

interface Listed {
  id: string;
  familyName: string;
  givenName: string;
  birthDate: string | null;
}

async function check(page: Page, found: string[], language: (typeof uiLanguages)[number], path: string) {
  await page.goto(path);
  await settled(page);
  found.push(...(await violations(page, language, path)));
}

describe('people, cases and referrals pass axe-core in every language', () => {
  for (const language of uiLanguages) {
    it(`has no violations in ${language}`, async () => {
      const found: string[] = [];
      const context = await newContext(browser, birge.url, language);
      const page = await context.newPage();
      await signIn(page, 'caseworker@birge.test');
      await switchLanguage(page, language);
      const persons = await apiGet<{ items: Listed[] }>(page, '/api/persons?limit=25');
      const person = persons.items.find((p) => p.birthDate);
      if (!person) throw new Error('no demo persons');
      const cases = await apiGet<{ items: { id: string }[] }>(
        page,
        '/api/cases?limit=1&state=implementation',
      );
      const sent = await apiGet<{ items: { id: string }[] }>(page, '/api/referrals?direction=sent');
      for (const path of [
        '/',
        '/caseload',
        '/persons',
        '/persons?sex=female&ageFrom=5',
        '/persons/new',
        `/persons/${person.id}`,
        `/persons/${person.id}/edit`,
        `/persons/${person.id}/functioning`,
        `/persons/${person.id}/cases/new`,
        `/persons/${person.id}/refer`,
        `/cases/${cases.items[0]?.id}`,
        '/referrals?direction=received',
        '/referrals?direction=sent',
        `/referrals/${sent.items[0]?.id}`,
      ]) {
        await check(page, found, language, path);
      }

      // The registration form with the duplicate warning showing and its details open.
      await page.goto('/persons/new');
      await settled(page);
      await page.locator('input[name="familyName"]').fill(person.familyName);
      await page.locator('input[name="givenName"]').fill(person.givenName);
      await page.locator('input[name="birthDate"]').fill(person.birthDate ?? '');
      await page.locator('.duplicate-warning .notice').waitFor();
      found.push(...(await violations(page, language, '/persons/new with duplicates')));
      await page.locator('form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, '/persons/new with errors')));

      // A case with its forms opened.
      await page.goto(`/cases/${cases.items[0]?.id}`);
      await settled(page);
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      found.push(...(await violations(page, language, '/cases/:id with forms open')));

      // A phone in a village: 320 px wide, nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [
        '/',
        '/persons',
        '/persons/new',
        `/persons/${person.id}`,
        `/cases/${cases.items[0]?.id}`,
        '/referrals',
      ]) {
        await page.goto(path);
        await settled(page);
        if (await hasHorizontalScroll(page)) found.push(`${language} ${path}: scrolls sideways at 320 px`);
      }
      await context.close();

      // The receiving organisation: a shared record and a referral waiting for its decision.
      const receiver = await newContext(browser, birge.url, language);
      const receiverPage = await receiver.newPage();
      await signIn(receiverPage, 'rehab.worker@birge.test');
      await switchLanguage(receiverPage, language);
      const accepted = await apiGet<{ items: { person: { id?: string } }[] }>(
        receiverPage,
        '/api/referrals?direction=received&status=accepted',
      );
      const pending = await apiGet<{ items: { id: string }[] }>(
        receiverPage,
        '/api/referrals?direction=received&status=pending',
      );
      const sharedId = accepted.items.find((item) => item.person.id)?.person.id;
      expect(sharedId).toBeTruthy();
      await check(receiverPage, found, language, `/persons/${sharedId}`);
      expect(await receiverPage.locator('main .notice').count()).toBeGreaterThan(0);
      await check(receiverPage, found, language, `/referrals/${pending.items[0]?.id}`);
      await check(receiverPage, found, language, '/referrals?direction=received&status=pending');
      await receiver.close();

      expect(found).toEqual([]);
    }, 180_000);
  }
});
