import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  signIn,
  startBirge,
  switchLanguage,
  uiLanguages,
} from './support/birge';
import { apiGet, settled, tabTo, violations } from './support/pages';

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
  familyName: string;
  givenName: string;
  birthDate: string | null;
}

/** A child with a full birth date, so the age (and the form offered) does not depend on the day. */
async function childAged(page: Page, from: number, to: number): Promise<Listed> {
  const found = await apiGet<{ items: Listed[] }>(page, `/api/persons?ageFrom=${from}&ageTo=${to}&limit=50`);
  const child = found.items.find((p) => p.birthDate);
  if (!child) throw new Error(`no demo child aged ${from}–${to}`);
  return child;
}

async function tabToName(page: Page, name: string): Promise<void> {
  await tabTo(
    page,
    new Function(`return (element) => element.getAttribute('name') === ${JSON.stringify(name)}`)(),
    name,
  );
}

describe('the Child Functioning Module forms and the merge of duplicates pass axe-core', () => {
  for (const language of uiLanguages) {
    it(`has no violations in ${language}`, async () => {
      const found: string[] = [];
      const context = await newContext(browser, birge.url, language);
      const page = await context.newPage();
      await signIn(page, 'supervisor@birge.test');
      await switchLanguage(page, language);
      const small = await childAged(page, 3, 3);
      const older = await childAged(page, 8, 15);

      // CFM 2–4, with the questions that "yes" to glasses, hearing aid and walking equipment lead to.
      await page.goto(`/persons/${small.id}/functioning`);
      await settled(page);
      for (const question of ['wearsGlasses', 'usesHearingAid', 'usesWalkingEquipment']) {
        await page.locator(`input[name="answers.${question}"][value="yes"]`).check({ force: true });
      }
      await page.locator('input[name="answers.walkingWithEquipment"]').first().waitFor();
      found.push(...(await violations(page, language, 'CFM 2–4 with follow-up questions')));
      await page.locator('form button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await violations(page, language, 'CFM 2–4 with errors')));

      // CFM 5–17 offered first, the short set as the other choice.
      await page.goto(`/persons/${older.id}/functioning`);
      await settled(page);
      expect(await page.locator('input[name="instrument"]').count()).toBe(2);
      await page.locator('input[name="answers.usesWalkingEquipment"][value="no"]').check({ force: true });
      await page.locator('input[name="answers.walking100m"][value="some_difficulty"]').check({ force: true });
      await page.locator('input[name="answers.walking500m"]').first().waitFor();
      found.push(...(await violations(page, language, 'CFM 5–17')));
      await page.setViewportSize({ width: 320, height: 640 });
      if (await hasHorizontalScroll(page)) found.push(`${language} CFM 5–17: scrolls sideways at 320 px`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.locator('input[name="instrument"][value="wg_ss"]').check({ force: true });
      await page.locator('input[name="answers.cognition"]').first().waitFor();
      found.push(...(await violations(page, language, 'WG-SS for a child')));

      // The merge: the other record found, both side by side before confirming.
      await page.goto(`/persons/${older.id}`);
      await settled(page);
      await page
        .locator('#person-merge ~ details > summary, section[aria-labelledby="person-merge"] summary')
        .click();
      found.push(...(await violations(page, language, 'merge: finding the other record')));
      // Typed key by key, as a person does: the picker searches as the text changes.
      await page.locator('#field-duplicateId').click();
      await page.keyboard.type(small.familyName);
      await page
        .getByRole('option')
        .filter({ hasText: `${small.familyName} ${small.givenName}` })
        .first()
        .click();
      await page.locator('section[aria-labelledby="person-merge"] form button[type="submit"]').click();
      await page.locator('.compare').waitFor();
      found.push(...(await violations(page, language, 'merge: both records side by side')));
      await page.setViewportSize({ width: 320, height: 640 });
      if (await hasHorizontalScroll(page)) found.push(`${language} merge: scrolls sideways at 320 px`);
      await context.close();

      expect(found).toEqual([]);
    }, 180_000);
  }
});

describe('a CFM 2–4 assessment, by keyboard alone', () => {
  it('records the answers for a young child and shows the domain at the cut-off', async () => {
    const context = await newContext(browser, birge.url, 'en-GB');
    const page = await context.newPage();
    await signIn(page, 'caseworker@birge.test');
    await switchLanguage(page, 'en');
    const child = await childAged(page, 2, 4);
    await page.goto(`/persons/${child.id}/functioning`);
    await settled(page);
    expect(await page.locator('input[name="instrument"]').count()).toBe(0);

    // Focus lands on the first choice of a group; each arrow press moves and chooses.
    const answer = async (question: string, arrows: number) => {
      await tabToName(page, `answers.${question}`);
      if (arrows === 0) await page.keyboard.press('Space');
      for (let n = 0; n < arrows; n++) await page.keyboard.press('ArrowDown');
    };
    await answer('wearsGlasses', 1); // no
    await answer('seeing', 0);
    await answer('usesHearingAid', 1);
    await answer('hearing', 0);
    await answer('usesWalkingEquipment', 1);
    await answer('walking', 0);
    await answer('fineMotor', 2); // a lot of difficulty
    for (const question of [
      'understandingYou',
      'beingUnderstood',
      'learning',
      'playing',
      'controllingBehaviour',
    ]) {
      await answer(question, 0);
    }
    await tabTo(
      page,
      (element) => element.getAttribute('type') === 'submit' && element.closest('form') !== null,
      'the save button',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/persons/${child.id}`);
    const status = page.locator('main p[role="status"].notice');
    await expect.poll(() => status.textContent()).toContain('Using the hands');
    expect(await status.textContent()).toContain('Has a functional difficulty');
    const history = page.locator('section[aria-labelledby="person-functioning"]');
    expect(await history.textContent()).toContain('Child Functioning Module, 2–4 years');
    await context.close();
  }, 120_000);
});
