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
import { apiGet, settled, tabTo } from './support/pages';

// The public form refuses a question sent sooner than this after loading it (5 s by default); read at start.
process.env.BIRGE_FORM_MIN_SECONDS = '1';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

interface Queued {
  id: string;
  askedAt: string;
  status: string;
  expertId: string | null;
  rating: number | null;
}

describe('a question from the public form to the answer', () => {
  it('is asked in Kazakh without signing in, answered from an article by keyboard, and rated', async () => {
    // The person: no account, Kazakh.
    const personContext = await newContext(browser, birge.url, 'kk-KZ');
    const person = await personContext.newPage();
    await person.goto('/sign-in');
    await person.locator('main h1').waitFor();
    await switchLanguage(person, 'kk');
    await person.getByRole('link', { name: 'Кірмей-ақ сұрақ қою' }).click();
    await person.locator('main h1', { hasText: 'Сұрақ қою' }).waitFor();
    await settled(person);

    await person.locator('.radio', { hasText: 'Зейнетақы және жәрдемақы' }).click();
    expect(await person.locator('input[name="language"][value="kk"]').isChecked()).toBe(true);
    await person.locator('textarea[name="question"]').fill('Мүгедектігі бойынша зейнетақыны қалай аламын?');
    // Before asking, articles that may already answer it.
    const suggestions = person.locator('.suggestions');
    await suggestions.waitFor();
    expect(await suggestions.locator('h2').textContent()).toBe('Мүмкін, мұнда сұрағыңызға жауап бар');
    expect(await suggestions.locator('summary').count()).toBeGreaterThan(0);
    // The honeypot is out of reach of people, keyboards and screen readers.
    const honeypot = person.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await person.locator('[aria-hidden="true"]:has(input[name="website"])').count()).toBe(1);

    await person.locator('input[name="name"]').fill('Әйгерім');
    await person.locator('.checkbox', { hasText: 'сақталуына келісемін' }).click();
    await person.waitForTimeout(1_100);
    await person.locator('form button[type="submit"]').click();
    await person.locator('main h1', { hasText: 'Сұрағыңыз жіберілді' }).waitFor();
    const link = (await person.locator('[data-private-link]').textContent()) ?? '';
    expect(link).toMatch(/\/ask\/[\w-]{20,}$/);
    expect(await person.getByRole('button', { name: 'Сілтемені көшіру' }).count()).toBe(1);

    // The expert finds it in the queue and works by keyboard alone.
    const expertContext = await newContext(browser, birge.url, 'en-GB');
    const expert = await expertContext.newPage();
    await signIn(expert, 'expert@birge.test');
    await switchLanguage(expert, 'en');
    const queue = await apiGet<{ items: Queued[] }>(
      expert,
      '/api/consultations?language=kk&topic=benefits&status=waiting&limit=200',
    );
    const asked = queue.items.reduce((a, b) => (a.askedAt > b.askedAt ? a : b));
    await expert.goto('/consultations?language=kk&topic=benefits');
    await settled(expert);
    await expert.locator(`main a[href="/consultations/${asked.id}"]`).waitFor();
    expect(await expert.locator('main table').textContent()).toContain('Website');
    await tabTo(
      expert,
      (element) =>
        element.getAttribute('href')?.startsWith('/consultations/') === true &&
        element.closest('tbody') !== null,
      'a question in the queue',
    );
    // Longest waiting first: ours, the newest, is the last row.
    for (let row = 1; row < (await expert.locator('main tbody tr').count()); row++) {
      await expert.keyboard.press('Tab');
    }
    expect(await expert.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      `/consultations/${asked.id}`,
    );
    await expert.keyboard.press('Enter');
    await expert.waitForURL((url) => url.pathname === `/consultations/${asked.id}`);
    await expert.locator('main h1', { hasText: 'Question: Pensions and benefits' }).waitFor();
    expect(await expert.locator('.message--person').textContent()).toContain('зейнетақыны қалай аламын');

    await tabTo(expert, (element) => element.textContent === 'Take this question', 'the claim button');
    await expert.keyboard.press('Enter');
    await expert.getByText('You took the question. Now you can answer it.').waitFor();
    await expert.locator('section[aria-labelledby="answer-title"]').waitFor();

    // Start from an article: the picker lists the topic's articles, in the question's language.
    const firstUse = expert.locator('.article-picker__results button').first();
    await firstUse.waitFor();
    const articleTitle =
      (await expert.locator('.article-picker__results li > span > span').first().textContent()) ?? '';
    await tabTo(
      expert,
      (element) => element.tagName === 'BUTTON' && (element.textContent ?? '').startsWith('Use this article'),
      'an article to start from',
    );
    await expert.keyboard.press('Enter');
    const answer = expert.locator('textarea[name="answerText"]');
    expect(await expert.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('answerText');
    expect(await answer.inputValue()).toContain(articleTitle);
    await expert.keyboard.press('Control+End');
    await expert.keyboard.type('\n\nСұрақтарыңыз болса, осында жазыңыз.');
    await tabTo(expert, (element) => element.textContent === 'Send the answer', 'the send button');
    await expert.keyboard.press('Enter');
    await expert.getByText('The answer is sent.').waitFor();
    await expert.locator('.message--expert', { hasText: 'осында жазыңыз' }).waitFor();
    expect(await expert.locator('.message--expert').textContent()).toContain(articleTitle);

    // Back to the person: the answer is there, and they rate it.
    await person.goto(new URL(link).pathname);
    await person.locator('main h1', { hasText: 'Менің сұрағым' }).waitFor();
    const expertMessage = person.locator('.message--expert');
    await expertMessage.waitFor();
    expect(await expertMessage.textContent()).toContain(articleTitle);
    expect(await expertMessage.textContent()).toContain('Сарапшының жауабы');
    await person.locator('.radio', { hasText: '5 — өте көп көмектесті' }).click();
    await person.getByRole('button', { name: 'Бағаны жіберу' }).click();
    await person.getByText('Бағаңыз үшін рақмет.').waitFor();
    await person.getByText('Сіздің бағаңыз: 5-тен 5.').waitFor();

    const rated = await apiGet<{ consultation: Queued }>(expert, `/api/consultations/${asked.id}`);
    expect(rated.consultation.rating).toBe(5);
    expect(rated.consultation.status).toBe('answered');
    await personContext.close();
    await expertContext.close();
  }, 120_000);

  it('fits a 320 px screen without sideways scrolling', async () => {
    const context = await newContext(browser, birge.url, 'ky-KG');
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/ask');
    await settled(page);
    expect(await hasHorizontalScroll(page), '/ask').toBe(false);
    await signIn(page, 'expert@birge.test');
    await switchLanguage(page, 'ky');
    const queue = await apiGet<{ items: Queued[] }>(page, '/api/consultations');
    const articles = await apiGet<{ items: { articleId: string }[] }>(page, '/api/knowledge?limit=1');
    for (const path of [
      '/consultations',
      `/consultations/${queue.items[0]?.id}`,
      '/knowledge',
      `/knowledge/${articles.items[0]?.articleId}`,
      `/knowledge/${articles.items[0]?.articleId}/edit`,
    ]) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
  }, 120_000);
});
