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
import {
  chooseByKeyboard,
  pickByTyping,
  pickPerson,
  tabToCheckbox,
  tabToName,
  tabToText,
} from './support/keyboard';
import { apiGet, apiWrite, programmeOfThisYear, settled, violations } from './support/pages';

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
    await page.locator('[data-field="regionIds"] .checkbox', { hasText: /^Bishkek City$/ }).click();
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
    await page
      .locator('main section', { hasText: 'Candidates proposed' })
      .getByText(name, { exact: true })
      .waitFor();

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
    await page
      .locator('main section', { hasText: 'Candidates proposed' })
      .getByText(shown, { exact: true })
      .waitFor();
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

type Employer = { id: string; name: string };

async function bakeryOf(page: Page): Promise<Employer> {
  const { items } = await apiGet<{ items: Employer[] }>(page, '/api/employers');
  const bakery = items.find((e) => e.name.includes('Нан-Ай'));
  if (!bakery) throw new Error('no demo bakery');
  return bakery;
}

/** A page with one of its forms sent as it stands, or as `fill` leaves it: checked with its errors shown. */
async function withErrors(
  page: Page,
  language: UiLanguage,
  [label, path]: [string, string],
  form: string,
  fill: () => Promise<void> = async () => {},
) {
  await page.goto(path);
  await settled(page);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details')) details.setAttribute('open', '');
  });
  await fill();
  await page.locator(`main form:has(${form}) button[type="submit"]`).click();
  await page.locator('main .error-summary').first().waitFor();
  return violations(page, language, `${label} with errors`);
}

/** The demo pages a coordinator of the Bishkek local action group works on. */
async function coordinatorPages(page: Page) {
  const vacancy = await vacancyNamed(page, 'Помощник пекаря');
  const bakery = await bakeryOf(page);
  const persons = await apiGet<{ items: Person[] }>(page, '/api/persons?limit=1');
  const placements = await apiGet<{ items: { id: string }[] }>(page, '/api/placements');
  const pages = {
    employment: ['employment', '/employment'] as [string, string],
    employers: ['employers', '/employment/employers'] as [string, string],
    employer: ['employer', `/employment/employers/${bakery.id}`] as [string, string],
    vacancy: ['vacancy', `/employment/vacancies/${vacancy.id}`] as [string, string],
    profile: ['profile', `/persons/${persons.items[0]?.id}/job-profile`] as [string, string],
    placements: ['placements', '/employment/placements'] as [string, string],
  };
  const placement: [string, string][] = placements.items[0]
    ? [['placement', `/employment/placements/${placements.items[0].id}`]]
    : [];
  return { pages, all: [...Object.values(pages), ...placement] };
}

describe('employment pages', () => {
  it('have no accessibility violations in Kyrgyz, Russian and English, and fit a phone 320 px wide', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    const { all } = await coordinatorPages(page);
    const found: string[] = [];
    for (const language of ['ky', 'ru', 'en'] as const) found.push(...(await pagesPass(page, language, all)));
    await page.setViewportSize({ width: 320, height: 740 });
    for (const [, path] of all) {
      await page.goto(path);
      await settled(page);
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
    expect(found).toEqual([]);
  }, 540_000);

  it('show their forms’ errors without accessibility violations, in Kyrgyz and Russian', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    const { pages } = await coordinatorPages(page);
    const found: string[] = [];
    for (const language of ['ky', 'ru'] as const) {
      await switchLanguage(page, language);
      found.push(
        ...(await withErrors(page, language, pages.employment, 'input[name="title"]')),
        ...(await withErrors(page, language, pages.vacancy, 'input[name="title"]', () =>
          page.locator('input[name="title"]').fill(''),
        )),
        ...(await withErrors(page, language, pages.employer, 'input[name="headcount"]', () =>
          page.locator('input[name="headcount"]').fill('много'),
        )),
        ...(await withErrors(page, language, pages.placements, 'input[name="position"]')),
        ...(await withErrors(page, language, pages.profile, 'input[name="consentGiven"]', async () => {
          const consent = page.locator('label.checkbox:has(input[name="consentGiven"])');
          if (!(await consent.locator('input').isChecked())) await consent.click();
          await page.locator('[data-field="consent.givenBy"] .radio').nth(1).click();
        })),
      );
    }
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);

  it('have no accessibility violations for an employer’s staff and at a job fair', async () => {
    const found: string[] = [];
    const employerContext = await newContext(browser, birge.url);
    const staff = await employerContext.newPage();
    await signIn(staff, 'employer@birge.test');
    const own: [string, string] = [
      'employer’s own page',
      `/employment/employers/${(await bakeryOf(staff)).id}`,
    ];
    const vacancy = await vacancyNamed(staff, 'Помощник пекаря');
    for (const language of ['ky', 'ru', 'en'] as const) {
      found.push(
        ...(await pagesPass(staff, language, [
          ['employer vacancies', '/employment'],
          own,
          ['employer vacancy', `/employment/vacancies/${vacancy.id}`],
        ])),
      );
      if (language !== 'en')
        found.push(
          ...(await withErrors(staff, language, own, 'input[name="headcount"]', () =>
            staff.locator('input[name="contacts.0.name"]').fill(''),
          )),
        );
    }
    await employerContext.close();

    const qorgan = await newContext(browser, birge.url);
    const admin = await qorgan.newPage();
    await signIn(admin, 'qorgan.admin@birge.test');
    const fairs = await apiGet<{ items: { id: string }[] }>(admin, '/api/activities?type=job_fair');
    for (const language of ['ky', 'en'] as const)
      found.push(
        ...(await pagesPass(admin, language, [['fair', `/employment/fairs/${fairs.items[0]?.id}`]])),
      );
    await qorgan.close();
    expect(found).toEqual([]);
  }, 480_000);
});

const year = new Date().getUTCFullYear();

/** The placements indicator's value for the whole programme, as its page shows it. */
async function placedOnProgrammePage(page: Page, programmeId: string): Promise<number> {
  await page.goto(`/programmes/${programmeId}`);
  await settled(page);
  const row = page.locator('tr', {
    has: page.getByRole('link', { name: /1\.1\.a Young people placed in jobs/ }),
  });
  const total = await row.locator('td .actual-of-target').first().innerText();
  return Number(total.match(/\d+/)?.[0] ?? 0);
}

const quota = (page: Page) => page.locator('main #quota').innerText();

describe('an employer and a coordinator, by keyboard alone', () => {
  it('the employer records its premises and sees its quota change, and publishes a complete vacancy; the coordinator places a person in it for a programme whose indicator counts one more', async () => {
    const coordinatorContext = await newContext(browser, birge.url);
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, 'coordinator@birge.test');
    await switchLanguage(coordinator, 'en');
    const { programmeId } = await programmeOfThisYear(
      coordinator,
      { programme: 'Jobs for young people', indicator: 'Young people placed in jobs' },
      (made) => ({
        measure: 'count',
        source: 'placements.started',
        filters: { programmeId: made.programmeId },
      }),
    );
    const programme = `Jobs for young people (${year}–${year})`;
    const before = await placedOnProgrammePage(coordinator, programmeId);

    // The bakery's own staff: one more employee with a disability, and a lift.
    const employerContext = await newContext(browser, birge.url);
    const employer = await employerContext.newPage();
    await signIn(employer, 'employer@birge.test');
    await switchLanguage(employer, 'en');
    const bakery = await bakeryOf(employer);
    await employer.goto('/employment');
    await settled(employer);
    await tabToText(employer, `Our details: ${bakery.name}`, 'A');
    await employer.keyboard.press('Enter');
    await employer.waitForURL((url) => url.pathname === `/employment/employers/${bakery.id}`);
    await settled(employer);
    expect(await quota(employer)).toBe(
      'The quota asks for 3 employees with disabilities (5% of the staff); 1 is employed: 2 short.',
    );
    await tabToText(employer, 'Change the employer’s details', 'SUMMARY');
    await employer.keyboard.press('Enter');
    await tabToName(employer, 'employeesWithDisabilities');
    await employer.keyboard.press('Control+A');
    await employer.keyboard.type('2');
    await tabToCheckbox(employer, 'Lift');
    await employer.keyboard.press('Space');
    await tabToText(employer, 'Save the details', 'BUTTON');
    await employer.keyboard.press('Enter');
    await employer.getByText('The employer’s details are saved.').waitFor();
    await employer.locator('main #quota', { hasText: '2 are employed' }).waitFor();
    expect(await quota(employer)).toBe(
      'The quota asks for 3 employees with disabilities (5% of the staff); 2 are employed: 1 short.',
    );
    const lift = employer.locator('section[aria-labelledby="premises"] dt', { hasText: /^Lift$/ });
    expect(await lift.locator('xpath=following-sibling::dd[1]').innerText()).toBe('Yes');

    // A vacancy with everything a job seeker and the matching read.
    await employer.goto('/employment');
    await settled(employer);
    await tabToText(employer, 'Add a vacancy', 'SUMMARY');
    await employer.keyboard.press('Enter');
    await tabToName(employer, 'title');
    await employer.keyboard.type('Кассир в пекарне');
    await tabToName(employer, 'description');
    await employer.keyboard.type('Работа у кассы и с покупателями, в дневную смену.');
    await tabToName(employer, 'requirements');
    await employer.keyboard.type('Вежливость и внимательность.');
    await chooseByKeyboard(employer, 'field-sector', 'food and catering');
    await chooseByKeyboard(employer, 'field-regionId', 'Bishkek City');
    await tabToName(employer, 'address');
    await employer.keyboard.type('ул. Токтогула, 125');
    await chooseByKeyboard(employer, 'field-hours', 'part time');
    await tabToName(employer, 'payFrom');
    await employer.keyboard.type('20000');
    await tabToName(employer, 'payTo');
    await employer.keyboard.type('26000');
    await tabToName(employer, 'openings');
    await employer.keyboard.press('Control+A');
    await employer.keyboard.type('2');
    for (const label of ['customer service', 'sales', 'flexible hours', 'a job coach']) {
      await tabToCheckbox(employer, label);
      await employer.keyboard.press('Space');
    }
    await tabToText(employer, 'Add the vacancy', 'BUTTON');
    await employer.keyboard.press('Enter');
    await employer.waitForURL((url) => /^\/employment\/vacancies\/[0-9a-f-]{36}$/.test(url.pathname));
    await employer.locator('main h1', { hasText: 'Кассир в пекарне' }).waitFor();
    await settled(employer);
    const shown = await employer.locator('main').innerText();
    for (const part of [
      'food and catering',
      'ул. Токтогула, 125',
      'part time',
      '20,000–26,000 som',
      '2 places',
      'customer service, sales',
      'flexible hours, a job coach',
      'Работа у кассы и с покупателями, в дневную смену.',
      'Вежливость и внимательность.',
    ])
      expect(shown).toContain(part);
    await employerContext.close();

    // The coordinator places a person in that job, for the programme.
    const { items } = await apiGet<{ items: Person[] }>(coordinator, '/api/persons?limit=1');
    const person = items[0];
    if (!person) throw new Error('no person to place');
    await coordinator.goto('/employment/placements');
    await settled(coordinator);
    await tabToText(coordinator, 'Record a placement', 'SUMMARY');
    await coordinator.keyboard.press('Enter');
    await pickPerson(coordinator, `${person.familyName} ${person.givenName}`);
    // The employer is found by typing part of its name: the list asks the server, however many employers there are.
    await pickByTyping(coordinator, 'field-employerId', bakery.name, 'Нан-Ай');
    // The vacancy field is drawn anew once the employer's vacancies arrive: choose in it only after that.
    await coordinator
      .locator('[data-field="vacancyId"] option', { hasText: 'Кассир в пекарне' })
      .waitFor({ state: 'attached' });
    await chooseByKeyboard(coordinator, 'field-vacancyId', 'Кассир в пекарне (Open)');
    await tabToName(coordinator, 'position');
    await coordinator.keyboard.type('Кассир');
    await chooseByKeyboard(coordinator, 'field-programmeId', programme);
    await tabToCheckbox(coordinator, 'Supported by a job coach');
    await coordinator.keyboard.press('Space');
    await tabToText(coordinator, 'Record the placement', 'BUTTON');
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForURL((url) => /^\/employment\/placements\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(coordinator);
    const placement = await coordinator.locator('main dl.details').innerText();
    expect(placement).toContain(programme);
    expect(placement).toContain('Supported by a job coach');
    expect(await placedOnProgrammePage(coordinator, programmeId)).toBe(before + 1);
    await coordinatorContext.close();
  }, 240_000);
});

/** A day `days` before today, as the API writes it. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Types a day into a date field by keyboard, in whichever order the browser's locale puts day and month. */
async function typeDate(page: Page, name: string, iso: string) {
  const [year, month, day] = iso.split('-');
  await tabToName(page, name);
  await page.keyboard.type(`${day}${month}${year}`);
  if ((await page.locator(`input[name="${name}"]`).inputValue()) !== iso) {
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(`${month}${day}${year}`);
  }
  expect(await page.locator(`input[name="${name}"]`).inputValue()).toBe(iso);
}

describe('a follow-up that finds the person no longer employed', () => {
  it('ends the placement, by keyboard, on the day the job ended and with the reason, shown on the placement and in the list', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    await switchLanguage(page, 'en');
    const bakery = await bakeryOf(page);
    const { items } = await apiGet<{ items: Person[] }>(page, '/api/persons?limit=2');
    const person = items[1] ?? items[0];
    if (!person) throw new Error('no person to place');
    const startedOn = daysAgo(40);
    const { id } = await apiWrite<{ id: string }>(page, 'POST', '/api/placements', {
      personId: person.id,
      employerId: bakery.id,
      position: 'Упаковщик',
      startedOn,
      accommodationsProvided: [],
    });
    await page.goto(`/employment/placements/${id}`);
    await settled(page);
    await tabToName(page, 'stillEmployed');
    await page.keyboard.press('ArrowDown');
    // A day before the start is refused by the server, which names the field.
    await typeDate(page, 'endedOn', daysAgo(41));
    await chooseByKeyboard(page, 'field-leavingReason', 'Barriers at the workplace');
    await tabToText(page, 'Record the follow-up', 'BUTTON');
    await page.keyboard.press('Enter');
    const error = page.locator('[data-field="endedOn"] .field__error');
    await error.waitFor();
    expect(await error.innerText()).not.toBe('');
    expect(await page.locator('main .error-summary').innerText()).toContain('Last day at work');
    const found = await violations(page, 'en', 'follow-up ending the placement, with errors');

    const endedOn = daysAgo(10);
    await typeDate(page, 'endedOn', endedOn);
    await tabToText(page, 'Record the follow-up', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText('The follow-up is recorded.').waitFor();
    const shown = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${endedOn}T00:00:00Z`),
    );
    const details = page.locator('main dl.details');
    await details.getByText(shown, { exact: true }).waitFor();
    expect(await details.innerText()).toContain('Barriers at the workplace');
    // React Aria announces the pending submit button by its id for a few seconds; the button went with the form.
    await page.waitForFunction(() => !document.querySelector('[data-live-announcer] [role="img"]'));
    found.push(...(await violations(page, 'en', 'ended placement')));

    await page.goto('/employment/placements');
    await settled(page);
    const card = page.locator('main li.card', {
      has: page.locator(`a[href="/employment/placements/${id}"]`),
    });
    expect(await card.innerText()).toContain(`Ended on ${shown}: Barriers at the workplace`);
    found.push(...(await violations(page, 'en', 'placements with one ended')));
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);
});

describe('employment pages on a phone', () => {
  it('do not scroll sideways at 320 px', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'coordinator@birge.test');
    const { pages, all } = await coordinatorPages(page);
    const placement = all.find(([label]) => label === 'placement');
    if (!placement) throw new Error('no placement in the demo');
    await page.setViewportSize({ width: 320, height: 740 });
    for (const language of ['ky', 'en'] as const) {
      await switchLanguage(page, language);
      for (const [, path] of [
        pages.employment,
        pages.employers,
        pages.placements,
        pages.vacancy,
        placement,
      ]) {
        await page.goto(path);
        await settled(page);
        expect(await hasHorizontalScroll(page), `${language} ${path}`).toBe(false);
      }
    }
    await context.close();
  }, 240_000);
});

describe('employment lists', () => {
  it('page past their first 50 by keyboard: a worker of a large organisation reaches every job seeker', async () => {
    const context = await newContext(browser, birge.url);
    const page = await context.newPage();
    await signIn(page, 'qorgan.admin@birge.test');
    await switchLanguage(page, 'en');
    const all = await apiGet<{ items: Seeker[]; nextCursor: string | null }>(
      page,
      '/api/job-seekers?limit=200',
    );
    expect(all.nextCursor).toBeNull();
    expect(all.items.length).toBeGreaterThan(50);
    await page.goto('/employment');
    await settled(page);
    const rows = page.locator('main table:has(caption#seekers-caption) tbody tr');
    expect(await rows.count()).toBe(50);
    while (await page.getByRole('button', { name: 'Show more' }).count()) {
      const shown = await rows.count();
      await tabToText(page, 'Show more', 'BUTTON');
      await page.keyboard.press('Enter');
      await rows.nth(shown).waitFor();
    }
    expect(await rows.count()).toBe(all.items.length);
    const last = all.items.at(-1);
    expect(await rows.last().innerText()).toContain(`${last?.familyName} ${last?.givenName}`);
    await context.close();
  }, 120_000);
});
