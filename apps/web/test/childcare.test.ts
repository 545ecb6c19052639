import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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
  allPlacements,
  type Carer,
  type Commission,
  type Figures,
  gatekeeping,
  nextCarerStep,
  openAll,
  openSubform,
  type Placement,
  placement,
  registerInstitution,
  submit,
} from './support/childcare-steps';
import { apiGet, apiWrite, settled, tabTo, violations } from './support/pages';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

const catalogue = (language: UiLanguage): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../src/childcare/messages/${language}.json`, import.meta.url), 'utf8'));

/** A new residential institution whose coordinator is the supervisor, for them to register by keyboard. */
async function newInstitution(supervisorId: string) {
  const context = await newContext(browser, birge.url);
  const admin = await context.newPage();
  await signIn(admin, 'admin@birge.test');
  const name = 'Сокулук балдар үйү';
  const organisation = await apiWrite<{ id: string }>(admin, 'POST', '/api/organisations', {
    name,
    type: 'residential_institution',
  });
  await apiWrite(admin, 'POST', '/api/memberships', {
    userId: supervisorId,
    organisationId: organisation.id,
    roles: ['coordinator'],
  });
  await context.close();
  return name;
}

describe('the child-protection journey, by keyboard', () => {
  it('works in Kyrgyz, Kazakh, Russian and English, every page without accessibility violations', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'supervisor@birge.test');
    const session = await apiGet<{ user: { id: string } }>(page, '/api/session');
    const institution = await newInstitution(session.user.id);
    const figures = await apiGet<Figures>(page, '/api/childcare/figures');
    // Children whose placement broke down: the commission hears them again, and they are placed anew.
    const children = (await allPlacements(page)).filter((p) => p.endedOn);
    const carers = (await apiGet<{ items: Carer[] }>(page, '/api/childcare/carers')).items.filter((c) =>
      ['applied', 'assessed', 'trained'].includes(c.state),
    );
    const found: string[] = [];
    for (const [round, language] of uiLanguages.entries()) {
      const m = catalogue(language);
      const child = children[round];
      const carer = carers[round];
      if (!child || !carer) throw new Error('no demo child or carer for this round');
      await switchLanguage(page, language);
      if (round === 0) found.push(...(await registerInstitution(page, m, language, institution)));
      found.push(...(await gatekeeping(page, m, language, `${child.familyName} ${child.givenName}`)));
      found.push(...(await placement(page, m, language, child.caseId)));
      found.push(...(await nextCarerStep(page, m, language, carer)));
      for (const [label, path] of [
        ['childcare', '/childcare'],
        ['institution', `/childcare/institutions/${figures.institutions[0]?.id}`],
        ['new institution', '/childcare/institutions/new'],
      ] as const) {
        await page.goto(path);
        await settled(page);
        await openAll(page);
        found.push(...(await violations(page, language, label)));
      }
    }
    const [commission] = (await apiGet<{ items: Commission[] }>(page, '/api/childcare/commissions')).items;
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      '/childcare',
      `/childcare/institutions/${figures.institutions[0]?.id}`,
      `/childcare/commissions/${commission?.id}`,
      '/childcare/institutions/new',
      '/childcare/commissions/new',
      '/childcare/carers',
    ]) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
    expect(found).toEqual([]);
  }, 1_200_000);
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
    await openSubform(page, m['childcare.count.new'] ?? '');
    await tabTo(page, (element) => element.getAttribute('name') === '5-17_female_yes', 'a group');
    await page.keyboard.type('7');
    await submit(page, m['childcare.count.submit'] ?? '', m['childcare.count.done'] ?? '');
    const today = page.locator('#counts-caption ~ tbody tr').last();
    expect(await today.locator('td').nth(1).textContent()).toBe('7');
    expect(await today.locator('td').nth(6).textContent()).toBe('7');
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
    const figures = await apiGet<Figures>(page, '/api/childcare/figures');
    expect(figures.institutions.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#institutions-caption ~ tbody tr').count()).toBe(figures.institutions.length);
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
