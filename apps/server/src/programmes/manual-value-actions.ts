import { type Database, indicators, manualValues, type Transaction } from '@birge/db';
import {
  type CreateManualValue,
  manualValueProblem,
  manualValuesProblem,
  periodProblem,
  type UpdateManualValue,
} from '@birge/domain';
import { and, eq, ne } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, invalidField } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';
import type { ProgrammeRow } from './load-programme';

type IndicatorRow = typeof indicators.$inferSelect;
type ManualValueRow = typeof manualValues.$inferSelect;
type Period = { periodStart: string; periodEnd: string };

/**
 * A value's period lies inside the programme and covers no time another value of the indicator covers; the
 * indicator's values wait on each other, so two entered at once cannot both take the same year.
 */
async function assertPeriodFree(
  tx: Transaction,
  programme: ProgrammeRow,
  indicatorId: string,
  period: Period,
  exceptId?: string,
) {
  const problem = periodProblem(period, programme);
  if (problem) throw invalidField('periodEnd', `programmes.${problem}`);
  await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, indicatorId)).for('update');
  const others = await tx
    .select({ periodStart: manualValues.periodStart, periodEnd: manualValues.periodEnd })
    .from(manualValues)
    .where(
      and(eq(manualValues.indicatorId, indicatorId), exceptId ? ne(manualValues.id, exceptId) : undefined),
    );
  if (manualValuesProblem(period, others))
    throw invalidField('periodStart', 'programmes.manualValuesOverlap');
}

function enteredBy(context: AuditContext): string {
  if (!context.actorId) throw new AppError(401, 'auth.required');
  return context.actorId;
}

export async function addManualValue(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  indicator: IndicatorRow,
  input: CreateManualValue,
) {
  return db.transaction(async (tx) => {
    if (manualValueProblem(indicator)) throw new AppError(409, 'programmes.manualValueOfDefinedIndicator');
    await assertPeriodFree(tx, programme, indicator.id, input);
    const [created] = await tx
      .insert(manualValues)
      .values({ ...input, indicatorId: indicator.id, enteredBy: enteredBy(context) })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'indicator.manualValue',
      recordType: 'manual_value',
      recordId: created.id,
      organisationId: programme.ownerOrganisationId,
      after: created,
    });
    return { id: created.id };
  });
}

/** A value corrected: the one who corrects it becomes the one who entered it; the audit trail keeps the first. */
export async function updateManualValue(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  before: ManualValueRow,
  input: UpdateManualValue,
) {
  return db.transaction(async (tx) => {
    const { version, ...changes } = input;
    const period = {
      periodStart: changes.periodStart ?? before.periodStart,
      periodEnd: changes.periodEnd ?? before.periodEnd,
    };
    await assertPeriodFree(tx, programme, before.indicatorId, period, before.id);
    const after = await updateVersioned(tx, manualValues, before.id, version, {
      ...changes,
      enteredBy: enteredBy(context),
      enteredAt: new Date(),
    });
    await recordAudit(tx, context, {
      action: 'indicator.manualValue.update',
      recordType: 'manual_value',
      recordId: before.id,
      organisationId: programme.ownerOrganisationId,
      before,
      after,
    });
    return { id: after.id, version: after.version };
  });
}

export async function removeManualValue(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  before: ManualValueRow,
) {
  return db.transaction(async (tx) => {
    await tx.delete(manualValues).where(eq(manualValues.id, before.id));
    await recordAudit(tx, context, {
      action: 'indicator.manualValue.delete',
      recordType: 'manual_value',
      recordId: before.id,
      organisationId: programme.ownerOrganisationId,
      before,
    });
  });
}
