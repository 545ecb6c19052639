import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startBirge, switchLanguage } from './support/birge';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
async function tabTo(
  page: Page,
  isTarget: (element: Element) => boolean,
  description: string,
): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      (source) => new Function('element', `return (${source})(element)`)(document.activeElement),
      isTarget.toString(),
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

describe('organisations', () => {
  it('can be created with the keyboard alone and then found in the list', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await signIn(page, 'admin@birge.test');
    await switchLanguage(page, 'en');
    const name = `Keyboard Parents Union ${Date.now()}`;

    await page.goto('/organisations');
    await page.locator('main h1').waitFor();
    await tabTo(page, (element) => element.textContent === 'Add an organisation', 'the add link');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/organisations/new');
    await page.locator('main h1', { hasText: 'Add an organisation' }).waitFor();

    await tabTo(page, (element) => element.getAttribute('name') === 'name', 'the name field');
    await page.keyboard.type(name);
    await tabTo(page, (element) => element.id === 'field-type', 'the type select');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#field-type').textContent()).toContain("Parents' group");
    await tabTo(page, (element) => element.getAttribute('name') === 'address', 'the address field');
    await page.keyboard.type('Osh, Lenin street 1');
    await tabTo(
      page,
      (element) => element.closest('label')?.textContent === 'Entrance without steps',
      'a checkbox',
    );
    await page.keyboard.press('Space');
    await tabTo(page, (element) => element.textContent === 'Add organisation', 'the submit button');
    await page.keyboard.press('Enter');

    await page.locator('main h1', { hasText: name }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Entrance without steps');

    await page.goto('/organisations');
    await page.locator('main h1').waitFor();
    await tabTo(page, (element) => element.getAttribute('name') === 'q', 'the search box');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === name);
    // The unfiltered list may already show the new organisation; the count tells the search has answered.
    await page.locator('main [role="status"]', { hasText: '1 organisation shown' }).waitFor();
    expect(await page.locator('main .card').count()).toBe(1);
    await page.getByRole('link', { name }).waitFor();
    await context.close();
  });

  it('tells the editor plainly when someone else saved first', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const first = await context.newPage();
    await signIn(first, 'admin@birge.test');
    await switchLanguage(first, 'en');
    const id = await first.evaluate(async () => {
      const body = (await (await fetch('/api/organisations?limit=1')).json()) as { items: { id: string }[] };
      return body.items[0]?.id ?? '';
    });
    const second = await context.newPage();
    for (const page of [first, second]) {
      await page.goto(`/organisations/${id}/edit`);
      await page.locator('input[name="name"]').waitFor();
    }
    await first.locator('input[name="address"]').fill('First editor street');
    await first.locator('form button[type="submit"]').click();
    await first.waitForURL((url) => url.pathname === `/organisations/${id}`);

    await second.locator('input[name="address"]').fill('Second editor street');
    await second.locator('form button[type="submit"]').click();
    const summary = second.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Someone else changed this record');
    await context.close();
  });
});

describe('Kyrgyz formatting', () => {
  it('shows dates and numbers as Kyrgyz readers write them, even where the browser lacks the data', async () => {
    const context = await newContext(browser, birge.url, 'ky-KG');
    const page = await context.newPage();
    await signIn(page, 'admin@birge.test');
    await switchLanguage(page, 'ky');
    await page.goto('/audit');
    const firstRow = page.locator('main table tbody tr').first();
    await firstRow.waitFor();
    const entry = await page.evaluate(async () => {
      const body = (await (await fetch('/api/audit')).json()) as { items: { seq: number; at: string }[] };
      return body.items[0];
    });
    if (!entry) throw new Error('the audit log is empty');
    const cells = firstRow.locator('td');
    const expectedDate = new Intl.DateTimeFormat('ky', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(entry.at));
    expect(await cells.nth(1).textContent()).toBe(expectedDate);
    expect(await cells.nth(0).textContent()).toBe(new Intl.NumberFormat('ky').format(entry.seq));
    // Kyrgyz data, not the English fallback Debian's Chromium would otherwise use.
    expect(expectedDate).toMatch(/-ж\./);

    const organisationId = await page.evaluate(async () => {
      const body = (await (await fetch('/api/organisations?limit=1')).json()) as { items: { id: string }[] };
      return body.items[0]?.id ?? '';
    });
    await page.goto(`/organisations/${organisationId}`);
    const updated = page.locator('main dl.details dd').last();
    await updated.waitFor();
    const organisation = await page.evaluate(async (id) => {
      const body = (await (await fetch(`/api/organisations/${id}`)).json()) as {
        organisation: { updatedAt: string };
      };
      return body.organisation;
    }, organisationId);
    const longDate = new Intl.DateTimeFormat('ky', { dateStyle: 'long', timeZone: 'UTC' });
    expect(await updated.textContent()).toBe(longDate.format(new Date(organisation.updatedAt)));

    // Any number the app formats uses Kyrgyz grouping and decimal marks once the language is loaded.
    const inPage = await page.evaluate(() => new Intl.NumberFormat('ky').format(1500.5));
    expect(inPage).toBe(new Intl.NumberFormat('ky').format(1500.5));
    await context.close();
  });
});
