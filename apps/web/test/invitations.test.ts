import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, startBirge, switchLanguage } from './support/birge';

let birge: Awaited<ReturnType<typeof startBirge>>;
let browser: Browser;

beforeAll(async () => {
  [birge, browser] = await Promise.all([startBirge(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await birge?.close();
});

describe('inviting a user', () => {
  it('gives a one-time link that lets the new person set a password and arrive signed in', async () => {
    const admin = await newContext(browser, birge.url, 'en-GB');
    const page = await admin.newPage();
    await signIn(page, 'janyryk.admin@birge.test');
    await switchLanguage(page, 'en');
    const organisation = await page.evaluate(async () => {
      const session = (await (await fetch('/api/session')).json()) as {
        memberships: { organisationName: string; roles: string[] }[];
      };
      return session.memberships.find((membership) => membership.roles.includes('administrator'))
        ?.organisationName;
    });
    if (!organisation) throw new Error('the demo administrator administers no organisation');

    await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await page.getByRole('link', { name: 'Invite a user' }).click();
    await page.locator('main h1', { hasText: 'Invite a user' }).waitFor();
    const email = `new.worker.${Date.now()}@birge.test`;
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Full name').fill('Нурлан Асанов');
    await page.getByRole('combobox', { name: 'Organisation' }).fill(organisation.slice(0, 8));
    await page.getByRole('option', { name: organisation }).click();
    await page.locator('label', { hasText: 'Case worker' }).click();
    expect(await page.getByRole('checkbox', { name: 'Case worker' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Create invitation' }).click();

    const link = await page.locator('.one-time-link__url').textContent();
    expect(link).toMatch(/\/invite\//);

    const invitee = await newContext(browser, birge.url, 'ru-RU');
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(link ?? '');
    await inviteePage.locator('main h1', { hasText: 'Примите приглашение' }).waitFor();
    expect(await inviteePage.locator('main').textContent()).toContain(email);
    await inviteePage.getByLabel('Новый пароль', { exact: true }).fill('a long village password');
    await inviteePage.getByLabel('Повторите новый пароль', { exact: true }).fill('a long village password');
    await inviteePage.getByRole('button', { name: 'Сохранить пароль и войти' }).click();

    await inviteePage.waitForURL((url) => url.pathname === '/');
    await inviteePage.locator('main h1', { hasText: 'Нурлан Асанов' }).waitFor();
    expect(await inviteePage.locator('main').textContent()).toContain(organisation);
    expect(await inviteePage.locator('main').textContent()).toContain('Социальный работник');
    await invitee.close();
    await admin.close();
  });
});
