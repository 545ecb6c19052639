import {
  activities,
  activityOrganisers,
  type Database,
  organisations,
  regions,
  type Transaction,
} from '@birge/db';
import { activityTimesProblem, type CreateActivity, type UpdateActivity } from '@birge/domain';
import { eq, inArray } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { assertTakesPart } from '../programmes/programme-link';
import { updateVersioned } from '../records/update-versioned';
import type { LoadedActivity } from './load-activity';

type Checked = Pick<
  CreateActivity,
  'type' | 'startsAt' | 'endsAt' | 'regionId' | 'programmeId' | 'coOrganiserIds' | 'trainsFacilitators'
> & { organisationId: string };

/** The rules across fields and the records an activity points to, checked before anything is written. */
async function assertActivity(tx: Transaction, a: Checked) {
  if (activityTimesProblem(a.startsAt, a.endsAt)) throw invalidField('endsAt', 'activities.timesReversed');
  if (a.trainsFacilitators && a.type !== 'training')
    throw invalidField('trainsFacilitators', 'activities.trainsFacilitatorsOnlyTrainings');
  if (a.regionId) {
    const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, a.regionId));
    if (!region) throw invalidField('regionId', 'field.choice');
  }
  const organisers = [...new Set(a.coOrganiserIds)];
  if (organisers.length) {
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, organisers));
    if (found.length !== organisers.length) throw invalidField('coOrganiserIds', 'field.choice');
  }
  // An activity counts for a programme only when its lead organiser takes part in it.
  await assertTakesPart(tx, a.programmeId ?? null, a.organisationId);
}

async function writeOrganisers(tx: Transaction, activityId: string, lead: string, ids: string[]) {
  await tx.delete(activityOrganisers).where(eq(activityOrganisers.activityId, activityId));
  const others = [...new Set(ids)].filter((id) => id !== lead);
  if (others.length)
    await tx
      .insert(activityOrganisers)
      .values(others.map((organisationId) => ({ activityId, organisationId })));
}

export async function createActivity(db: Database, context: AuditContext, input: CreateActivity) {
  return db.transaction(async (tx) => {
    await assertActivity(tx, input);
    const { coOrganiserIds, startsAt, endsAt, ...fields } = input;
    const [created] = await tx
      .insert(activities)
      .values({ ...fields, startsAt: new Date(startsAt), endsAt: endsAt ? new Date(endsAt) : null })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeOrganisers(tx, created.id, created.organisationId, coOrganiserIds);
    await recordAudit(tx, context, {
      action: 'activity.create',
      recordType: 'activity',
      recordId: created.id,
      organisationId: created.organisationId,
      after: { ...created, coOrganiserIds },
    });
    return { id: created.id };
  });
}

export async function updateActivity(
  db: Database,
  context: AuditContext,
  before: LoadedActivity,
  input: UpdateActivity,
) {
  return db.transaction(async (tx) => {
    const { version, coOrganiserIds, startsAt, endsAt, ...changes } = input;
    await assertActivity(tx, {
      type: changes.type ?? before.type,
      startsAt: startsAt ?? before.startsAt.toISOString(),
      endsAt: endsAt === undefined ? (before.endsAt?.toISOString() ?? null) : endsAt,
      regionId: changes.regionId ?? null,
      programmeId: changes.programmeId ?? null,
      coOrganiserIds: coOrganiserIds ?? [],
      trainsFacilitators: changes.trainsFacilitators ?? before.trainsFacilitators,
      organisationId: before.organisationId,
    });
    const after = await updateVersioned(tx, activities, before.id, version, {
      ...changes,
      ...(startsAt !== undefined ? { startsAt: new Date(startsAt) } : {}),
      ...(endsAt !== undefined ? { endsAt: endsAt === null ? null : new Date(endsAt) } : {}),
    });
    if (coOrganiserIds) await writeOrganisers(tx, before.id, before.organisationId, coOrganiserIds);
    await recordAudit(tx, context, {
      action: 'activity.update',
      recordType: 'activity',
      recordId: before.id,
      organisationId: before.organisationId,
      before,
      after: { ...after, coOrganiserIds: coOrganiserIds ?? before.coOrganiserIds },
    });
    return { id: before.id, version: after.version };
  });
}
