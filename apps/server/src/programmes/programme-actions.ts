import {
  type Database,
  indicators,
  indicatorTargets,
  manualValues,
  networks,
  organisations,
  programmeParticipants,
  programmePolicyMarkers,
  programmeRegions,
  programmeSectors,
  programmes,
  regions,
  type Transaction,
} from '@birge/db';
import {
  type CreateProgramme,
  datesProblem,
  periodProblem,
  sectorsProblem,
  type UpdateProgramme,
} from '@birge/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField, notFound } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';

type Lists = Pick<CreateProgramme, 'participants' | 'regionIds' | 'sectors' | 'policyMarkers'>;

async function assertReferences(tx: Transaction, input: Partial<CreateProgramme>, programmeId?: string) {
  if (input.networkId) {
    const [network] = await tx
      .select({ id: networks.id })
      .from(networks)
      .where(eq(networks.id, input.networkId));
    if (!network) throw invalidField('networkId', 'field.choice');
  }
  const organisationIds = [...new Set((input.participants ?? []).map((p) => p.organisationId))];
  if (organisationIds.length > 0) {
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds));
    if (found.length !== organisationIds.length) throw invalidField('participants', 'field.choice');
  }
  const regionIds = [...new Set(input.regionIds ?? [])];
  if (regionIds.length > 0) {
    const found = await tx.select({ id: regions.id }).from(regions).where(inArray(regions.id, regionIds));
    if (found.length !== regionIds.length) throw invalidField('regionIds', 'field.choice');
  }
  if (input.sectors && sectorsProblem(input.sectors))
    throw invalidField('sectors', 'programmes.sectorsNotWhole');
  if (input.iatiIdentifier) {
    const [taken] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(
        and(
          eq(programmes.iatiIdentifier, input.iatiIdentifier),
          programmeId ? ne(programmes.id, programmeId) : undefined,
        ),
      );
    if (taken) throw invalidField('iatiIdentifier', 'programmes.iatiTaken');
  }
}

/** Replaces the lists that are given; a list left out stays as it is. */
async function writeLists(tx: Transaction, programmeId: string, lists: Partial<Lists>) {
  if (lists.participants) {
    await tx.delete(programmeParticipants).where(eq(programmeParticipants.programmeId, programmeId));
    const unique = new Map(lists.participants.map((p) => [`${p.organisationId}:${p.role}`, p]));
    if (unique.size > 0)
      await tx.insert(programmeParticipants).values([...unique.values()].map((p) => ({ ...p, programmeId })));
  }
  if (lists.regionIds) {
    await tx.delete(programmeRegions).where(eq(programmeRegions.programmeId, programmeId));
    const unique = [...new Set(lists.regionIds)];
    if (unique.length > 0)
      await tx.insert(programmeRegions).values(unique.map((regionId) => ({ programmeId, regionId })));
  }
  if (lists.sectors) {
    await tx.delete(programmeSectors).where(eq(programmeSectors.programmeId, programmeId));
    const unique = new Map(lists.sectors.map((s) => [s.code, s]));
    if (unique.size > 0)
      await tx.insert(programmeSectors).values([...unique.values()].map((s) => ({ ...s, programmeId })));
  }
  if (lists.policyMarkers) {
    await tx.delete(programmePolicyMarkers).where(eq(programmePolicyMarkers.programmeId, programmeId));
    const unique = new Map(lists.policyMarkers.map((m) => [m.code, m]));
    if (unique.size > 0)
      await tx
        .insert(programmePolicyMarkers)
        .values([...unique.values()].map((m) => ({ ...m, programmeId })));
  }
}

/** New dates may not leave a target or a value entered by hand outside the programme. */
async function assertPeriodsStayInside(
  tx: Transaction,
  programmeId: string,
  dates: { startDate: string; endDate: string },
  field: 'startDate' | 'endDate',
) {
  const spans = await tx
    .select({ periodStart: indicatorTargets.periodStart, periodEnd: indicatorTargets.periodEnd })
    .from(indicatorTargets)
    .innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
    .where(eq(indicators.programmeId, programmeId))
    .union(
      tx
        .select({ periodStart: manualValues.periodStart, periodEnd: manualValues.periodEnd })
        .from(manualValues)
        .innerJoin(indicators, eq(indicators.id, manualValues.indicatorId))
        .where(eq(indicators.programmeId, programmeId)),
    );
  if (spans.some((span) => periodProblem(span, dates)))
    throw invalidField(field, 'programmes.periodOutsideProgramme');
}

export async function createProgramme(db: Database, context: AuditContext, input: CreateProgramme) {
  return db.transaction(async (tx) => {
    if (datesProblem(input.startDate, input.endDate))
      throw invalidField('endDate', 'programmes.datesReversed');
    await assertReferences(tx, input);
    const { participants, regionIds, sectors, policyMarkers, budget, ...fields } = input;
    const [created] = await tx
      .insert(programmes)
      .values({ ...fields, budget: budget === null ? null : String(budget) })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeLists(tx, created.id, { participants, regionIds, sectors, policyMarkers });
    await recordAudit(tx, context, {
      action: 'programme.create',
      recordType: 'programme',
      recordId: created.id,
      organisationId: created.ownerOrganisationId,
      after: { ...created, participants, regionIds, sectors, policyMarkers },
    });
    return { id: created.id };
  });
}

export async function updateProgramme(
  db: Database,
  context: AuditContext,
  id: string,
  input: UpdateProgramme,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(programmes).where(eq(programmes.id, id));
    if (!before) throw notFound();
    const { version, participants, regionIds, sectors, policyMarkers, budget, ...changes } = input;
    if (datesProblem(changes.startDate ?? before.startDate, changes.endDate ?? before.endDate))
      throw invalidField('endDate', 'programmes.datesReversed');
    await assertReferences(tx, input, id);
    if (changes.startDate !== undefined || changes.endDate !== undefined)
      await assertPeriodsStayInside(
        tx,
        id,
        {
          startDate: changes.startDate ?? before.startDate,
          endDate: changes.endDate ?? before.endDate,
        },
        changes.endDate !== undefined ? 'endDate' : 'startDate',
      );
    const after = await updateVersioned(tx, programmes, id, version, {
      ...changes,
      ...(budget !== undefined ? { budget: budget === null ? null : String(budget) } : {}),
    });
    await writeLists(tx, id, { participants, regionIds, sectors, policyMarkers });
    await recordAudit(tx, context, {
      action: 'programme.update',
      recordType: 'programme',
      recordId: id,
      organisationId: after.ownerOrganisationId,
      before,
      after: { ...after, participants, regionIds, sectors, policyMarkers },
    });
    return { id, version: after.version };
  });
}
