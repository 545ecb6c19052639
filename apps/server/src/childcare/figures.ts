import { carePlacements, carers, gatekeepingRequests, type Queryable } from '@birge/db';
import { isNotNull, sql } from 'drizzle-orm';
import { listInstitutions } from './institution-queries';

/**
 * The work in numbers, for everyone signed in: children in the institutions and those who left, gatekeeping
 * decisions by outcome, placements by type, breakdowns by reason, carers by state. Nothing here names a child.
 */
export async function childcareFigures(db: Queryable) {
  const count = sql<number>`count(*)::int`;
  const [institutions, decisions, placements, breakdowns, carersByState] = await Promise.all([
    listInstitutions(db),
    db
      .select({ outcome: gatekeepingRequests.outcome, requests: count })
      .from(gatekeepingRequests)
      .groupBy(gatekeepingRequests.outcome),
    db
      .select({ type: carePlacements.type, placements: count })
      .from(carePlacements)
      .groupBy(carePlacements.type),
    db
      .select({ reason: carePlacements.breakdownReason, placements: count })
      .from(carePlacements)
      .where(isNotNull(carePlacements.breakdownReason))
      .groupBy(carePlacements.breakdownReason),
    db.select({ state: carers.state, carers: count }).from(carers).groupBy(carers.state),
  ]);
  return { institutions, decisions, placements, breakdowns, carers: carersByState };
}
