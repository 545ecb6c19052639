import { type Database, users } from '@birge/db';
import type { signInSchema } from '@birge/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import type { UserRow } from './load-actor';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';
import { verifyTotp } from './totp';

const freeAttempts = 5;
const longestLockMinutes = 30;

/** After five failures in a row the account waits 1, 2, 4 … up to 30 minutes before the next try. */
export function lockMinutesAfter(failures: number): number {
  return failures < freeAttempts ? 0 : Math.min(2 ** (failures - freeAttempts), longestLockMinutes);
}

async function recordFailure(db: Database, context: AuditContext, user: UserRow, reason: string) {
  await db.transaction(async (tx) => {
    const failures = user.failedSignIns + 1;
    const minutes = lockMinutesAfter(failures);
    await tx
      .update(users)
      .set({ failedSignIns: failures, lockedUntil: minutes ? new Date(Date.now() + minutes * 60_000) : null })
      .where(eq(users.id, user.id));
    await recordAudit(tx, context, {
      action: 'auth.signInFailed',
      recordType: 'user',
      recordId: user.id,
      organisationId: null,
      after: { reason, failedSignIns: failures },
    });
  });
}

export async function signIn(db: Database, context: AuditContext, input: z.infer<typeof signInSchema>) {
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new AppError(429, 'auth.locked', { minutes });
  }
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordMatches || !user.active) {
    if (user) await recordFailure(db, context, user, 'password');
    throw new AppError(401, 'auth.invalid');
  }
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totpCode) throw new AppError(401, 'auth.totpRequired');
    if (!verifyTotp(user.totpSecret, input.totpCode)) {
      await recordFailure(db, context, user, 'totp');
      throw new AppError(401, 'auth.totpInvalid', undefined, { totpCode: { key: 'auth.totpInvalid' } });
    }
  }
  return db.transaction(async (tx) => {
    const [signedIn] = await tx
      .update(users)
      .set({ failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, user.id))
      .returning();
    const session = await createSession(tx, user.id, context.clientAddress);
    await recordAudit(
      tx,
      { ...context, actorId: user.id },
      {
        action: 'auth.signIn',
        recordType: 'user',
        recordId: user.id,
        organisationId: null,
      },
    );
    return { user: signedIn ?? user, session };
  });
}
