import { consultations, type Database } from '@birge/db';
import { personMayRate, personMayReply } from '@birge/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { hashSecret } from '../auth/secrets';
import { type ConsultationRow, consultationThread } from '../consultations/consultation-queries';
import { notFound } from '../http/app-error';

/** The question behind a private link: only the hash of the link's secret is stored. */
export async function questionOfLink(db: Database, token: string): Promise<ConsultationRow> {
  const [row] = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.publicTokenHash, hashSecret(token)), isNull(consultations.forgottenAt)));
  if (!row) throw notFound();
  return row;
}

/** What the person sees through their link: their words and the expert's answers; never the internal notes. */
export async function presentQuestionForPerson(db: Database, row: ConsultationRow) {
  const thread = await consultationThread(db, row.id, { notes: false });
  return {
    consultation: {
      topic: row.topic,
      language: row.language,
      status: row.status,
      askedAt: row.askedAt,
      answeredAt: row.answeredAt,
      rating: row.rating,
      mayReply: personMayReply(row.status),
      mayRate: personMayRate(row.status, row.firstAnsweredAt !== null),
    },
    messages: thread.map((m) => ({
      from: m.kind === 'expert' ? 'expert' : 'person',
      text: m.body,
      at: m.createdAt,
    })),
  };
}
