import { sessions, users } from '@birge/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { removeExpiredSessions } from './sessions';
import { totpCode } from './totp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ sessionIdleMinutes: 30 });
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs a demo user in and answers who they are, with their memberships and abilities', async () => {
    const admin = await t.signIn('janyryk.admin@birge.test');
    const { status, body } = await admin.get('/api/session');
    expect(status).toBe(200);
    expect(body.user.email).toBe('janyryk.admin@birge.test');
    expect(body.memberships[0].roles).toEqual(['administrator']);
    expect(body.abilities).toMatchObject({ manageUsers: true, viewAudit: true, manageRegions: false });
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password with the same message as an unknown email, in the caller’s language', async () => {
    const anonymous = t.anonymous('kk');
    const wrong = await anonymous.post('/api/auth/sign-in', {
      email: 'viewer@birge.test',
      password: 'not-it-at-all',
    });
    const unknown = await anonymous.post('/api/auth/sign-in', {
      email: 'nobody@birge.test',
      password: 'whatever-1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe('Электрондық пошта немесе құпиясөз қате.');
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('locks an account after five failures in a row, even for the right password', async () => {
    const anonymous = t.anonymous('ru');
    for (let i = 0; i < 5; i++) {
      await anonymous.post('/api/auth/sign-in', {
        email: 'monitor@birge.test',
        password: `wrong-${i}-password`,
      });
    }
    const locked = await anonymous.post('/api/auth/sign-in', {
      email: 'monitor@birge.test',
      password: 'birge-demo-2026',
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('auth.locked');
    expect(locked.body.error.message).toContain('через 1 минуту');
  });

  it('ends a session that has been idle too long', async () => {
    const coordinator = await t.signIn('coordinator@birge.test');
    await t.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` });
    expect((await coordinator.get('/api/session')).status).toBe(401);
  });

  it('sweeps away sessions nobody can use any more, and keeps the live ones', async () => {
    await t.signIn('viewer@birge.test');
    await t.db.insert(sessions).values({
      tokenHash: 'stale',
      userId: await t.userId('viewer@birge.test'),
      csrfToken: 'x',
      lastSeenAt: sql`now() - interval '3 hours'`,
    });
    await removeExpiredSessions(t.db, { sessionIdleMinutes: 30, sessionAbsoluteHours: 24 });
    const left = await t.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(left.map((s) => s.tokenHash)).not.toContain('stale');
    expect(left.length).toBeGreaterThan(0);
  });

  it('signs out here, and everywhere', async () => {
    const phone = await t.signIn('expert@birge.test');
    const laptop = await t.signIn('expert@birge.test');
    const tablet = await t.signIn('expert@birge.test');
    expect((await phone.post('/api/auth/sign-out')).status).toBe(204);
    expect((await phone.get('/api/session')).status).toBe(401);
    expect((await laptop.get('/api/session')).status).toBe(200);
    expect((await laptop.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    expect((await tablet.get('/api/session')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a write carried by the cookie without the session’s token, and changes nothing', async () => {
    const admin = await t.signIn('janyryk.admin@birge.test', 'ky');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: admin.cookie, 'content-type': 'application/json', 'accept-language': 'ky' },
      payload: JSON.stringify({ name: 'Someone else' }),
    });
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(response.body).error.message).toBe(
      'Бул барак эскирген. Аны жаңыртып, кайра аракет кылыңыз.',
    );
    const [user] = await t.db.select().from(users).where(eq(users.email, 'janyryk.admin@birge.test'));
    expect(user?.name).toBe('Гүлнара Асанова');
  });
});

describe('two-factor', () => {
  it('asks for a code once two-factor is on, and accepts only the right one', async () => {
    const grants = await t.signIn('grants@birge.test');
    const setup = await grants.post('/api/me/totp/setup');
    expect(setup.body.otpauthUrl).toContain('otpauth://totp/Birge');
    expect((await grants.post('/api/me/totp/enable', { code: '000000' })).status).toBe(400);
    expect((await grants.post('/api/me/totp/enable', { code: totpCode(setup.body.secret) })).status).toBe(
      204,
    );

    const anonymous = t.anonymous();
    const credentials = { email: 'grants@birge.test', password: 'birge-demo-2026' };
    const withoutCode = await anonymous.post('/api/auth/sign-in', credentials);
    expect(withoutCode.body.error.code).toBe('auth.totpRequired');
    const wrongCode = await anonymous.post('/api/auth/sign-in', { ...credentials, totpCode: '123456' });
    expect(wrongCode.status).toBe(401);
    const rightCode = await anonymous.post('/api/auth/sign-in', {
      ...credentials,
      totpCode: totpCode(setup.body.secret),
    });
    expect(rightCode.status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('lets an integration act with a bearer token until it is revoked; only the hash is kept', async () => {
    const expert = await t.signIn('expert@birge.test');
    const created = await expert.post('/api/me/tokens', { name: 'Telegram bot' });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const asBot = await t.app.inject({ method: 'GET', url: '/api/session', headers: bearer });
    expect(JSON.parse(asBot.body).user.email).toBe('expert@birge.test');
    // A bearer token needs no CSRF header: no browser sends it on its own.
    const write = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { ...bearer, 'content-type': 'application/json' },
      payload: JSON.stringify({ language: 'kk' }),
    });
    expect(write.statusCode).toBe(200);
    const stored = await t.db.execute(sql`select token_hash from api_tokens`);
    expect(JSON.stringify(stored)).not.toContain(created.body.token);
    expect((await expert.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await t.app.inject({ method: 'GET', url: '/api/session', headers: bearer });
    expect(revoked.statusCode).toBe(401);
  });
});

describe('one-time links', () => {
  it('invites a user who sets a password through the link, once', async () => {
    const admin = await t.signIn('janyryk.admin@birge.test');
    const janyryk = await t.organisationId('Жаңырык — национальная');
    const invited = await admin.post('/api/users/invitations', {
      email: 'new.worker@birge.test',
      name: 'Жаңы Кызматкер',
      organisationId: janyryk,
      roles: ['case_worker'],
    });
    expect(invited.status).toBe(201);
    const token = invited.body.link.replace('/invite/', '');
    const anonymous = t.anonymous();
    expect((await anonymous.get(`/api/auth/tokens/${token}`)).body).toMatchObject({
      kind: 'invitation',
      email: 'new.worker@birge.test',
    });
    const accepted = await anonymous.post(`/api/auth/tokens/${token}`, { password: 'a long new password' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.memberships[0].roles).toEqual(['case_worker']);
    expect((await anonymous.post(`/api/auth/tokens/${token}`, { password: 'another password' })).status).toBe(
      404,
    );
    await t.signIn('new.worker@birge.test', 'en', 'a long new password');
  });

  it('resets a password through a link, ending the user’s open sessions', async () => {
    const admin = await t.signIn('janyryk.admin@birge.test');
    const secretariat = await t.signIn('secretariat@birge.test');
    const userId = await t.userId('secretariat@birge.test');
    const { body } = await admin.post(`/api/users/${userId}/reset-link`);
    const token = body.link.replace('/reset/', '');
    expect((await t.anonymous().post(`/api/auth/tokens/${token}`, { password: 'short' })).status).toBe(400);
    expect(
      (await t.anonymous().post(`/api/auth/tokens/${token}`, { password: 'reset password 2026' })).status,
    ).toBe(200);
    expect((await secretariat.get('/api/session')).status).toBe(401);
    await t.signIn('secretariat@birge.test', 'en', 'reset password 2026');
  });
});
