import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startBirge, switchLanguage, uiLanguages } from './support/birge';
import { apiGet, apiWrite, settled, violations } from './support/pages';

// The public form refuses questions sent sooner than this after loading it; read when the server starts.
process.env.BIRGE_FORM_MIN_SECONDS = '0';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;
let token = '';

/** A question asked through the public API, as the form would send it. */
async function askInPublic(url: string): Promise<string> {
  const form = (await (await fetch(`${url}/api/public/question-form`)).json()) as { formToken: string };
  const response = await fetch(`${url}/api/public/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      formToken: form.formToken,
      website: '',
      topic: 'benefits',
      language: 'ru',
      question: 'Как получить пенсию по инвалидности, если нет стажа?',
      name: 'Айгерим',
      contact: '',
      consent: true,
    }),
  });
  if (response.status !== 201) throw new Error(`asking failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

interface Queued {
  id: string;
  status: string;
  askedAt: string;
  version: number;
}

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
  token = await askInPublic(birge.url);
  // The expert answers it, so the private link page shows an answer and the rating form.
  const context = await newContext(browser, birge.url, 'en-GB');
  const page = await context.newPage();
  await signIn(page, 'expert@birge.test');
  const queue = await apiGet<{ items: Queued[] }>(page, '/api/consultations?status=waiting&limit=200');
  const mine = queue.items.reduce((a, b) => (a.askedAt > b.askedAt ? a : b));
  await apiWrite(page, 'POST', `/api/consultations/${mine.id}/answers`, {
    text: 'Здравствуйте! Если стажа нет, назначается социальное пособие.',
    articleId: null,
    version: mine.version,
  });
  await apiWrite(page, 'POST', `/api/consultations/${mine.id}/notes`, { text: 'Проверить справку МСЭК.' });
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

async function check(page: Page, found: string[], language: string, path: string) {
  await page.goto(path);
  await settled(page);
  found.push(...(await violations(page, language as (typeof uiLanguages)[number], path)));
}

describe('consultation pages pass axe-core in every language', () => {
  for (const language of uiLanguages) {
    it(`has no violations in ${language}`, async () => {
      const found: string[] = [];

      // The person, without signing in.
      const publicContext = await newContext(browser, birge.url, language);
      const person = await publicContext.newPage();
      await person.goto('/ask');
      await settled(person);
      await switchLanguage(person, language);
      found.push(...(await violations(person, language, '/ask')));
      await person.locator('textarea[name="question"]').fill('пенсия инвалидность зейнетақы пенсия');
      await person.locator('.suggestions').waitFor();
      await person.locator('.suggestions summary').first().click();
      found.push(...(await violations(person, language, '/ask with suggestions')));
      await person.locator('form button[type="submit"]').click();
      await person.locator('.error-summary').waitFor();
      found.push(...(await violations(person, language, '/ask with errors')));
      await check(person, found, language, `/ask/${token}`);
      expect(await person.locator('.message--expert').count()).toBe(1);
      await check(person, found, language, '/ask/not-a-real-token-of-twenty-chars');
      await publicContext.close();

      // The expert.
      const context = await newContext(browser, birge.url, language);
      const page = await context.newPage();
      await signIn(page, 'expert@birge.test');
      await switchLanguage(page, language);
      const waiting = await apiGet<{ items: Queued[] }>(page, '/api/consultations?status=waiting');
      const answered = await apiGet<{ items: Queued[] }>(page, '/api/consultations?status=answered');
      const articles = await apiGet<{ items: { articleId: string }[] }>(page, '/api/knowledge?limit=1');
      const articleId = articles.items[0]?.articleId;
      const answeredId = answered.items.reduce((a, b) => (a.askedAt > b.askedAt ? a : b)).id;
      for (const path of [
        '/consultations',
        '/consultations?status=all&assigned=me',
        `/consultations/${waiting.items[0]?.id}`,
        `/consultations/${answeredId}`,
        '/knowledge',
        '/knowledge?q=%D0%BF%D0%B5%D0%BD%D1%81%D0%B8%D1%8F',
        `/knowledge/${articleId}`,
        `/knowledge/${articleId}?language=en`,
        `/knowledge/${articleId}/edit?language=${language}`,
        '/knowledge/new',
      ]) {
        await check(page, found, language, path);
      }

      // The consultation page with the escalation form for a new person and every disclosure open.
      await page.goto(`/consultations/${answeredId}`);
      await settled(page);
      expect(await page.locator('.message--note').count()).toBe(1);
      await page.locator('section[aria-labelledby="escalate-title"] .radio').nth(1).click();
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      found.push(...(await violations(page, language, '/consultations/:id escalating')));
      await page.locator('section[aria-labelledby="escalate-title"] form button[type="submit"]').click();
      await page.locator('section[aria-labelledby="escalate-title"] .error-summary').waitFor();
      found.push(...(await violations(page, language, '/consultations/:id with errors')));

      // The editor with its version history open.
      await page.goto(`/knowledge/${articleId}/edit?language=${language}`);
      await settled(page);
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      found.push(...(await violations(page, language, '/knowledge/:id/edit with history open')));
      await context.close();

      expect(found).toEqual([]);
    }, 240_000);
  }
});
