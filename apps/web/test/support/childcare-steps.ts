import { carerSteps } from '@birge/domain/childcare/rules';
import type { CarerState } from '@birge/domain/childcare/vocabulary';
import type { Page } from 'playwright-core';
import type { UiLanguage } from './birge';
import { chooseByKeyboard, pickPerson, tabToId, tabToText } from './keyboard';
import { apiGet, settled, tabTo, violations } from './pages';

/*
 * The steps of the child-protection journey, each taken by keyboard in the page's language (its messages `m`),
 * each answering the accessibility violations found on the pages it went through.
 */

export type Placement = {
  id: string;
  caseId: string;
  familyName: string;
  givenName: string;
  endedOn: string | null;
};
export type Figures = { institutions: { id: string; organisationId: string }[] };
export type Commission = { id: string };
export type Carer = { id: string; name: string; state: CarerState };

/**
 * React Aria announces a chosen option through a node of role img in its live region, removed seven seconds
 * later; axe runs once those announcements have been read, on the page itself.
 */
export async function checked(page: Page, language: UiLanguage, label: string) {
  await page.waitForFunction(() => !document.querySelector('[role="log"] [role="img"]'), undefined, {
    timeout: 15_000,
  });
  return violations(page, language, label);
}

export async function openAll(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
  });
}

/** Every placement the signed-in worker may see, page after page. */
export async function allPlacements(page: Page) {
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
export async function submit(page: Page, button: string, done: string) {
  await tabToText(page, button, 'BUTTON');
  await page.keyboard.press('Enter');
  await page.getByText(done).first().waitFor();
}

export async function openSubform(page: Page, summary: string) {
  await tabToText(page, summary, 'SUMMARY');
  await page.keyboard.press('Enter');
}

/** The gatekeeping of one child at a new commission: set up, a member, a meeting, a decision and its correction. */
export async function gatekeeping(page: Page, m: Record<string, string>, language: UiLanguage, name: string) {
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
  await chooseByKeyboard(page, 'field-outcome', m['childcare.outcome.placed'] ?? '');
  await tabToId(page, 'field-reasons');
  await page.keyboard.type('Родственников нет');
  await submit(page, m['childcare.decision.submit'] ?? '', m['childcare.decision.done'] ?? '');

  await openSubform(page, m['childcare.correction.new'] ?? '');
  await chooseByKeyboard(page, 'field-requestId', name);
  await chooseByKeyboard(
    page,
    'field-outcome',
    m['childcare.outcome.prevented_alternative_family_care'] ?? '',
  );
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
export async function placement(page: Page, m: Record<string, string>, language: UiLanguage, caseId: string) {
  await page.goto(`/cases/${caseId}/care`);
  await settled(page);
  const found = await violations(page, language, 'care case');
  await openSubform(page, m['childcare.record.new'] ?? '');
  await chooseByKeyboard(page, 'field-kind', m['childcare.record.placement_decision'] ?? '');
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
  await chooseByKeyboard(page, 'field-type', m['childcare.type.kinship_care'] ?? '');
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
  await chooseByKeyboard(page, 'field-which', m['childcare.visit.extra'] ?? '');
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
export async function nextCarerStep(
  page: Page,
  m: Record<string, string>,
  language: UiLanguage,
  carer: Carer,
) {
  await page.goto('/childcare/carers');
  await settled(page);
  const next = carerSteps[carer.state][0] ?? 'withdrawn';
  await chooseByKeyboard(
    page,
    'field-carerId',
    `${carer.name} (${m[`childcare.carerState.${carer.state}`]})`,
  );
  await chooseByKeyboard(page, 'field-state', m[`childcare.carerState.${next}`] ?? '');
  await submit(page, m['childcare.carers.change'] ?? '', m['childcare.carers.changed'] ?? '');
  await openAll(page);
  return checked(page, language, 'carers');
}

export async function registerInstitution(
  page: Page,
  m: Record<string, string>,
  language: UiLanguage,
  name: string,
) {
  await page.goto('/childcare/institutions/new');
  await settled(page);
  const found = await violations(page, language, 'new institution');
  await chooseByKeyboard(page, 'field-organisationId', name);
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
