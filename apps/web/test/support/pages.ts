import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { UiLanguage } from './birge';

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
export async function tabTo(
  page: Page,
  isTarget: (element: Element) => boolean,
  description: string,
): Promise<void> {
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      (source) => new Function('element', `return (${source})(element)`)(document.activeElement),
      isTarget.toString(),
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

/** The page has its heading, its requests are done and no "Loading…" is left, however many sections load. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('main [role="status"]')].some((e) =>
        e.textContent?.trim().endsWith('…'),
      ),
  );
}

export async function violations(page: Page, language: UiLanguage, label: string): Promise<string[]> {
  expect(await page.locator('html').getAttribute('lang'), label).toBe(language);
  // Legacy mode runs axe in the page itself: Birge has no frames, so the partial run's aggregation in a new
  // blank page would only repeat work.
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  return results.violations.map(
    (violation) =>
      `${language} ${label}: ${violation.id} (${violation.impact}) ${violation.nodes
        .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 300)}`)
        .join(', ')}`,
  );
}

/** A GET through the signed-in page, so the request carries its session. */
export function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }, path) as Promise<T>;
}

/** A write through the signed-in page, with its session's CSRF token. */
export function apiWrite<T>(page: Page, method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ url, verb, data }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method: verb,
        headers: { 'Content-Type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(data),
      });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { url: path, verb: method, data: body },
  ) as Promise<T>;
}

const words = (text: string) => ({ ky: text, kk: text, ru: text, en: text });

/**
 * This year's programme of the signed-in user's first organisation, its goal, outcome and output 1.1, and under
 * that one indicator 1.1.a, defined over the programme and its owner: made through the API, for pages to show.
 */
export async function programmeOfThisYear(
  page: Page,
  titles: { programme: string; indicator: string },
  definition: (made: { programmeId: string; owner: string }) => unknown,
): Promise<{ programmeId: string; indicatorId: string }> {
  const session = await apiGet<{ memberships: { organisationId: string }[] }>(page, '/api/session');
  const owner = session.memberships[0]?.organisationId ?? '';
  const year = new Date().getUTCFullYear();
  const { id: programmeId } = await apiWrite<{ id: string }>(page, 'POST', '/api/programmes', {
    title: words(titles.programme),
    description: words(''),
    ownerOrganisationId: owner,
    status: 'implementation',
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    currency: 'KGS',
  });
  const result = (parentId: string | null, level: string, code: string) =>
    apiWrite<{ id: string }>(page, 'POST', `/api/programmes/${programmeId}/results`, {
      parentId,
      level,
      code,
      title: words(code),
    });
  const goal = await result(null, 'goal', 'G');
  const outcome = await result(goal.id, 'outcome', '1');
  const output = await result(outcome.id, 'output', '1.1');
  const { id: indicatorId } = await apiWrite<{ id: string }>(
    page,
    'POST',
    `/api/results/${output.id}/indicators`,
    {
      code: '1.1.a',
      title: words(titles.indicator),
      unit: 'persons',
      disaggregations: ['sex'],
      definition: definition({ programmeId, owner }),
    },
  );
  return { programmeId, indicatorId };
}
