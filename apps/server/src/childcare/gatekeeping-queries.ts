import {
  commissionMeetings,
  commissionMembers,
  gatekeepingCommissions,
  gatekeepingRequests,
  persons,
  type Queryable,
} from '@birge/db';
import { asc, desc, eq, sql } from 'drizzle-orm';

export type CommissionRow = typeof gatekeepingCommissions.$inferSelect;
export type RequestRow = typeof gatekeepingRequests.$inferSelect;

export async function findCommission(db: Queryable, id: string): Promise<CommissionRow | undefined> {
  const [row] = await db.select().from(gatekeepingCommissions).where(eq(gatekeepingCommissions.id, id));
  return row;
}

export async function findRequest(db: Queryable, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.select().from(gatekeepingRequests).where(eq(gatekeepingRequests.id, id));
  return row;
}

/** Commissions with how many requests wait and how many each outcome took: no child named. */
export async function listCommissions(db: Queryable) {
  // Written out qualified: inside a one-table select the query builder would leave "id" to the inner table.
  const pending = sql<number>`(select count(*)::int from ${gatekeepingRequests} r
    where r.commission_id = "gatekeeping_commissions"."id" and r.outcome is null)`;
  const decided = sql<number>`(select count(*)::int from ${gatekeepingRequests} r
    where r.commission_id = "gatekeeping_commissions"."id" and r.outcome is not null)`;
  return db
    .select({
      id: gatekeepingCommissions.id,
      organisationId: gatekeepingCommissions.organisationId,
      name: gatekeepingCommissions.name,
      regionId: gatekeepingCommissions.regionId,
      pending,
      decided,
    })
    .from(gatekeepingCommissions)
    .orderBy(asc(gatekeepingCommissions.name));
}

export async function commissionDetails(db: Queryable, commissionId: string) {
  const [members, meetings, outcomes] = await Promise.all([
    db
      .select({
        id: commissionMembers.id,
        name: commissionMembers.name,
        position: commissionMembers.position,
      })
      .from(commissionMembers)
      .where(eq(commissionMembers.commissionId, commissionId))
      .orderBy(asc(commissionMembers.name)),
    db
      .select({
        id: commissionMeetings.id,
        heldOn: commissionMeetings.heldOn,
        place: commissionMeetings.place,
      })
      .from(commissionMeetings)
      .where(eq(commissionMeetings.commissionId, commissionId))
      .orderBy(desc(commissionMeetings.heldOn)),
    db
      .select({ outcome: gatekeepingRequests.outcome, requests: sql<number>`count(*)::int` })
      .from(gatekeepingRequests)
      .where(eq(gatekeepingRequests.commissionId, commissionId))
      .groupBy(gatekeepingRequests.outcome),
  ]);
  return { members, meetings, outcomes };
}

/** The requests with the children's names: only for the commission's child-protection workers. */
export async function requestsOf(db: Queryable, commissionId: string) {
  return db
    .select({
      id: gatekeepingRequests.id,
      personId: gatekeepingRequests.personId,
      familyName: persons.familyName,
      givenName: persons.givenName,
      requestedOn: gatekeepingRequests.requestedOn,
      institutionId: gatekeepingRequests.institutionId,
      reason: gatekeepingRequests.reason,
      meetingId: gatekeepingRequests.meetingId,
      decidedOn: gatekeepingRequests.decidedOn,
      outcome: gatekeepingRequests.outcome,
      reasons: gatekeepingRequests.reasons,
      preventionServices: gatekeepingRequests.preventionServices,
      version: gatekeepingRequests.version,
    })
    .from(gatekeepingRequests)
    .innerJoin(persons, eq(persons.id, gatekeepingRequests.personId))
    .where(eq(gatekeepingRequests.commissionId, commissionId))
    .orderBy(desc(gatekeepingRequests.requestedOn), asc(persons.familyName));
}
