import type { Page } from 'playwright-core';
import { tabTo } from './pages';

// tabTo sends its predicate to the page as source text, so the values are written into it.

/** Tabs to the element of this tag whose text is exactly `text`. */
export const tabToText = (page: Page, text: string, tag: string) =>
  tabTo(
    page,
    new Function(
      `return (element) => element.tagName === ${JSON.stringify(tag)} && element.textContent?.trim() === ${JSON.stringify(text)}`,
    )(),
    text,
  );

export const tabToId = (page: Page, id: string) =>
  tabTo(page, new Function(`return (element) => element.id === ${JSON.stringify(id)}`)(), id);

export const tabToName = (page: Page, name: string) =>
  tabTo(
    page,
    new Function(`return (element) => element.getAttribute('name') === ${JSON.stringify(name)}`)(),
    name,
  );

/** Tab to the checkbox whose label reads so; Space then ticks it. */
export const tabToCheckbox = (page: Page, label: string) =>
  tabTo(
    page,
    new Function(
      `return (element) => element.tagName === 'INPUT' && element.type === 'checkbox' && element.closest('label')?.textContent?.trim() === ${JSON.stringify(label)}`,
    )(),
    label,
  );

/**
 * Opens a select by keyboard and moves to the option whose text starts with `option`: from the first one, as a
 * select with a value opens on its chosen option.
 */
export async function chooseByKeyboard(page: Page, fieldId: string, option: string) {
  await tabToId(page, fieldId);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 60; presses++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith(option)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

/** Types into the person picker (the name, or `typed`) and takes, by arrow keys, the match that starts with the name. */
export function pickPerson(page: Page, name: string, typed = name) {
  return pickByTyping(page, 'field-personId', name, typed);
}

/** Types into a picker that asks the server (`typed`) and takes, by arrow keys, the match that starts with `name`. */
export async function pickByTyping(page: Page, fieldId: string, name: string, typed: string) {
  await tabToId(page, fieldId);
  await page.keyboard.type(typed);
  await page.getByRole('option').filter({ hasText: name }).first().waitFor();
  for (let presses = 0; presses < 30; presses++) {
    const active = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
    if (active.startsWith(name)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}
