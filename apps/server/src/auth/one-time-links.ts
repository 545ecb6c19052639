import { oneTimeLinks, type Queryable, type Transaction, users } from '@birge/db';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { hashSecret, newSecret } from './secrets';

export type LinkKind = 'invitation' | 'reset';
const lifetimeHours: Record<LinkKind, number> = { invitation: 24 * 7, reset: 24 };

/** A link the administrator hands over in person or by phone: Birge assumes no mail server. */
export async function createOneTimeLink(
  tx: Transaction,
  kind: LinkKind,
  userId: string,
  createdBy: string | null,
) {
  const token = newSecret();
  // A new link replaces any earlier one of the same kind.
  await tx
    .update(oneTimeLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(oneTimeLinks.userId, userId), eq(oneTimeLinks.kind, kind), isNull(oneTimeLinks.usedAt)));
  await tx.insert(oneTimeLinks).values({
    tokenHash: hashSecret(token),
    kind,
    userId,
    createdBy,
    expiresAt: new Date(Date.now() + lifetimeHours[kind] * 3_600_000),
  });
  return { token, path: `/${kind === 'invitation' ? 'invite' : 'reset'}/${token}` };
}

export async function findUsableLink(db: Queryable, token: string) {
  const [row] = await db
    .select({ link: oneTimeLinks, user: users })
    .from(oneTimeLinks)
    .innerJoin(users, eq(users.id, oneTimeLinks.userId))
    .where(
      and(
        eq(oneTimeLinks.tokenHash, hashSecret(token)),
        isNull(oneTimeLinks.usedAt),
        gt(oneTimeLinks.expiresAt, new Date()),
      ),
    );
  return row?.user.active ? row : null;
}
