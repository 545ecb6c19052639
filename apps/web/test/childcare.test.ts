import { readFileSync } from 'node:fs';
import { carerSteps } from '@birge/domain/childcare/rules';
import type { CarerState } from '@birge/domain/childcare/vocabulary';
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
import { choose, pickPerson, tabToId, tabToText } from './support/keyboard';
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

type Placement = {
  id: string;
  caseId: string;
  familyName: string;
  givenName: string;
  endedOn: string | null;
};
type Figures = { institutions: { id: string; organisationId: string }[] };
type Commission = { id: string };
type Carer = { id: string; name: string; state: CarerState };

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

/** Every placement the signed-in worker may see, page after page. */
async function allPlacements(page: Page) {
  const items: Placement[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const next: { items: Placement[]; nextCursor: string | null } = await apiGet(
      page,
      `/api/childcare/placements?limit=200${query}`,
    );
    items.push(...next.items);
    cursor = next.nextCursor;
  } while (cursor);
  return items;
}

/** Presses a submit button by keyboard and waits for the status line that says it was recorded. */
async function submit(page: Page, button: string, done: string) {
  await tabToText(page, button, 'BUTTON');
  await page.keyboard.press('Enter');
  await page.getByText(done).first().waitFor();
}

async function openSubform(page: Page, summary: string) {
  await tabToText(page, summary, 'SUMMARY');
  await page.keyboard.press('Enter');
}

/** The gatekeeping of one child at a new commission: set up, a member, a meeting, a decision and its correction. */
async function gatekeeping(page: Page, m: Record<string, string>, language: UiLanguage, name: string) {
  await page.goto('/childcare/commissions/new');
  await settled(page);
  const found = await violations(page, language, 'new commission');
  await tabToId(page, 'field-name');
  await page.keyboard.type(`Комиссия ${language}`);
  await tabToText(page, m['childcare.commissions.create'] ?? '', 'BUTTON');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => /\/childcare\/commissions\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);

  await openSubform(page, m['childcare.member.new'] ?? '');
  await tabToId(page, 'field-name');
  await page.keyboard.type('Асель Маматова');
  await tabToId(page, 'field-position');
  await page.keyboard.type('Төрага');
  await submit(page, m['childcare.member.submit'] ?? '', m['childcare.member.done'] ?? '');
  await page.locator('main li', { hasText: 'Асель Маматова — Төрага' }).waitFor();

  await openSubform(page, m['childcare.meeting.new'] ?? '');
  await submit(page, m['childcare.meeting.submit'] ?? '', m['childcare.meeting.done'] ?? '');

  await openSubform(page, m['childcare.request.new'] ?? '');
  await pickPerson(page, name);
  await tabToId(page, 'field-reason');
  await page.keyboard.type('Мать уехала на заработки');
  await submit(page, m['childcare.request.submit'] ?? '', m['childcare.request.done'] ?? '');

  await openSubform(page, (m['childcare.decision.new'] ?? '').replace('{name}', name));
  await choose(page, 'field-outcome', m['childcare.outcome.placed'] ?? '');
  await tabToId(page, 'field-reasons');
  await page.keyboard.type('Родственников нет');
  await submit(page, m['childcare.decision.submit'] ?? '', m['childcare.decision.done'] ?? '');

  await openSubform(page, m['childcare.correction.new'] ?? '');
  await choose(page, 'field-requestId', name);
  await choose(page, 'field-outcome', m['childcare.outcome.prevented_alternative_family_care'] ?? '');
  await tabTo(
    page,
    (element) => element.tagName === 'INPUT' && element.getAttribute('type') === 'checkbox',
    'a service',
  );
  await page.keyboard.press('Space');
  await tabToId(page, 'field-correction');
  await page.keyboard.type('В протоколе: бабушка берёт ребёнка');
  await submit(page, m['childcare.correction.submit'] ?? '', m['childcare.correction.done'] ?? '');
  await page
    .locator('#requests-caption ~ tbody tr', { hasText: name })
    .filter({ hasText: m['childcare.outcome.prevented_alternative_family_care'] ?? '' })
    .waitFor();
  await openAll(page);
  return [...found, ...(await checked(page, language, 'commission'))];
}

/** The child's file: the decision written, a step of the plan done, the placement with two visits. */
async function placement(page: Page, m: Record<string, string>, language: UiLanguage, caseId: string) {
  await page.goto(`/cases/${caseId}/care`);
  await settled(page);
  const found = await violations(page, language, 'care case');
  await openSubform(page, m['childcare.record.new'] ?? '');
  await choose(page, 'field-kind', m['childcare.record.placement_decision'] ?? '');
  await tabToId(page, 'field-text');
  await page.keyboard.type('Устройство к родственникам');
  await submit(page, m['childcare.record.submit'] ?? '', m['childcare.record.done'] ?? '');

  const step = `Знакомство с семьёй ${language}`;
  await openSubform(page, m['childcare.step.new'] ?? '');
  await tabToId(page, 'field-step');
  await page.keyboard.type(step);
  await tabToId(page, 'field-responsible');
  await page.keyboard.type('Социальный работник');
  await tabToId(page, 'field-dueOn');
  // A day whose day and month read the same whichever order the browser's date field takes them in.
  await page.keyboard.type('11112030');
  await submit(page, m['childcare.step.submit'] ?? '', m['childcare.step.done'] ?? '');
  await submit(
    page,
    (m['childcare.step.markDone'] ?? '').replace('{step}', step),
    m['childcare.step.marked'] ?? '',
  );

  await openSubform(page, m['childcare.placement.new'] ?? '');
  await choose(page, 'field-type', m['childcare.type.kinship_care'] ?? '');
  await tabToText(page, m['childcare.placement.submit'] ?? '', 'BUTTON');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname.startsWith('/childcare/placements/'));
  await settled(page);
  found.push(...(await checked(page, language, 'placement')));

  await tabToId(page, 'field-findings');
  await page.keyboard.type('Бала жаңы үй-бүлөгө көнүп жатат');
  await submit(page, m['childcare.visit.submit'] ?? '', m['childcare.visit.recorded'] ?? '');
  await page
    .locator('#visits-caption ~ tbody tr', { hasText: 'Бала жаңы үй-бүлөгө көнүп жатат' })
    .filter({ hasText: m['childcare.visit.done'] ?? '' })
    .waitFor();
  await choose(page, 'field-which', m['childcare.visit.extra'] ?? '');
  await tabToId(page, 'field-findings');
  await page.keyboard.type('Мугалим баланын абалын сурады');
  await tabToText(page, m['childcare.visit.submit'] ?? '', 'BUTTON');
  await page.keyboard.press('Enter');
  await page
    .locator('#visits-caption ~ tbody tr', { hasText: 'Мугалим баланын абалын сурады' })
    .filter({ hasText: m['childcare.visit.extra'] ?? '' })
    .waitFor();
  return [...found, ...(await checked(page, language, 'placement with visits'))];
}

/** A carer on the way to approval takes their next step, chosen among those the form offers. */
async function nextCarerStep(page: Page, m: Record<string, string>, language: UiLanguage, carer: Carer) {
  await page.goto('/childcare/carers');
  await settled(page);
  const next = carerSteps[carer.state][0] ?? 'withdrawn';
  await choose(page, 'field-carerId', `${carer.name} (${m[`childcare.carerState.${carer.state}`]})`);
  await choose(page, 'field-state', m[`childcare.carerState.${next}`] ?? '');
  await submit(page, m['childcare.carers.change'] ?? '', m['childcare.carers.changed'] ?? '');
  await openAll(page);
  return checked(page, language, 'carers');
}

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

async function registerInstitution(
  page: Page,
  m: Record<string, string>,
  language: UiLanguage,
  name: string,
) {
  await page.goto('/childcare/institutions/new');
  await settled(page);
  const found = await violations(page, language, 'new institution');
  await choose(page, 'field-organisationId', name);
  await tabToId(page, 'field-capacity');
  await page.keyboard.type('60');
  await tabToId(page, 'field-targetChildrenLeaving');
  await page.keyboard.type('45');
  await tabToText(page, m['childcare.institutions.registerSubmit'] ?? '', 'BUTTON');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => /\/childcare\/institutions\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  await page.locator('main h1', { hasText: name }).waitFor();
  return [...found, ...(await checked(page, language, 'registered institution'))];
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
