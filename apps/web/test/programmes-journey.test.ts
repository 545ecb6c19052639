import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startBirge, switchLanguage } from './support/birge';
import { apiGet, settled } from './support/pages';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

const year = new Date().getUTCFullYear();

async function fillWords(page: Page, name: string, words: Record<'ky' | 'kk' | 'ru' | 'en', string>) {
  for (const [language, text] of Object.entries(words)) {
    await page.locator(`input[name="${name}.${language}"]`).fill(text);
  }
}

async function choose(page: Page, fieldName: string, option: string) {
  await page.locator(`[data-field="${fieldName}"] button.select__button`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The value of this year in the indicator's "over time" table, as the page shows it. */
async function valueThisYear(page: Page): Promise<number> {
  const row = page.locator('table:has(#over-time-caption) tbody tr', {
    has: page.locator(`th:text-is("${year}")`),
  });
  const text = (await row.locator('td').first().innerText()).split('\n')[0] ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

describe('a coordinator builds a logframe and sees an indicator follow the work', () => {
  it('creates a programme, its logframe and indicators over persons registered and over attendance; a new person and the activities’ attendance count, and are found behind the values', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    await switchLanguage(page, 'en');
    const session = await apiGet<{ memberships: { organisationName: string }[] }>(page, '/api/session');
    const organisation = session.memberships[0]?.organisationName ?? '';

    // The programme.
    await page.getByRole('link', { name: 'Programmes', exact: true }).click();
    await page.locator('main h1', { hasText: 'Programmes' }).waitFor();
    await page.getByRole('link', { name: 'New programme' }).click();
    await page.locator('main h1', { hasText: 'New programme' }).waitFor();
    await fillWords(page, 'title', {
      ky: 'Бирге жашайбыз',
      kk: 'Бірге өмір сүреміз',
      ru: 'Живём вместе',
      en: 'Living together',
    });
    await choose(page, 'status', 'Running');
    await page.locator('input[name="startDate"]').fill(`${year}-01-01`);
    await page.locator('input[name="endDate"]').fill(`${year}-12-31`);
    await page.locator('input[name="budget"]').fill('1500000');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.waitForURL((url) => /^\/programmes\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.locator('main h1', { hasText: 'Living together' }).waitFor();

    // Goal, outcome, output.
    const addResult = async (summary: string, code: string, en: string) => {
      await page.locator('summary', { hasText: summary }).click();
      const form = page.locator('details[open] form');
      await form.locator('input[name="code"]').fill(code);
      for (const language of ['ky', 'kk', 'ru', 'en']) {
        await form.locator(`input[name="title.${language}"]`).fill(`${en} (${language})`);
      }
      await form.locator('button[type="submit"]').click();
      await page.locator('.result__title', { hasText: `${code} ${en} (en)` }).waitFor();
    };
    await addResult('Add the goal', 'G', 'Inclusion');
    await addResult('Add an outcome', '1', 'Families supported');
    await addResult('Add an output', '1.1', 'Persons registered');

    // The indicator over persons registered by the coordinator's organisation.
    await page.getByRole('link', { name: /^Add an indicator\W+1\.1$/ }).click();
    await page.locator('main h1', { hasText: 'New indicator' }).waitFor();
    await page.locator('input[name="code"]').fill('1.1.a');
    await fillWords(page, 'title', {
      ky: 'Катталган адамдар',
      kk: 'Тіркелген адамдар',
      ru: 'Зарегистрировано людей',
      en: 'People registered',
    });
    await page.locator('input[name="unit"]').fill('persons');
    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.locator('input[name="targets.0.value"]').fill('100');
    await choose(page, 'definition.source', 'Persons registered');
    await page
      .locator('[data-field="definition.filters.organisationIds"] .checkbox', { hasText: organisation })
      .click();
    await page.locator('.preview__value').filter({ hasText: /^\d/ }).waitFor();
    await page.getByRole('button', { name: 'Add the indicator' }).click();
    await page.waitForURL((url) => /\/indicators\/[0-9a-f-]{36}$/.test(url.pathname));
    const indicatorPath = new URL(page.url()).pathname;
    await settled(page);
    const before = await valueThisYear(page);
    expect(await page.locator('.definition').innerText()).toContain(organisation);

    // A person registered through the people pages.
    await page.goto('/persons/new');
    await page.locator('main h1').waitFor();
    await page.locator('input[name="familyName"]').fill('Токтогулова');
    await page.locator('input[name="givenName"]').fill('Нуриза');
    await page.locator('[data-field="sex"] .radio').first().click();
    await page.locator('input[name="birthYear"]').fill('1994');
    await page.locator('[data-field="registrationConsent.givenBy"] .radio').first().click();
    await page.locator('[data-field="registrationConsent.method"] .radio').first().click();
    await page.locator('main form button[type="submit"]').last().click();
    await page.waitForURL((url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname));

    // The value counts them, and the records behind it name them.
    await page.goto(indicatorPath);
    await settled(page);
    expect(await valueThisYear(page)).toBe(before + 1);
    await page
      .locator('table:has(#over-time-caption) tbody tr', { has: page.locator(`th:text-is("${year}")`) })
      .locator('td a')
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.endsWith('/records'));
    await settled(page);
    const person = page.getByRole('link', { name: /Токтогулова/ });
    await person.first().waitFor();
    await person.first().click();
    await page.waitForURL((url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.locator('main h1', { hasText: 'Токтогулова' }).waitFor();

    // The programme's dashboard shows the same value against the target.
    await page.goto(indicatorPath.replace(/\/indicators\/.*$/, ''));
    await settled(page);
    const row = page.locator('tr', { has: page.getByRole('link', { name: /1\.1\.a People registered/ }) });
    expect(await row.innerText()).toContain(`${before + 1}`);
    expect(await row.locator('meter').count()).toBe(1);

    // A second indicator, over the participants of this programme's activities.
    await page.getByRole('link', { name: /^Add an indicator\W+1\.1$/ }).click();
    await page.locator('main h1', { hasText: 'New indicator' }).waitFor();
    await page.locator('input[name="code"]').fill('1.1.b');
    await fillWords(page, 'title', {
      ky: 'Окууга катышкандар',
      kk: 'Оқуға қатысқандар',
      ru: 'Участники обучения',
      en: 'Training participants',
    });
    await page.locator('input[name="unit"]').fill('persons');
    await choose(page, 'definition.source', 'Participants of activities');
    await page.locator('.checkbox', { hasText: 'Only work recorded for this programme' }).click();
    await page.locator('.preview__value').filter({ hasText: /^\d/ }).waitFor();
    await page.getByRole('button', { name: 'Add the indicator' }).click();
    await page.waitForURL((url) => /\/indicators\/[0-9a-f-]{36}$/.test(url.pathname));
    const participantsPath = new URL(page.url()).pathname;
    await settled(page);
    expect(await valueThisYear(page)).toBe(0);

    // A training of the programme, held, with the new person by name; an information session counted on a sheet.
    const holdActivity = async (type: string, title: string, startsAt: string) => {
      await page.goto('/activities/new');
      await settled(page);
      await choose(page, 'type', type);
      await page.locator('input[name="title"]').fill(title);
      await page.locator('input[name="startsAt"]').fill(startsAt);
      await choose(page, 'programmeId', 'Living together');
      await choose(page, 'status', 'Held');
      await page.locator('main form button[type="submit"]').last().click();
      await page.waitForURL((url) => /^\/activities\/[0-9a-f-]{36}$/.test(url.pathname));
    };
    await holdActivity('Training', 'Rights of persons with disabilities', `${year}-03-02T09:00`);
    await page.locator('#person-search').fill('Токтогулова');
    await page.getByRole('button', { name: 'Register Токтогулова Нуриза' }).first().click();
    await page.getByText('The person is registered.').waitFor();
    await holdActivity('Information session', 'Benefits for families', `${year}-03-09T15:00`);
    await page.locator('input[name="count"]').fill('12');
    await page.locator('input[name="count"]').press('Enter');
    await page.getByText('12 persons counted').waitFor();

    // The indicator counts all thirteen, and both activities stand behind the value, each with its count.
    await page.goto(participantsPath);
    await settled(page);
    expect(await valueThisYear(page)).toBe(13);
    await page
      .locator('table:has(#over-time-caption) tbody tr', { has: page.locator(`th:text-is("${year}")`) })
      .locator('td a')
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.endsWith('/records'));
    await settled(page);
    const behind = page.locator('table:has(#records-caption) tbody tr');
    expect(await behind.count()).toBe(2);
    expect(await behind.first().innerText()).toContain('Benefits for families');
    expect(await behind.first().locator('td').last().innerText()).toBe('12');
    await page.getByRole('link', { name: 'Rights of persons with disabilities' }).click();
    await page.waitForURL((url) => /^\/activities\/[0-9a-f-]{36}$/.test(url.pathname));
    await context.close();
  }, 240_000);
});
