import { consultationMessages, consultations, memberships, type Queryable, users } from '@birge/db';
import {
  type Actor,
  type ConsultationSubject,
  type ConsultationTopic,
  consultationDeskScope,
  consultationDueAt,
  consultationTopics,
  isOverdue,
  openStatuses,
  responseTargetHours,
} from '@birge/domain';
import { and, asc, eq, gt, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';

export type ConsultationRow = typeof consultations.$inferSelect;
export type MessageRow = typeof consultationMessages.$inferSelect;

export async function findConsultation(db: Queryable, id: string): Promise<ConsultationRow | null> {
  const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
  return row ?? null;
}

export function consultationSubject(row: ConsultationRow): ConsultationSubject {
  return {
    organisationId: row.organisationId,
    expertId: row.expertId,
    closed: row.status === 'closed' || row.status === 'self_served',
  };
}

/** The response target of each topic as SQL, from the domain's data: `waiting_since + target < now()`. */
const targetHours = sql.join(
  [
    sql`case ${consultations.topic}`,
    ...consultationTopics.map((t) => sql`when ${t} then ${responseTargetHours[t]}::int`),
    sql`else 72 end`,
  ],
  sql` `,
);
export const overdueCondition = and(
  inArray(consultations.status, [...openStatuses]),
  sql`${consultations.waitingSince} + make_interval(hours => ${targetHours}) < now()`,
) as SQL;

/** What the desk shows of a question: no secrets, and the waiting time against the topic's target. */
export function presentConsultation(row: ConsultationRow, now = new Date()) {
  const waitingSince = row.waitingSince;
  const open = openStatuses.includes(row.status);
  return {
    id: row.id,
    organisationId: row.organisationId,
    channel: row.channel,
    topic: row.topic,
    language: row.language,
    status: row.status,
    expertId: row.expertId,
    contactName: row.contactName,
    contact: row.contact,
    personId: row.personId,
    caseId: row.caseId,
    askedAt: row.askedAt,
    waitingSince,
    waitingMinutes:
      open && waitingSince
        ? Math.max(0, Math.floor((now.getTime() - waitingSince.getTime()) / 60_000))
        : null,
    dueAt: open && waitingSince ? consultationDueAt(row.topic as ConsultationTopic, waitingSince) : null,
    overdue: isOverdue(row, now),
    firstAnsweredAt: row.firstAnsweredAt,
    answeredAt: row.answeredAt,
    closedAt: row.closedAt,
    rating: row.rating,
    forgotten: row.forgottenAt !== null,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export type QueueFilter = {
  organisationId?: string | undefined;
  topic?: string | undefined;
  language?: string | undefined;
  channel?: string | undefined;
  status?: string | undefined;
  view: 'open' | 'all';
  assigned: 'me' | 'unassigned' | 'anyone';
  overdue?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** The expert desk's queue: the questions of the organisations whose desk the actor sees, longest waiting first. */
export async function listQueue(db: Queryable, actor: Actor, filter: QueueFilter) {
  const scope = consultationDeskScope(actor).filter(
    (id) => !filter.organisationId || id === filter.organisationId,
  );
  if (scope.length === 0) return { items: [], nextCursor: null };
  const conditions: (SQL | undefined)[] = [inArray(consultations.organisationId, scope)];
  if (filter.topic) conditions.push(eq(consultations.topic, filter.topic as never));
  if (filter.language) conditions.push(eq(consultations.language, filter.language as never));
  if (filter.channel) conditions.push(eq(consultations.channel, filter.channel as never));
  if (filter.status) conditions.push(eq(consultations.status, filter.status as never));
  else if (filter.view === 'open') conditions.push(inArray(consultations.status, [...openStatuses]));
  if (filter.assigned === 'me') conditions.push(eq(consultations.expertId, actor.userId));
  if (filter.assigned === 'unassigned') conditions.push(isNull(consultations.expertId));
  if (filter.overdue === true) conditions.push(overdueCondition);
  if (filter.overdue === false) conditions.push(sql`not (${overdueCondition})`);
  // Sort: waiting longest first; questions without a waiting time (answered, closed) by when they were asked.
  const sortKey = sql<string>`coalesce(${consultations.waitingSince}, ${consultations.askedAt})`;
  const after = decodeCursor(filter.cursor, 2);
  if (after) {
    const [at, id] = after as [string, string];
    conditions.push(
      or(
        gt(sortKey, sql`${at}::timestamptz`),
        and(eq(sortKey, sql`${at}::timestamptz`), gt(consultations.id, id)),
      ),
    );
  }
  const rows = await db
    .select({
      row: consultations,
      sortKey: sql<string>`to_char(${sortKey} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(consultations)
    .where(and(...conditions))
    .orderBy(asc(sortKey), asc(consultations.id))
    .limit(filter.limit + 1);
  const now = new Date();
  const result = page(rows, filter.limit, (r) => [r.sortKey, r.row.id]);
  return { items: result.items.map((r) => presentConsultation(r.row, now)), nextCursor: result.nextCursor };
}

/** The thread of a question in order; the internal notes only for the desk. */
export async function consultationThread(db: Queryable, id: string, options: { notes: boolean }) {
  return db
    .select()
    .from(consultationMessages)
    .where(
      and(
        eq(consultationMessages.consultationId, id),
        options.notes ? undefined : ne(consultationMessages.kind, 'note'),
      ),
    )
    .orderBy(asc(consultationMessages.createdAt), asc(consultationMessages.id));
}

/** The experts of an organisation, to hand a question over to. */
export async function expertsOf(db: Queryable, organisationId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        sql`'expert' = any(${memberships.roles})`,
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.name));
}
