import {
  indicators,
  indicatorTargets,
  networkMembers,
  organisations,
  programmeParticipants,
  programmePolicyMarkers,
  programmeRegions,
  programmeSectors,
  programmes,
  type Queryable,
  results,
} from '@birge/db';
import { type Actor, abilities, programmePolicy, type ResultLevel } from '@birge/domain';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { LoadedProgramme } from './load-programme';

const summaryColumns = {
  id: programmes.id,
  title: programmes.title,
  status: programmes.status,
  startDate: programmes.startDate,
  endDate: programmes.endDate,
  ownerOrganisationId: programmes.ownerOrganisationId,
  ownerOrganisationName: organisations.name,
  networkId: programmes.networkId,
  iatiIdentifier: programmes.iatiIdentifier,
  budget: programmes.budget,
  currency: programmes.currency,
};

/** The programmes the actor reads: of their organisations, those they take part in, those of their networks. */
function visibleTo(actor: Actor): SQL | undefined {
  if (actor.platformAdmin) return undefined;
  const mine = actor.memberships.map((m) => m.organisationId);
  if (mine.length === 0) return sql`false`;
  return or(
    inArray(programmes.ownerOrganisationId, mine),
    inArray(
      programmes.id,
      sql`(select ${programmeParticipants.programmeId} from ${programmeParticipants}
        where ${inArray(programmeParticipants.organisationId, mine)})`,
    ),
    inArray(
      programmes.networkId,
      sql`(select ${networkMembers.networkId} from ${networkMembers}
        where ${inArray(networkMembers.organisationId, mine)})`,
    ),
  );
}

export async function listProgrammes(
  db: Queryable,
  actor: Actor,
  filter: { networkId?: string | undefined },
) {
  const items = await db
    .select(summaryColumns)
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.ownerOrganisationId))
    .where(and(visibleTo(actor), filter.networkId ? eq(programmes.networkId, filter.networkId) : undefined))
    .orderBy(sql`${programmes.startDate} desc`, programmes.id);
  return { items };
}

export type ResultNode = {
  id: string;
  parentId: string | null;
  level: ResultLevel;
  code: string;
  title: Record<string, string>;
  version: number;
  indicators: PresentedIndicator[];
};

type IndicatorRow = typeof indicators.$inferSelect;
export type PresentedIndicator = ReturnType<typeof presentIndicator>;

export function presentIndicator(
  row: IndicatorRow,
  targets: { periodStart: string; periodEnd: string; value: number }[],
) {
  return {
    id: row.id,
    resultId: row.resultId,
    code: row.code,
    title: row.title,
    description: row.description,
    unit: row.unit,
    baseline:
      row.baselineValue !== null && row.baselineDate !== null
        ? { value: row.baselineValue, date: row.baselineDate }
        : null,
    targets,
    disaggregations: row.disaggregations,
    definition: row.definition ?? null,
    version: row.version,
  };
}

/** The logframe as a flat list in reading order: each result followed by what stands under it. */
export async function logframeOf(db: Queryable, programmeId: string): Promise<ResultNode[]> {
  const [resultRows, indicatorRows, targetRows] = await Promise.all([
    db
      .select()
      .from(results)
      .where(eq(results.programmeId, programmeId))
      .orderBy(asc(results.position), asc(results.code)),
    db
      .select()
      .from(indicators)
      .where(eq(indicators.programmeId, programmeId))
      .orderBy(asc(indicators.position), asc(indicators.code)),
    db
      .select()
      .from(indicatorTargets)
      .innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
      .where(eq(indicators.programmeId, programmeId))
      .orderBy(asc(indicatorTargets.periodStart)),
  ]);
  const targetsOf = (id: string) =>
    targetRows
      .filter((t) => t.indicator_targets.indicatorId === id)
      .map(({ indicator_targets: t }) => ({
        periodStart: t.periodStart,
        periodEnd: t.periodEnd,
        value: t.value,
      }));
  const ordered: ResultNode[] = [];
  const visit = (parentId: string | null) => {
    for (const r of resultRows.filter((row) => row.parentId === parentId)) {
      ordered.push({
        id: r.id,
        parentId: r.parentId,
        level: r.level,
        code: r.code,
        title: r.title,
        version: r.version,
        indicators: indicatorRows
          .filter((i) => i.resultId === r.id)
          .map((i) => presentIndicator(i, targetsOf(i.id))),
      });
      visit(r.id);
    }
  };
  visit(null);
  return ordered;
}

export async function programmeDetail(db: Queryable, actor: Actor, programme: LoadedProgramme) {
  const [owner, participants, regionRows, sectors, policyMarkers, logframe] = await Promise.all([
    db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, programme.ownerOrganisationId)),
    db
      .select({
        organisationId: programmeParticipants.organisationId,
        name: organisations.name,
        role: programmeParticipants.role,
      })
      .from(programmeParticipants)
      .innerJoin(organisations, eq(organisations.id, programmeParticipants.organisationId))
      .where(eq(programmeParticipants.programmeId, programme.id))
      .orderBy(programmeParticipants.role, organisations.name),
    db
      .select({ regionId: programmeRegions.regionId })
      .from(programmeRegions)
      .where(eq(programmeRegions.programmeId, programme.id)),
    db
      .select({ code: programmeSectors.code, percentage: programmeSectors.percentage })
      .from(programmeSectors)
      .where(eq(programmeSectors.programmeId, programme.id))
      .orderBy(programmeSectors.code),
    db
      .select({ code: programmePolicyMarkers.code, significance: programmePolicyMarkers.significance })
      .from(programmePolicyMarkers)
      .where(eq(programmePolicyMarkers.programmeId, programme.id))
      .orderBy(programmePolicyMarkers.code),
    logframeOf(db, programme.id),
  ]);
  const { update, report } = abilities(programmePolicy, actor, programme);
  return {
    id: programme.id,
    title: programme.title,
    description: programme.description,
    status: programme.status,
    startDate: programme.startDate,
    endDate: programme.endDate,
    ownerOrganisationId: programme.ownerOrganisationId,
    ownerOrganisationName: owner[0]?.name ?? '',
    networkId: programme.networkId,
    iatiIdentifier: programme.iatiIdentifier,
    budget: programme.budget,
    currency: programme.currency,
    version: programme.version,
    participants,
    regionIds: regionRows.map((r) => r.regionId),
    sectors,
    policyMarkers,
    suppressBelow: programme.suppressBelow,
    ageBands: programme.ageBands,
    results: logframe,
    abilities: { update, report },
  };
}
