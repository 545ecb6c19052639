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

type Person = { id: string; familyName: string; givenName: string };
type Vacancy = { id: string; title: string };
type Seeker = { id: string; personId: string; familyName: string; givenName: string; consented: boolean };

async function vacancyNamed(page: Page, title: string): Promise<Vacancy> {
  const { items } = await apiGet<{ items: Vacancy[] }>(page, '/api/vacancies');
  const vacancy = items.find((v) => v.title === title);
  if (!vacancy) throw new Error(`no demo vacancy ${title}`);
  return vacancy;
}

/** Chooses an option of a React Aria select by its label, as a pointer user does. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await page
    .getByRole('button', { name: new RegExp(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option }).first().click();
}

async function pagesPass(page: Page, language: UiLanguage, paths: [string, string][]) {
  await switchLanguage(page, language);
  const found: string[] = [];
  for (const [label, path] of paths) {
    await page.goto(path);
    await settled(page);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
    });
    found.push(...(await violations(page, language, label)));
  }
  return found;
}

describe('from a job-seeker profile to a placement', () => {
  let person: Person;

  it('a case worker writes a profile with consent, proposes the person for a ranked vacancy and places them', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    await switchLanguage(page, 'en');
    const persons = await apiGet<{ items: Person[] }>(page, '/api/persons?limit=100');
    const seekers = await apiGet<{ items: Seeker[] }>(page, '/api/job-seekers');
    const found = persons.items.find((p) => !seekers.items.some((s) => s.personId === p.id));
    if (!found) throw new Error('no person without a profile');
    person = found;
    const name = `${person.familyName} ${person.givenName}`;

    await page.goto(`/persons/${person.id}`);
    await page.getByRole('link', { name: 'Job-seeker profile' }).click();
    await settled(page);
    await choose(page, 'Readiness', 'Ready to work');
    await choose(page, 'Education', 'Vocational');
    await page
      .locator('.checkbox', { hasText: new RegExp(`^${'baking'}$`) })
      .first()
      .click();
    await page
      .locator('.checkbox', { hasText: new RegExp(`^${'customer service'}$`) })
      .first()
      .click();
    await page
      .locator('.checkbox', { hasText: new RegExp(`^${'part time'}$`) })
      .first()
      .click();
    await choose(page, 'Region the person can travel to', 'Bishkek City');
    await page
      .locator('.checkbox', {
        hasText: new RegExp(`^${'The person consents to showing this profile to employers'}$`),
      })
      .first()
      .click();
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByText('The profile is saved.').waitFor();

    await page.goto('/employment');
    await page.getByRole('link', { name: 'Помощник пекаря' }).click();
    await settled(page);
    const card = page.locator('main ol.candidates > li', { hasText: name });
    await card.waitFor();
    const explained = await card.textContent();
    expect(explained).toContain('Skills: 18 of 35');
    expect(explained).toContain('Has 1 of 2 skills required; missing: cleaning.');
    expect(explained).toContain('The workplace is in a region the person can reach.');
    expect(explained).toContain('The hours suit the person: part time.');
    await card.getByRole('button', { name: `Propose ${name}` }).click();
    await page.getByText('The candidate is proposed to the employer.').waitFor();
    await page.locator('main section', { hasText: 'Candidates proposed' }).getByText(name).waitFor();

    await page.goto('/employment/placements');
    await settled(page);
    await page.locator('summary', { hasText: 'Record a placement' }).click();
    await page.getByRole('combobox', { name: 'Person' }).fill(person.familyName);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
    await choose(page, 'Employer', 'ОсОО «Нан-Ай» — пекарня');
    await page.getByRole('textbox', { name: 'Position' }).fill('Помощник пекаря');
    await page.locator('input[name="startedOn"]').fill('2026-01-10');
    await page
      .locator('.checkbox', { hasText: new RegExp(`^${'Supported by a job coach'}$`) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Record the placement' }).click();
    await page.waitForURL((url) => /\/employment\/placements\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(page);
    const schedule = page.locator('main table', { hasText: 'Follow-ups at 1, 3 and 6 months' });
    const rows = await schedule.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^After 1 month.*Feb.*2026/);
    expect(rows[1]).toMatch(/^After 3 months.*Apr.*2026/);
    expect(rows[2]).toMatch(/^After 6 months.*Jul.*2026/);
    await context.close();
  }, 180_000);

  it('the employer sees its vacancies and only consented candidates, never the person', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'employer@birge.test');
    await switchLanguage(page, 'en');
    const vacancy = await vacancyNamed(page, 'Помощник пекаря');
    await page.goto(`/employment/vacancies/${vacancy.id}`);
    await settled(page);
    const shown = `${person.givenName} ${person.familyName.slice(0, 1)}.`;
    await page.locator('main section', { hasText: 'Candidates proposed' }).getByText(shown).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(person.familyName);
    const { items } = await apiGet<{ items: { profile: { profileId: string; name: string } }[] }>(
      page,
      `/api/vacancies/${vacancy.id}/candidates`,
    );
    expect(items.length).toBeGreaterThan(0);
    const status = await page.evaluate(async (id) => (await fetch(`/api/persons/${id}`)).status, person.id);
    expect(status).toBe(404);
    await context.close();

    const worker = await newContext(browser, birge.url);
    const coordinator = await worker.newPage();
    await signIn(coordinator, 'coordinator@birge.test');
    const unconsented = await apiGet<{ items: { id: string }[] }>(
      coordinator,
      '/api/job-seekers?consented=no',
    );
    await worker.close();
    expect(unconsented.items.length).toBeGreaterThan(0);
    const seen = new Set(items.map((c) => c.profile.profileId));
    expect(unconsented.items.filter((s) => seen.has(s.id))).toEqual([]);
  }, 120_000);
});

describe('employment pages', () => {
  it('have no accessibility violations in Kyrgyz and English, and fit a phone', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    const vacancy = await vacancyNamed(page, 'Помощник пекаря');
    const persons = await apiGet<{ items: Person[] }>(page, '/api/persons?limit=1');
    const placements = await apiGet<{ items: { id: string }[] }>(page, '/api/placements');
    const paths: [string, string][] = [
      ['employment', '/employment'],
      ['vacancy', `/employment/vacancies/${vacancy.id}`],
      ['profile', `/persons/${persons.items[0]?.id}/job-profile`],
      ['placements', '/employment/placements'],
      ...(placements.items[0]
        ? [['placement', `/employment/placements/${placements.items[0].id}`] as [string, string]]
        : []),
    ];
    const found: string[] = [];
    for (const language of ['ky', 'en'] as const) found.push(...(await pagesPass(page, language, paths)));
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [, path] of paths) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();

    const qorgan = await newContext(browser, birge.url);
    const admin = await qorgan.newPage();
    await signIn(admin, 'qorgan.admin@birge.test');
    const fairs = await apiGet<{ items: { id: string }[] }>(admin, '/api/activities?type=job_fair');
    for (const language of ['ky', 'en'] as const)
      found.push(
        ...(await pagesPass(admin, language, [['fair', `/employment/fairs/${fairs.items[0]?.id}`]])),
      );
    await qorgan.close();

    const employerContext = await newContext(browser, birge.url);
    const employer = await employerContext.newPage();
    await signIn(employer, 'employer@birge.test');
    for (const language of ['ky', 'en'] as const)
      found.push(
        ...(await pagesPass(employer, language, [
          ['employer vacancies', '/employment'],
          ['employer vacancy', `/employment/vacancies/${vacancy.id}`],
        ])),
      );
    await employerContext.close();
    expect(found).toEqual([]);
  }, 300_000);
});
