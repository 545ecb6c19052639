import { type Database, oneTimeLinks, users } from '@birge/db';
import { eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError } from '../http/app-error';
import { findUsableLink } from './one-time-links';
import { hashPassword } from './passwords';
import { createSession, endAllSessions } from './sessions';

/** Sets the password from an invitation or reset link, uses the link up, and signs the user in. */
export async function redeemLink(db: Database, context: AuditContext, token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const found = await findUsableLink(tx, token);
    if (!found) throw new AppError(404, 'auth.linkInvalid');
    await tx.update(oneTimeLinks).set({ usedAt: new Date() }).where(eq(oneTimeLinks.id, found.link.id));
    // A reset means the old password may be known to someone else: every open session ends.
    await endAllSessions(tx, found.user.id);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, failedSignIns: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(users.id, found.user.id))
      .returning();
    if (!user) throw new Error('user vanished');
    const session = await createSession(tx, user.id, context.clientAddress);
    await recordAudit(
      tx,
      { ...context, actorId: user.id },
      {
        action: found.link.kind === 'invitation' ? 'auth.acceptInvitation' : 'auth.resetPassword',
        recordType: 'user',
        recordId: user.id,
        organisationId: null,
        before: { passwordHash: found.user.passwordHash },
        after: { passwordHash },
      },
    );
    return { user, session };
  });
}
