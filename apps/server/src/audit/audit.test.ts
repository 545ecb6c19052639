import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { auditEvents } from '@birge/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childInput } from '../../test/childcare-fixtures';
import { addAccount } from '../../test/consultation-fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { sealAuditChain } from './seal-chain';
import { verifyChain } from './verify-chain';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records who changed which fields, from where, before and after', async () => {
    const admin = await t.signIn('janyryk.admin@birge.test');
    const id = await t.organisationId('Жаңырык — национальная');
    const { body: current } = await admin.get(`/api/organisations/${id}`);
    await admin.patch(`/api/organisations/${id}`, {
      phone: '+996 312 000 111',
      version: current.organisation.version,
    });
    const { body } = await admin.get(`/api/audit?recordId=${id}&action=organisation.update`);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      actor: { name: 'Гүлнара Асанова' },
      recordType: 'organisation',
      changes: { phone: { before: '', after: '+996 312 000 111' } },
      clientAddress: '127.0.0.1',
    });
    expect(Object.keys(body.items[0].changes)).toEqual(['phone']);
  });

  it('keeps secrets out of the trail', async () => {
    const viewer = await t.signIn('viewer@birge.test');
    await viewer.post('/api/me/password', {
      currentPassword: 'birge-demo-2026',
      newPassword: 'another good password',
    });
    const [entry] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'profile.changePassword'));
    expect(entry?.changes).toEqual({ passwordHash: { before: '[secret]', after: '[secret]' } });
  });

  it('shows what changed about a child only to those who hold child protection in its organisation', async () => {
    const centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
    await addAccount(t.db, 'centre.admin@birge.test', centre, ['administrator']);
    await addAccount(t.db, 'centre.guardian@birge.test', centre, ['administrator', 'child_protection']);
    const worker = await t.signIn('caseworker@birge.test');
    const child = (await worker.post('/api/persons', childInput(centre, 'Айдана'))).body.id;
    const entriesFor = async (email: string) =>
      (await (await t.signIn(email)).get(`/api/audit?recordId=${child}`)).body.items;
    for (const email of ['centre.admin@birge.test', 'admin@birge.test']) {
      const [entry] = await entriesFor(email);
      expect(entry).toMatchObject({
        action: 'person.register',
        recordId: child,
        redacted: true,
        changes: {},
      });
      expect(entry.actor.name).toBe('Нургүл Осмонова');
    }
    const [held] = await entriesFor('centre.guardian@birge.test');
    expect(held).toMatchObject({
      redacted: false,
      changes: { givenName: { before: null, after: 'Айдана' } },
    });
    // Redacted in what is shown only: the entry itself, and so its hash, is as it was written.
    const [stored] = await t.db.select().from(auditEvents).where(eq(auditEvents.recordId, child));
    expect(stored?.changes).toMatchObject({ givenName: { after: 'Айдана' } });
  });

  it('verifies as an intact chain, and names the first entry edited by hand', async () => {
    expect(await sealAuditChain(t.db)).toBeGreaterThan(20);
    const intact = await verifyChain(t.db);
    expect(intact.firstBroken).toBeNull();
    expect(intact.entries).toBeGreaterThan(20);
    await t.db.execute(sql`update audit_events set client_address = '10.0.0.66' where chain_position = 7`);
    const broken = await verifyChain(t.db);
    expect(broken.firstBroken).toMatchObject({
      position: 7,
      reason: 'its content was changed after it was written',
    });
    expect(broken.entries).toBe(6);
  });

  it('notices an entry removed from the middle', async () => {
    await t.db.execute(sql`delete from audit_events where chain_position = 3`);
    expect((await verifyChain(t.db)).firstBroken).toMatchObject({
      position: 4,
      reason: 'entry 3 is missing',
    });
  });
});

describe('npm run audit:verify', () => {
  it.runIf(process.env.DATABASE_URL)('exits non-zero and names the broken entry', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: t.handle.url };
    const failed = await run('node', ['--import', 'tsx', 'apps/server/src/audit/verify-command.ts'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('Audit chain broken at entry 4');
  });
});
