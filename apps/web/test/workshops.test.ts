import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  signIn,
  startBirge,
  switchLanguage,
  type UiLanguage,
} from './support/birge';
import { pickPerson, tabToId, tabToName, tabToText } from './support/keyboard';
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

type Workshop = { id: string; name: string; kind: string };
type Volunteer = { id: string; familyName: string; givenName: string };
type Trainee = { personId: string; name: string | null; progress: { done: number } };
type Person = { id: string; familyName: string; givenName: string };

async function bakeryOf(page: Page): Promise<Workshop> {
  const { items } = await apiGet<{ items: Workshop[] }>(page, '/api/workshops');
  const bakery = items.find((w) => w.kind === 'bakery_cafe');
  if (!bakery) throw new Error('no demo bakery-café');
  return bakery;
}

async function pagesPass(page: Page, language: UiLanguage, paths: [string, string][]) {
  await switchLanguage(page, language);
  const found: string[] = [];
  for (const [label, path] of paths) {
    await page.goto(path);
    await settled(page);
    // The forms folded away under their summaries are checked too.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
    });
    found.push(...(await violations(page, language, label)));
  }
  return found;
}

describe('workshops and volunteers pages', () => {
  it('have no accessibility violations in Kyrgyz and Russian, and fit a phone', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    const bakery = await bakeryOf(page);
    const workshopPages: [string, string][] = [
      ['workshops', '/workshops'],
      ['workshop', `/workshops/${bakery.id}`],
      ['production', `/workshops/${bakery.id}/production`],
      ['sales', `/workshops/${bakery.id}/sales`],
    ];
    const found: string[] = [];
    for (const language of ['ky', 'ru'] as const)
      found.push(...(await pagesPass(page, language, workshopPages)));
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [, path] of workshopPages) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();

    const qorgan = await newContext(browser, birge.url);
    const admin = await qorgan.newPage();
    await signIn(admin, 'qorgan.admin@birge.test');
    const { items } = await apiGet<{ items: Volunteer[] }>(admin, '/api/volunteers?expert=true');
    const volunteerPages: [string, string][] = [
      ['experts', '/volunteers?expert=true'],
      ['volunteer', `/volunteers/${items[0]?.id}`],
    ];
    for (const language of ['ky', 'ru'] as const)
      found.push(...(await pagesPass(admin, language, volunteerPages)));
    await qorgan.close();
    expect(found).toEqual([]);
  }, 240_000);
});

describe('a coordinator’s day in the workshop, by keyboard alone', () => {
  it('enrols a trainee, marks a module, records a harvest; an administrator adds a volunteer’s hours', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    await switchLanguage(page, 'en');
    const bakery = await bakeryOf(page);
    const file = await apiGet<{ trainees: Trainee[] }>(page, `/api/workshops/${bakery.id}`);
    const persons = await apiGet<{ items: Person[] }>(page, '/api/persons?limit=100');
    const person = persons.items.find((p) => !file.trainees.some((tr) => tr.personId === p.id));
    if (!person) throw new Error('no person left to enrol');
    const name = `${person.familyName} ${person.givenName}`;

    await page.goto(`/workshops/${bakery.id}`);
    await settled(page);
    await tabToText(page, 'Enrol a trainee', 'SUMMARY');
    await page.keyboard.press('Enter');
    await pickPerson(page, name, person.familyName);
    await tabToText(page, 'Enrol', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText('The trainee is enrolled.').waitFor();
    const row = page.locator('main tbody tr', { hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain('0 of 3 modules');

    await tabToText(page, 'Mark a module done', 'SUMMARY');
    await page.keyboard.press('Enter');
    await tabToId(page, 'field-progressTrainee');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    for (let presses = 0; presses < 30; presses++) {
      if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === name) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await tabToId(page, 'field-moduleId');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Enter');
    expect(await page.locator('#field-moduleId').textContent()).toContain('1. ');
    await tabToText(page, 'Mark done', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText('The module is marked done.').waitFor();
    await page.locator('main tbody tr', { hasText: name }).filter({ hasText: '1 of 3 modules' }).waitFor();

    await tabToText(page, 'Production', 'A');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/production'));
    await settled(page);
    await tabToId(page, 'field-product');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    for (let presses = 0; presses < 12; presses++) {
      if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === 'Greens') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await tabToName(page, 'quantity');
    await page.keyboard.type('12.5');
    await tabToText(page, 'Record', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText('The production is recorded.').waitFor();
    const harvest = page.locator('#production-caption ~ tbody tr', { hasText: 'Greens' });
    await harvest.first().waitFor();
    expect(await harvest.first().textContent()).toContain('12.5 kg');
    expect(await page.locator('#totals-caption ~ tbody').textContent()).toContain('Greens');
    await context.close();

    const qorgan = await newContext(browser, birge.url);
    const admin = await qorgan.newPage();
    await signIn(admin, 'qorgan.admin@birge.test');
    await switchLanguage(admin, 'en');
    const { items } = await apiGet<{ items: Volunteer[] }>(admin, '/api/volunteers?expert=true');
    const volunteer = items[0];
    await admin.goto(`/volunteers/${volunteer?.id}`);
    await settled(admin);
    await tabToName(admin, 'hours');
    await admin.keyboard.type('3');
    await tabToName(admin, 'description');
    await admin.keyboard.type('Sign language at the job fair');
    await tabToText(admin, 'Add the hours', 'BUTTON');
    await admin.keyboard.press('Enter');
    await admin.getByText('The hours are recorded.').waitFor();
    await admin.locator('#hours-caption ~ tbody tr', { hasText: 'Sign language at the job fair' }).waitFor();
    await qorgan.close();
  }, 180_000);
});
