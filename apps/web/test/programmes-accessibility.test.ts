import { dayAfter } from '@birge/domain/programmes/logframe';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  newContext,
  signIn,
  startBirge,
  switchLanguage,
  type UiLanguage,
} from './support/birge';
import { apiGet, programmeOfThisYear, settled, tabTo, violations } from './support/pages';

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
  networkId: string | null;
  ownerOrganisationName: string;
}

interface Detail {
  id: string;
  startDate: string;
  endDate: string;
  abilities: { update: boolean };
  results: {
    id: string;
    indicators: { id: string; definition: unknown; disaggregations: string[] }[];
  }[];
}

/** A demo programme Janyryk runs, with an indicator computed from records and one entered by hand. */
async function demoProgramme(page: Page) {
  const list = await apiGet<{ items: Listed[] }>(page, '/api/programmes');
  for (const item of list.items) {
    const detail = await apiGet<Detail>(page, `/api/programmes/${item.id}`);
    const indicators = detail.results.flatMap((r) => r.indicators);
    const computed = indicators.find((i) => i.definition !== null && i.disaggregations.length > 0);
    const manual = indicators.find((i) => i.definition === null);
    if (detail.abilities.update && computed && manual) return { detail, computed, manual, listed: item };
  }
  throw new Error('no demo programme with a computed and a manual indicator');
}

/** Tab to the link whose address ends so; the predicate runs in the page, so the text is written into it. */
async function tabToLinkEnding(page: Page, ending: string): Promise<void> {
  const source = `(element) => element.getAttribute('href')?.endsWith(${JSON.stringify(ending)}) === true`;
  await tabTo(page, new Function(`return ${source}`)() as (element: Element) => boolean, ending);
}

async function check(page: Page, found: string[], language: UiLanguage, path: string) {
  await page.goto(path);
  await settled(page);
  found.push(...(await violations(page, language, path)));
}

async function openDisclosures(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
  });
}

describe('programme pages pass axe-core in two languages', () => {
  for (const language of ['ky', 'ru'] as const) {
    it(`has no violations in ${language}`, async () => {
      const found: string[] = [];
      const context = await newContext(browser, birge.url, language);
      const page = await context.newPage();
      await signIn(page, 'janyryk.admin@birge.test');
      await switchLanguage(page, language);
      const { detail, computed, manual, listed } = await demoProgramme(page);
      const networks = await apiGet<{ items: { id: string }[] }>(page, '/api/networks');
      const networkId = listed.networkId ?? networks.items[0]?.id;
      const base = `/programmes/${detail.id}`;
      const outputId = detail.results.at(-1)?.id;
      // The records behind the whole span's value, and behind one of its groups.
      const span = `periodStart=${detail.startDate}&periodEnd=${dayAfter(detail.endDate)}`;
      const group = computed.disaggregations.includes('sex') ? 'sex&group=female' : 'region';

      for (const path of [
        '/programmes',
        '/programmes?status=implementation',
        '/programmes/new',
        base,
        `${base}?period=quarter`,
        `${base}?period=total`,
        `${base}/edit`,
        `${base}/indicators/${computed.id}`,
        `${base}/indicators/${computed.id}?period=month`,
        `${base}/indicators/${manual.id}`,
        `${base}/indicators/${computed.id}/records?${span}`,
        `${base}/indicators/${computed.id}/records?${span}&disaggregateBy=${group}`,
        `${base}/indicators/${computed.id}/edit`,
        `${base}/results/${outputId}/indicators/new`,
        `/networks/${networkId}/programmes`,
        `/networks/${networkId}`,
      ]) {
        await check(page, found, language, path);
      }

      // Every disclosure of the dashboard open: the forms that change the logframe.
      await page.goto(base);
      await settled(page);
      await openDisclosures(page);
      found.push(...(await violations(page, language, `${base} with its forms open`)));

      // The manual value form, sent empty.
      await page.goto(`${base}/indicators/${manual.id}`);
      await settled(page);
      await openDisclosures(page);
      await page.locator('details[open] form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, 'manual value with errors')));

      // A value entered by hand being corrected, then about to be removed.
      const changes = page.locator('table:has(#manual-caption) tbody tr').first().locator('button');
      await changes.first().click();
      await page.locator('main h3[tabindex="-1"]').waitFor();
      found.push(...(await violations(page, language, 'manual value being corrected')));
      await changes.last().click();
      await page.locator('main [role="alert"]').waitFor();
      found.push(...(await violations(page, language, 'manual value about to be removed')));

      // A new programme sent empty, and a new indicator refused by the API for its code.
      await page.goto('/programmes/new');
      await settled(page);
      await page.locator('main form button[type="submit"]').last().click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, '/programmes/new with errors')));

      await page.goto(`${base}/results/${outputId}/indicators/new`);
      await settled(page);
      await openDisclosures(page);
      found.push(...(await violations(page, language, 'indicator form with its filters open')));

      // A ratio: two definitions side by side.
      await page.locator('[data-field="definition.measure"] button.select__button').click();
      await page.getByRole('option').last().click();
      await page.locator('[data-field="definition.numerator.source"]').waitFor();
      await openDisclosures(page);
      found.push(...(await violations(page, language, 'indicator form as a ratio')));
      await context.close();

      expect(found).toEqual([]);
    }, 300_000);
  }
});

describe('programme pages by keyboard', () => {
  it('reaches the main actions with Tab alone, and the API refuses a taken code in the reader’s language', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await signIn(page, 'janyryk.admin@birge.test');
    await switchLanguage(page, 'en');
    const { detail, computed } = await demoProgramme(page);

    await page.goto('/programmes');
    await settled(page);
    await tabTo(page, (e) => e.getAttribute('href') === '/programmes/new', 'new programme');
    await tabTo(page, (e) => e.getAttribute('href')?.startsWith('/programmes/') === true, 'a programme');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /^\/programmes\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(page);

    await page.goto(`/programmes/${detail.id}`);
    await settled(page);
    await tabTo(
      page,
      (e) => e.getAttribute('href')?.endsWith('?period=quarter') === true,
      'the quarter switch',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '?period=quarter');
    await settled(page);
    expect(await page.locator('.period-switch a[aria-current="page"]').innerText()).toBe('Quarter');
    await tabToLinkEnding(page, `/indicators/${computed.id}`);
    await tabTo(
      page,
      (e) => e.getAttribute('href')?.endsWith('/indicators/new') === true,
      'add an indicator',
    );
    await tabTo(page, (e) => e.tagName === 'SUMMARY', 'a logframe form');
    await tabTo(page, (e) => e.getAttribute('href')?.includes('report.pdf') === true, 'the PDF report');
    await tabTo(page, (e) => e.getAttribute('href')?.endsWith('iati.xml') === true, 'the IATI file');

    // An indicator whose code is taken: the API's message lands on the code field, in English.
    const outputId = detail.results.at(-1)?.id;
    await page.goto(`/programmes/${detail.id}/results/${outputId}/indicators/new`);
    await settled(page);
    const taken = await page.evaluate(
      (id) =>
        fetch(`/api/programmes/${id}`)
          .then((r) => r.json())
          .then(
            (p: Detail & { results: { indicators: { code: string }[] }[] }) =>
              p.results[0]?.indicators[0]?.code ?? '',
          ),
      detail.id,
    );
    await page.locator('input[name="code"]').fill(taken);
    for (const language of ['ky', 'kk', 'ru', 'en']) {
      await page.locator(`input[name="title.${language}"]`).fill(`Indicator ${language}`);
    }
    await page.locator('input[name="unit"]').fill('persons');
    await page.locator('[data-field="definition.source"] button.select__button').click();
    await page.getByRole('option').first().click();
    await page.locator('main form button[type="submit"]').last().click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('[data-field="code"] .field__error').innerText()).not.toBe('');
    await context.close();

    // A coordinator whose organisation registers persons opens the records behind this year's value.
    const coordinatorContext = await newContext(browser, birge.url, 'en-GB');
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, 'coordinator@birge.test');
    await switchLanguage(coordinator, 'en');
    // The records behind a value of an indicator counting this year's work.
    const fresh = await programmeOfThisYear(
      coordinator,
      { programme: 'Registry', indicator: 'Persons registered' },
      ({ owner }) => ({
        measure: 'count',
        source: 'persons.registered',
        filters: { organisationIds: [owner] },
      }),
    );
    await coordinator.goto(`/programmes/${fresh.programmeId}/indicators/${fresh.indicatorId}`);
    await settled(coordinator);
    await tabTo(
      coordinator,
      (e) => e.getAttribute('href')?.includes('/records?') === true,
      'the records behind a value',
    );
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForURL((url) => url.pathname.endsWith('/records'));
    await settled(coordinator);
    expect(await coordinator.locator('main table a').count()).toBeGreaterThan(0);

    await coordinatorContext.close();

    // The platform administrator starts a programme for any organisation, found by name.
    const adminContext = await newContext(browser, birge.url, 'en-GB');
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@birge.test');
    await switchLanguage(admin, 'en');
    await admin.goto('/programmes/new');
    await settled(admin);
    await admin.locator('input#field-ownerOrganisationId').fill('реабилитац');
    await admin
      .getByRole('option', { name: /реабилитационный центр/ })
      .first()
      .waitFor();
    await adminContext.close();
  }, 180_000);
});
