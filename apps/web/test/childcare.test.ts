import { readFileSync } from 'node:fs';
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
  uiLanguages,
} from './support/birge';
import {
  apiGet,
  chooseByKeyboard,
  pickPerson,
  settled,
  tabTo,
  tabToId,
  tabToText,
  violations,
} from './support/pages';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

type Placement = {
  id: string;
  caseId: string;
  familyName: string;
  givenName: string;
  endedOn: string | null;
};
type Figures = { institutions: { id: string; organisationId: string }[] };
type Commission = { id: string };

const catalogue = (language: UiLanguage): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../src/childcare/messages/${language}.json`, import.meta.url), 'utf8'));

/**
 * React Aria announces a chosen option through a node of role img in its live region, removed seven seconds
 * later; axe runs once those announcements have been read, on the page itself.
 */
async function checked(page: Page, language: UiLanguage, label: string) {
  await page.waitForFunction(() => !document.querySelector('[role="log"] [role="img"]'), undefined, {
    timeout: 15_000,
  });
  return violations(page, language, label);
}

async function openAll(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
  });
}

describe('from a gatekeeping request to a placement with its first visit, by keyboard', () => {
  it('works in Kyrgyz, Kazakh, Russian and English, every page without accessibility violations', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'supervisor@birge.test');
    const [commission] = (await apiGet<{ items: Commission[] }>(page, '/api/childcare/commissions')).items;
    const figures = await apiGet<Figures>(page, '/api/childcare/figures');
    const placements = (await apiGet<{ items: Placement[] }>(page, '/api/childcare/placements')).items.filter(
      (p) => !p.endedOn,
    );
    const found: string[] = [];
    for (const [round, language] of uiLanguages.entries()) {
      const m = catalogue(language);
      const child = placements[round];
      if (!commission || !child) throw new Error('no demo commission or child');
      const name = `${child.familyName} ${child.givenName}`;
      await switchLanguage(page, language);

      await page.goto(`/childcare/commissions/${commission.id}`);
      await settled(page);
      await tabToText(page, m['childcare.meeting.new'] ?? '', 'SUMMARY');
      await page.keyboard.press('Enter');
      await tabToText(page, m['childcare.meeting.submit'] ?? '', 'BUTTON');
      await page.keyboard.press('Enter');
      await page.getByText(m['childcare.meeting.done'] ?? '').waitFor();

      await tabToText(page, m['childcare.request.new'] ?? '', 'SUMMARY');
      await page.keyboard.press('Enter');
      await pickPerson(page, name);
      await tabToId(page, 'field-reason');
      await page.keyboard.type('Мать уехала на заработки');
      await tabToText(page, m['childcare.request.submit'] ?? '', 'BUTTON');
      await page.keyboard.press('Enter');
      await page.getByText(m['childcare.request.done'] ?? '').waitFor();

      const decide = (m['childcare.decision.new'] ?? '').replace('{name}', name);
      await tabToText(page, decide, 'SUMMARY');
      await page.keyboard.press('Enter');
      await chooseByKeyboard(
        page,
        'field-outcome',
        m['childcare.outcome.prevented_alternative_family_care'] ?? '',
      );
      await tabToId(page, 'field-reasons');
      await page.keyboard.type('Бабушка готова взять ребёнка');
      await tabTo(
        page,
        (element) => element.tagName === 'INPUT' && element.getAttribute('type') === 'checkbox',
        'a service',
      );
      await page.keyboard.press('Space');
      await tabToText(page, m['childcare.decision.submit'] ?? '', 'BUTTON');
      await page.keyboard.press('Enter');
      await page.getByText(m['childcare.decision.done'] ?? '').waitFor();
      await page
        .locator('#requests-caption ~ tbody tr', { hasText: name })
        .filter({ hasText: m['childcare.outcome.prevented_alternative_family_care'] ?? '' })
        .first()
        .waitFor();
      await openAll(page);
      found.push(...(await checked(page, language, 'commission')));

      await page.goto(`/cases/${child.caseId}/care`);
      await settled(page);
      found.push(...(await violations(page, language, 'care case')));
      await tabToText(page, m['childcare.placement.new'] ?? '', 'SUMMARY');
      await page.keyboard.press('Enter');
      await chooseByKeyboard(page, 'field-type', m['childcare.type.kinship_care'] ?? '');
      await tabToText(page, m['childcare.placement.submit'] ?? '', 'BUTTON');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/childcare/placements/'));
      await settled(page);
      found.push(...(await checked(page, language, 'placement')));
      await tabToId(page, 'field-findings');
      await page.keyboard.type('Бала жаңы үй-бүлөгө көнүп жатат');
      await tabToText(page, m['childcare.visit.submit'] ?? '', 'BUTTON');
      await page.keyboard.press('Enter');
      await page.getByText(m['childcare.visit.recorded'] ?? '').waitFor();
      await page
        .locator('#visits-caption ~ tbody tr', { hasText: 'Бала жаңы үй-бүлөгө көнүп жатат' })
        .filter({ hasText: m['childcare.visit.done'] ?? '' })
        .waitFor();

      for (const [label, path] of [
        ['childcare', '/childcare'],
        ['institution', `/childcare/institutions/${figures.institutions[0]?.id}`],
        ['carers', '/childcare/carers'],
      ] as const) {
        await page.goto(path);
        await settled(page);
        await openAll(page);
        found.push(...(await violations(page, language, label)));
      }
    }
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      '/childcare',
      `/childcare/institutions/${figures.institutions[0]?.id}`,
      `/childcare/commissions/${commission?.id}`,
    ]) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
    expect(found).toEqual([]);
  }, 480_000);
});

describe('an institution’s director', () => {
  it('counts the children by keyboard in Kyrgyz and the count joins the table over time', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'institution.director@birge.test');
    await switchLanguage(page, 'ky');
    const m = catalogue('ky');
    const figures = await apiGet<Figures>(page, '/api/childcare/figures');
    const session = await apiGet<{ memberships: { organisationId: string }[] }>(page, '/api/session');
    const own = figures.institutions.find((i) => i.organisationId === session.memberships[0]?.organisationId);
    await page.goto(`/childcare/institutions/${own?.id}`);
    await settled(page);
    await openAll(page);
    expect(await violations(page, 'ky', 'institution, kept by its director')).toEqual([]);
    await page.reload();
    await settled(page);
    await tabToText(page, m['childcare.count.new'] ?? '', 'SUMMARY');
    await page.keyboard.press('Enter');
    await tabTo(page, (element) => element.getAttribute('name') === '5-17_female_yes', 'a group');
    await page.keyboard.type('7');
    await tabToText(page, m['childcare.count.submit'] ?? '', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText(m['childcare.count.done'] ?? '').waitFor();
    const today = page.locator('#counts-caption ~ tbody tr').last();
    expect(await today.locator('td').nth(1).textContent()).toBe('7');
    await context.close();
  }, 120_000);
});

describe('a coordinator without child protection', () => {
  it('sees the institutions’ and the commission’s numbers, never a child’s name', async () => {
    const cp = await newContext(browser, birge.url);
    const supervisor = await cp.newPage();
    await signIn(supervisor, 'supervisor@birge.test');
    const [placement] = (await apiGet<{ items: Placement[] }>(supervisor, '/api/childcare/placements')).items;
    await cp.close();
    if (!placement) throw new Error('no demo placement');

    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    await switchLanguage(page, 'ru');
    const m = catalogue('ru');
    await page.goto('/childcare');
    await settled(page);
    expect(await page.locator('#institutions-caption ~ tbody tr').count()).toBe(3);
    expect(await page.locator('main').textContent()).toContain(m['childcare.decisions.title']);
    const [commission] = (await apiGet<{ items: Commission[] }>(page, '/api/childcare/commissions')).items;
    await page.goto(`/childcare/commissions/${commission?.id}`);
    await settled(page);
    await page.getByText(m['childcare.countsOnly'] ?? '').waitFor();
    expect(await violations(page, 'ru', 'commission, counts only')).toEqual([]);
    for (const path of [
      '/childcare',
      `/childcare/commissions/${commission?.id}`,
      `/childcare/placements/${placement.id}`,
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('main').textContent(), path).not.toContain(
        placement.givenName && `${placement.familyName} ${placement.givenName}`,
      );
    }
    await context.close();
  }, 120_000);
});
