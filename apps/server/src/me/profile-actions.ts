import { apiTokens, type Database, users } from '@birge/db';
import type { updateProfileSchema } from '@birge/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import type { UserRow } from '../auth/load-actor';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { hashSecret, newSecret } from '../auth/secrets';
import { newTotpSecret, otpauthUrl, verifyTotp } from '../auth/totp';
import { AppError, notFound } from '../http/app-error';

type Changes = Partial<typeof users.$inferInsert>;

/** One change to the signed-in user's own account, audited; the account's own version moves on. */
async function changeOwnAccount(
  db: Database,
  context: AuditContext,
  user: UserRow,
  action: string,
  changes: Changes,
) {
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ ...changes, version: user.version + 1, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, context, {
      action,
      recordType: 'user',
      recordId: user.id,
      organisationId: null,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, user[k as keyof UserRow]])),
      after: changes,
    });
    return after;
  });
}

export function updateProfile(
  db: Database,
  context: AuditContext,
  user: UserRow,
  input: z.infer<typeof updateProfileSchema>,
) {
  return changeOwnAccount(db, context, user, 'profile.update', input);
}

export async function changePassword(
  db: Database,
  context: AuditContext,
  user: UserRow,
  input: { currentPassword: string; newPassword: string },
) {
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(400, 'auth.wrongPassword', undefined, {
      currentPassword: { key: 'auth.wrongPassword' },
    });
  }
  await changeOwnAccount(db, context, user, 'profile.changePassword', {
    passwordHash: await hashPassword(input.newPassword),
  });
}

/** Two-factor is set up in two steps: a new secret first, switched on only once a code from it checks out. */
export async function startTotpSetup(db: Database, context: AuditContext, user: UserRow) {
  const secret = newTotpSecret();
  await changeOwnAccount(db, context, user, 'profile.totpSetup', { totpSecret: secret, totpEnabled: false });
  return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
}

export async function enableTotp(db: Database, context: AuditContext, user: UserRow, code: string) {
  if (!user.totpSecret) throw new AppError(400, 'auth.totpNotSetUp');
  if (!verifyTotp(user.totpSecret, code)) {
    throw new AppError(400, 'auth.totpInvalid', undefined, { code: { key: 'auth.totpInvalid' } });
  }
  await changeOwnAccount(db, context, user, 'profile.totpEnable', { totpEnabled: true });
}

export async function disableTotp(db: Database, context: AuditContext, user: UserRow, password: string) {
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError(400, 'auth.wrongPassword', undefined, { password: { key: 'auth.wrongPassword' } });
  }
  await changeOwnAccount(db, context, user, 'profile.totpDisable', { totpEnabled: false, totpSecret: null });
}

export async function createApiToken(db: Database, context: AuditContext, user: UserRow, name: string) {
  const token = newSecret();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({ userId: user.id, name, tokenHash: hashSecret(token) })
      .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'apiToken.create',
      recordType: 'apiToken',
      recordId: created.id,
      organisationId: null,
      after: { name },
    });
    return { ...created, token };
  });
}

export async function revokeApiToken(db: Database, context: AuditContext, user: UserRow, id: string) {
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!revoked) throw notFound();
    await recordAudit(tx, context, {
      action: 'apiToken.revoke',
      recordType: 'apiToken',
      recordId: id,
      organisationId: null,
      before: { name: revoked.name },
    });
  });
}
