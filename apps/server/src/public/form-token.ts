import { createHmac, randomBytes } from 'node:crypto';
import { type Database, instanceSecrets } from '@birge/db';
import { eq } from 'drizzle-orm';
import { sameSecret } from '../auth/secrets';

const secrets = new WeakMap<Database, string>();

/**
 * The key that signs the public form's start time. Kept in the database, made once by whichever process needs
 * it first, so every server process checks a token another one issued.
 */
async function formSecret(db: Database): Promise<string> {
  const cached = secrets.get(db);
  if (cached) return cached;
  await db
    .insert(instanceSecrets)
    .values({ name: 'public-form', secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSecrets).where(eq(instanceSecrets.name, 'public-form'));
  if (!row) throw new Error('no public form secret');
  secrets.set(db, row.secret);
  return row.secret;
}

function sign(secret: string, payload: string) {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A token that says when the form was loaded, signed so a client cannot pretend it waited. */
export async function issueFormToken(db: Database, startedAt = new Date()): Promise<string> {
  const payload = `${startedAt.getTime()}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(await formSecret(db), payload)}`;
}

/** When the form was loaded, if the token is genuine; null otherwise. */
export async function formStartedAt(db: Database, token: string): Promise<Date | null> {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [time = '', nonce = '', signature = ''] = parts;
  if (!sameSecret(signature, sign(await formSecret(db), `${time}.${nonce}`))) return null;
  const at = Number(time);
  return Number.isFinite(at) ? new Date(at) : null;
}
