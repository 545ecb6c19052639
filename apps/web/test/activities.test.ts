import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  signIn,
  startBirge,
  switchLanguage,
} from './support/birge';
import { apiGet, settled, tabTo, violations } from './support/pages';

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
  type: string;
}

async function check(page: Page, found: string[], language: 'ru' | 'ky', path: string) {
  await page.goto(path);
  await settled(page);
  found.push(...(await violations(page, language, path)));
}

describe('activity pages pass axe-core', () => {
  for (const language of ['ru', 'ky'] as const) {
    it(`has no violations in ${language}`, async () => {
      const context = await newContext(browser, birge.url, language);
      const page = await context.newPage();
      await signIn(page, 'janyryk.admin@birge.test');
      await switchLanguage(page, language);
      const trainings = await apiGet<{ items: Listed[] }>(page, '/api/activities?type=training&limit=1');
      const training = trainings.items[0]?.id;
      const found: string[] = [];
      for (const path of [
        '/activities',
        '/activities?type=workshop&from=2017-01-01',
        '/activities/new',
        `/activities/${training}`,
        `/activities/${training}/edit`,
        '/facilitators',
      ])
        await check(page, found, language, path);
      // The facilitators trained by Janyryk, every one of them visited by the monitor.
      await page.goto('/facilitators');
      await settled(page);
      expect(await page.locator('tbody tr').count()).toBe(182);
      // The new-activity form with its errors shown.
      await page.goto('/activities/new');
      await settled(page);
      await page.locator('form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, '/activities/new with errors')));
      expect(found).toEqual([]);
      await context.close();
    });
  }
});

describe('a training by keyboard', () => {
  it('is created, a person registered and marked completed, the sheet of counts not offered beside them, with the reason, the agenda added, and the facilitator visited', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await signIn(page, 'supervisor@birge.test');
    await switchLanguage(page, 'en');
    const registry = await apiGet<{ items: { familyName: string; givenName: string }[] }>(
      page,
      '/api/persons?limit=1',
    );
    const person = registry.items[0];
    if (!person) throw new Error('no person in the demo registry');

    await page.goto('/activities/new');
    await settled(page);
    await tabTo(page, (el) => el.id === 'field-type', 'the type');
    await page.keyboard.press('Enter');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.getAttribute('name') === 'title', 'the title');
    await page.keyboard.type('Training of facilitators, Bishkek');
    // The browser's own date-and-time control is filled as a whole.
    await page.locator('input[name="startsAt"]').fill('2026-03-02T09:00');
    await tabTo(page, (el) => el.getAttribute('name') === 'capacity', 'the capacity');
    await page.keyboard.type('10');
    await tabTo(
      page,
      (el) => el.getAttribute('name') === 'trainsFacilitators',
      'the training of facilitators',
    );
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.getAttribute('type') === 'submit', 'the submit button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/activities\/[0-9a-f-]{36}$/);
    await page.locator('main h1', { hasText: 'Training of facilitators, Bishkek' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('0 of 10 places taken');

    await tabTo(page, (el) => el.id === 'person-search', 'the person search');
    await page.keyboard.type(person.familyName);
    const name = `${person.familyName} ${person.givenName}`;
    await page
      .getByRole('button', { name: `Register ${name}` })
      .first()
      .waitFor();
    await tabTo(page, (el) => el.textContent?.startsWith('Register ') ?? false, 'a register button');
    await page.keyboard.press('Enter');
    await page.getByText('The person is registered.').waitFor();
    await page.getByText('1 of 10 places taken').waitFor();

    await tabTo(page, (el) => el.textContent?.startsWith('Mark ') ?? false, 'the completion button');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Undo the completion/ }).waitFor();

    // Attendance is taken by name here: a sheet of counts beside it would count someone twice.
    await page.getByText('Attendees of this activity are registered by name, so', { exact: false }).waitFor();
    expect(await page.locator('input[name="count"]').count()).toBe(0);

    // The agenda, uploaded and offered for download.
    await page.locator('#material-file').setInputFiles({
      name: 'Agenda.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('1. Introductions 2. Rights'),
    });
    await page.getByText('The file is uploaded.').waitFor();
    expect(await page.getByRole('link', { name: 'Agenda.txt' }).getAttribute('href')).toMatch(
      /\/materials\//,
    );

    // The one who completed it is now a facilitator of the centre; a visit of their work is recorded.
    await page.goto('/facilitators');
    await settled(page);
    // The centre trained no facilitator before: the one row is the person just marked completed.
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await tabTo(page, (el) => el.id === 'field-facilitatorId', 'the facilitator');
    await page.keyboard.press('Enter');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('input[name="visitedOn"]').fill('2026-04-10');
    await tabTo(page, (el) => el.getAttribute('name') === 'findings', 'the findings');
    await page.keyboard.type('Clear explanations; parents asked many questions.');
    await tabTo(page, (el) => el.getAttribute('type') === 'submit', 'the submit button');
    await page.keyboard.press('Enter');
    await page.getByText('The visit is recorded.').waitFor();
    await page.locator('tbody tr', { hasText: '2026-04-10' }).waitFor();
    await context.close();
  });

  it('fits a phone’s width', async () => {
    const context = await newContext(browser, birge.url, 'ru-RU');
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await signIn(page, 'janyryk.admin@birge.test');
    const trainings = await apiGet<{ items: Listed[] }>(page, '/api/activities?type=training&limit=1');
    for (const path of [
      '/activities',
      '/activities/new',
      `/activities/${trainings.items[0]?.id}`,
      '/facilitators',
    ]) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
  });
});
