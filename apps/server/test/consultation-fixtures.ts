import { type Database, memberships, users } from '@birge/db';
import type { ConsultationTopic, Language, Role } from '@birge/domain';
import { hashPassword } from '../src/auth/passwords';
import { consultationOrganisation } from '../src/consultations/consultation-config';
import { receiveQuestion } from '../src/consultations/consultation-intake';
import { demoPassword } from '../src/demo/demo-organisations';
import { issueFormToken } from '../src/public/form-token';

/** An account with roles in an organisation, signing in with the demo password. */
export async function addAccount(db: Database, email: string, organisationId: string, roles: Role[]) {
  const [user] = await db
    .insert(users)
    .values({ email, name: email.split('@')[0] ?? email, passwordHash: await hashPassword(demoPassword) })
    .returning();
  if (!user) throw new Error('no user');
  await db.insert(memberships).values({ userId: user.id, organisationId, roles });
  return user.id;
}

/** A form token as if the form had been loaded `secondsAgo` seconds ago. */
export function formTokenFrom(db: Database, secondsAgo: number) {
  return issueFormToken(db, new Date(Date.now() - secondsAgo * 1000));
}

/** A question received from the web, held by `organisationId` (the configured holder by default). */
export async function askQuestion(
  db: Database,
  input: { text: string; topic?: ConsultationTopic; language?: Language; organisationId?: string },
) {
  const organisationId = input.organisationId ?? (await consultationOrganisation(db))?.id;
  if (!organisationId) throw new Error('no holder');
  const { consultation } = await db.transaction((tx) =>
    receiveQuestion(
      tx,
      { actorId: null, clientAddress: 'test' },
      {
        organisationId,
        channel: 'web',
        topic: input.topic ?? 'benefits',
        language: input.language ?? 'ru',
        text: input.text,
        attachments: [],
        contactName: 'Гүлнара',
        suggest: false,
      },
    ),
  );
  return consultation;
}
