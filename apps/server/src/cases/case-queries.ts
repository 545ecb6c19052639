import {
  caseGoals,
  caseNeeds,
  caseNotes,
  caseServices,
  cases,
  caseTasks,
  memberships,
  persons,
  type Queryable,
  referrals,
  users,
} from '@birge/db';
import { type Actor, personScopes, protectedAsChild, today } from '@birge/domain';
import { and, asc, desc, eq, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, page } from '../http/pagination';
import { personProtectedAsChild } from '../persons/person-access';

/** An active user's roles in an organisation: none when they are not a member, or no longer active. */
export async function rolesOfColleague(db: Queryable, userId: string, organisationId: string) {
  const [row] = await db
    .select({ roles: memberships.roles })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.organisationId, organisationId),
        eq(users.active, true),
      ),
    );
  return row?.roles ?? [];
}

export async function findCase(db: Queryable, id: string) {
  const [row] = await db
    .select({ case: cases, person: persons })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.id, id));
  return row ?? null;
}

export function caseSubject(row: { case: typeof cases.$inferSelect; person: typeof persons.$inferSelect }) {
  return {
    organisationId: row.case.organisationId,
    child: protectedAsChild(row.person, today()),
    workerId: row.case.workerId,
  };
}

/** The whole case file: assessment, plan, tasks, services, follow-ups and its referrals. */
export async function caseFile(db: Queryable, caseId: string) {
  const [needs, goals, tasks, services, notes, caseReferrals] = await Promise.all([
    db.select().from(caseNeeds).where(eq(caseNeeds.caseId, caseId)).orderBy(asc(caseNeeds.domain)),
    db.select().from(caseGoals).where(eq(caseGoals.caseId, caseId)).orderBy(asc(caseGoals.createdAt)),
    db
      .select()
      .from(caseTasks)
      .where(eq(caseTasks.caseId, caseId))
      .orderBy(asc(caseTasks.dueOn), asc(caseTasks.createdAt)),
    db
      .select()
      .from(caseServices)
      .where(eq(caseServices.caseId, caseId))
      .orderBy(desc(caseServices.deliveredOn)),
    db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.happenedOn)),
    db.select().from(referrals).where(eq(referrals.caseId, caseId)).orderBy(desc(referrals.createdAt)),
  ]);
  return { needs, goals, tasks, services, notes, referrals: caseReferrals };
}

/** Cases of the organisations the actor works in; those of persons protected as children only with child protection. */
function casesInScope(actor: Actor): SQL {
  const scopes = personScopes(actor);
  if (scopes.length === 0) return sql`false`;
  return or(
    ...scopes.map((s) =>
      s.children
        ? eq(cases.organisationId, s.organisationId)
        : and(eq(cases.organisationId, s.organisationId), sql`not ${personProtectedAsChild}`),
    ),
  ) as SQL;
}

/** A worker's open cases, newest activity first, with their overdue and upcoming tasks. */
export async function caseload(db: Queryable, actor: Actor, workerId: string) {
  const open: SQL = and(eq(cases.workerId, workerId), ne(cases.state, 'closed'), casesInScope(actor)) as SQL;
  const rows = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      state: cases.state,
      openedOn: cases.openedOn,
      updatedAt: cases.updatedAt,
      personId: persons.id,
      familyName: persons.familyName,
      givenName: persons.givenName,
      overdueTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneOn} is null and ${caseTasks.dueOn} < current_date)`,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(open)
    .orderBy(desc(cases.updatedAt))
    .limit(500);
  const tasks = await db
    .select({
      id: caseTasks.id,
      caseId: caseTasks.caseId,
      title: caseTasks.title,
      dueOn: caseTasks.dueOn,
      familyName: persons.familyName,
      givenName: persons.givenName,
    })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(open, isNull(caseTasks.doneOn), lt(caseTasks.dueOn, sql`current_date + 8`)))
    .orderBy(asc(caseTasks.dueOn))
    .limit(200);
  return { cases: rows, tasks };
}

export type CaseFilter = {
  state?: string | undefined;
  kind?: string | undefined;
  workerId?: string | undefined;
  personId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listCases(db: Queryable, actor: Actor, filter: CaseFilter) {
  const conditions: (SQL | undefined)[] = [casesInScope(actor)];
  if (filter.state) conditions.push(eq(cases.state, filter.state));
  if (filter.kind) conditions.push(eq(cases.kind, filter.kind));
  if (filter.workerId) conditions.push(eq(cases.workerId, filter.workerId));
  if (filter.personId) conditions.push(eq(cases.personId, filter.personId));
  const after = decodeCursor(filter.cursor, 2);
  if (after)
    conditions.push(sql`(${cases.openedOn}, ${cases.id}) < (${String(after[0])}, ${String(after[1])})`);
  const rows = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      state: cases.state,
      openedOn: cases.openedOn,
      closedOn: cases.closedOn,
      organisationId: cases.organisationId,
      workerId: cases.workerId,
      personId: persons.id,
      familyName: persons.familyName,
      givenName: persons.givenName,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(...conditions))
    .orderBy(desc(cases.openedOn), desc(cases.id))
    .limit(filter.limit + 1);
  return page(rows, filter.limit, (row) => [row.openedOn, row.id]);
}
