import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startBirge, switchLanguage } from './support/birge';
import { apiGet, tabTo } from './support/pages';

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
  latinName: string;
  birthDate: string | null;
  sex: 'female' | 'male';
}

const byText = (text: string) => `(element) => element.textContent?.trim() === ${JSON.stringify(text)}`;

async function tabToText(page: Page, text: string, tag = ''): Promise<void> {
  const source = tag
    ? `(element) => element.tagName === ${JSON.stringify(tag)} && element.textContent?.trim() === ${JSON.stringify(text)}`
    : byText(text);
  await tabTo(page, new Function(`return ${source}`)() as (element: Element) => boolean, text);
}

async function tabToName(page: Page, name: string): Promise<void> {
  await tabTo(
    page,
    new Function(`return (element) => element.getAttribute('name') === ${JSON.stringify(name)}`)(),
    name,
  );
}

async function tabToId(page: Page, id: string): Promise<void> {
  await tabTo(page, new Function(`return (element) => element.id === ${JSON.stringify(id)}`)(), id);
}

/** The first radio of a group gets focus on Tab; Space chooses it. */
async function chooseFirstRadio(page: Page, name: string): Promise<void> {
  await tabToName(page, name);
  await page.keyboard.press('Space');
}

describe('a case worker’s day, by keyboard alone, in Russian', () => {
  it('registers a person past a duplicate warning, opens a case, plans, and refers with consent; the receiver accepts', async () => {
    const context = await newContext(browser, birge.url, 'ru-RU');
    const page = await context.newPage();
    await signIn(page, 'caseworker@birge.test');
    await switchLanguage(page, 'ru');

    // An adult already registered, with a Latin spelling and a birth date: the same name typed in Latin must be found.
    const persons = await apiGet<{ items: Listed[]; nextCursor: string | null }>(
      page,
      '/api/persons?limit=100',
    );
    const existing = persons.items.find(
      (p) => p.latinName.split(' ').length === 2 && p.birthDate && p.birthDate < '2000-01-01',
    );
    if (!existing?.birthDate) throw new Error('no adult demo person with a Latin name and a birth date');
    const [given = '', family = ''] = existing.latinName.split(' ');
    const [year, month, day] = existing.birthDate.split('-');

    await page.goto('/persons/new');
    await page.locator('main h1').waitFor();
    await tabToName(page, 'familyName');
    await page.keyboard.type(family);
    await tabToName(page, 'givenName');
    await page.keyboard.type(given);
    await tabToName(page, 'sex');
    await page.keyboard.press(existing.sex === 'female' ? 'Space' : 'ArrowRight');
    await tabToName(page, 'birthDate');
    // The date field follows the browser's own locale: day first, or month first as in en-US.
    await page.keyboard.type(`${day}${month}${year}`);
    if ((await page.locator('input[name="birthDate"]').inputValue()) !== existing.birthDate) {
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type(`${month}${day}${year}`);
    }
    expect(await page.locator('input[name="birthDate"]').inputValue()).toBe(existing.birthDate);
    const warning = page.locator('.duplicate-warning .notice');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('та же дата рождения');

    await chooseFirstRadio(page, 'registrationConsent.givenBy');
    await chooseFirstRadio(page, 'registrationConsent.method');
    await tabToText(page, 'Зарегистрировать', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.locator('#refused-heading').waitFor();
    await tabToText(page, 'Это другой человек — всё равно зарегистрировать', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.locator('main h1', { hasText: `${family} ${given}` }).waitFor();
    const personId = new URL(page.url()).pathname.split('/')[2];

    // Open a case.
    await tabToText(page, 'Открыть случай', 'A');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/cases/new'));
    await tabToId(page, 'field-kind');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Enter');
    await tabToText(page, 'Открыть случай', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
    await page.locator('main h1', { hasText: 'Поддержка при инвалидности' }).waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Обращение получено');

    // Needs: health and rehabilitation is high.
    await tabToId(page, 'field-level-health_rehabilitation');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await tabToName(page, 'notes.health_rehabilitation');
    await page.keyboard.type('Нужна физиотерапия два раза в неделю');
    await tabToText(page, 'Сохранить оценку', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText('Оценка потребностей сохранена.').waitFor();

    // A plan goal.
    await tabToText(page, 'Добавить цель', 'SUMMARY');
    await page.keyboard.press('Enter');
    await tabToId(page, 'field-domain');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Enter');
    await tabToName(page, 'description');
    await page.keyboard.type('Ходит сам до магазина');
    await tabToText(page, 'Добавить цель', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.getByText('Цель добавлена.').waitFor();
    expect(await page.locator('#case-goals ~ ul').textContent()).toContain('Ходит сам до магазина');

    // Refer to the rehabilitation centre, sharing contacts; consent to share is asked for, then recorded.
    await page.locator('main h1').focus();
    await tabToText(page, 'Направить в другую организацию', 'A');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/refer'));
    await tabToId(page, 'field-toOrganisationId');
    await page.keyboard.type('реабилитац');
    await page.getByRole('option', { name: /реабилитационный центр/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabToName(page, 'service');
    await page.keyboard.type('Физиотерапия');
    await tabTo(
      page,
      (element) => element.closest('label')?.textContent?.includes('контакты и адрес') === true,
      'contacts',
    );
    await page.keyboard.press('Space');
    await tabToText(page, 'Отправить направление', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.locator('#consent-needed').waitFor();
    await chooseFirstRadio(page, 'consent.givenBy');
    await chooseFirstRadio(page, 'consent.method');
    await tabToText(page, 'Записать согласие', 'BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/referrals/'));
    await page.locator('main h1', { hasText: 'Направление: Физиотерапия' }).waitFor();
    const referralId = new URL(page.url()).pathname.split('/')[2];
    await context.close();

    // The rehabilitation centre accepts, then sees the person with the shared parts only.
    const receiver = await newContext(browser, birge.url, 'ru-RU');
    const other = await receiver.newPage();
    await signIn(other, 'rehab.worker@birge.test');
    await switchLanguage(other, 'ru');
    await other.goto('/referrals?direction=received&status=pending');
    await other.locator('main h1').waitFor();
    await tabTo(
      other,
      (element) =>
        element.getAttribute('href')?.startsWith('/referrals/') === true &&
        element.textContent?.startsWith('Физиотерапия') === true,
      'the referral',
    );
    await other.keyboard.press('Enter');
    await other.waitForURL((url) => url.pathname === `/referrals/${referralId}`);
    await tabToText(other, 'Принять направление', 'BUTTON');
    await other.keyboard.press('Enter');
    await other.getByText('Направление принято.').waitFor();
    await tabTo(
      other,
      (element) => element.getAttribute('href')?.startsWith('/persons/') === true,
      'the person',
    );
    await other.keyboard.press('Enter');
    await other.waitForURL((url) => url.pathname === `/persons/${personId}`);
    const note = other.locator('main .notice');
    await note.waitFor();
    expect(await note.textContent()).toContain('Передано вашей организации по направлению');
    expect(await note.textContent()).toContain('контакты и адрес');
    expect(await other.locator('main').textContent()).not.toContain('Заметки');
    await receiver.close();
  }, 180_000);
});
