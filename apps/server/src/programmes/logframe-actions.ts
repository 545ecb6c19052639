import { type Database, indicators, indicatorTargets, results, type Transaction } from '@birge/db';
import {
  type CreateIndicator,
  codeProblem,
  createResultSchema,
  placementProblem,
  removalProblem,
  type Target,
  targetsProblem,
  type UpdateIndicator,
  updateResultSchema,
} from '@birge/domain';
import { and, count, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, invalidField } from '../http/app-error';
import { assertDefinitionFits } from '../indicators/definition-check';
import { updateVersioned } from '../records/update-versioned';
import { countingScope, type LoadedProgramme, type ProgrammeRow } from './load-programme';

type ResultRow = typeof results.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;

async function assertCodeFree(
  tx: Transaction,
  table: typeof results | typeof indicators,
  programmeId: string,
  code: string,
  exceptId?: string,
) {
  const rows = await tx
    .select({ code: table.code })
    .from(table)
    .where(and(eq(table.programmeId, programmeId), exceptId ? ne(table.id, exceptId) : undefined));
  if (
    codeProblem(
      code,
      rows.map((r) => r.code),
    )
  )
    throw invalidField('code', 'programmes.codeTaken');
}

export async function createResult(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  input: z.infer<typeof createResultSchema>,
) {
  return db.transaction(async (tx) => {
    const [parent] = input.parentId
      ? await tx
          .select()
          .from(results)
          .where(and(eq(results.id, input.parentId), eq(results.programmeId, programme.id)))
      : [null];
    if (input.parentId && !parent) throw invalidField('parentId', 'field.choice');
    const [goals] = await tx
      .select({ n: count() })
      .from(results)
      .where(and(eq(results.programmeId, programme.id), eq(results.level, 'goal')));
    const problem = placementProblem(input.level, parent ?? null, goals?.n ?? 0);
    if (problem) throw invalidField(problem === 'secondGoal' ? 'level' : 'parentId', `programmes.${problem}`);
    await assertCodeFree(tx, results, programme.id, input.code);
    const [siblings] = await tx
      .select({ n: count() })
      .from(results)
      .where(
        and(
          eq(results.programmeId, programme.id),
          input.parentId ? eq(results.parentId, input.parentId) : undefined,
        ),
      );
    const [created] = await tx
      .insert(results)
      .values({ ...input, programmeId: programme.id, position: siblings?.n ?? 0 })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'result.create',
      recordType: 'result',
      recordId: created.id,
      organisationId: programme.ownerOrganisationId,
      after: created,
    });
    return { id: created.id };
  });
}

export async function updateResult(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  before: ResultRow,
  input: z.infer<typeof updateResultSchema>,
) {
  return db.transaction(async (tx) => {
    const { version, ...changes } = input;
    if (changes.code !== undefined) await assertCodeFree(tx, results, programme.id, changes.code, before.id);
    const after = await updateVersioned(tx, results, before.id, version, changes);
    await recordAudit(tx, context, {
      action: 'result.update',
      recordType: 'result',
      recordId: before.id,
      organisationId: programme.ownerOrganisationId,
      before,
      after,
    });
    return { id: after.id, version: after.version };
  });
}

export async function removeResult(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  before: ResultRow,
) {
  return db.transaction(async (tx) => {
    const [children] = await tx.select({ n: count() }).from(results).where(eq(results.parentId, before.id));
    const [held] = await tx.select({ n: count() }).from(indicators).where(eq(indicators.resultId, before.id));
    if (removalProblem(children?.n ?? 0, held?.n ?? 0)) throw new AppError(409, 'programmes.resultNotEmpty');
    await tx.delete(results).where(eq(results.id, before.id));
    await recordAudit(tx, context, {
      action: 'result.delete',
      recordType: 'result',
      recordId: before.id,
      organisationId: programme.ownerOrganisationId,
      before,
    });
  });
}

function assertTargets(targets: readonly Target[], programme: ProgrammeRow) {
  const broken = targetsProblem(targets, programme);
  if (broken) throw invalidField(`targets.${broken.index}`, `programmes.${broken.problem}`);
}

async function writeTargets(tx: Transaction, indicatorId: string, targets: readonly Target[]) {
  await tx.delete(indicatorTargets).where(eq(indicatorTargets.indicatorId, indicatorId));
  if (targets.length > 0)
    await tx.insert(indicatorTargets).values(targets.map((t) => ({ ...t, indicatorId })));
}

function indicatorColumns(input: Partial<CreateIndicator>) {
  const { baseline, targets: _targets, ...fields } = input;
  return {
    ...fields,
    ...(baseline !== undefined
      ? { baselineValue: baseline?.value ?? null, baselineDate: baseline?.date ?? null }
      : {}),
  };
}

export async function createIndicator(
  db: Database,
  context: AuditContext,
  programme: LoadedProgramme,
  result: ResultRow,
  input: CreateIndicator,
) {
  return db.transaction(async (tx) => {
    if (input.definition)
      await assertDefinitionFits(tx, input.definition, { scope: countingScope(programme) });
    assertTargets(input.targets, programme);
    await assertCodeFree(tx, indicators, programme.id, input.code);
    const [held] = await tx.select({ n: count() }).from(indicators).where(eq(indicators.resultId, result.id));
    const [created] = await tx
      .insert(indicators)
      .values({
        ...indicatorColumns(input),
        code: input.code,
        title: input.title,
        description: input.description,
        unit: input.unit,
        programmeId: programme.id,
        resultId: result.id,
        position: held?.n ?? 0,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeTargets(tx, created.id, input.targets);
    await recordAudit(tx, context, {
      action: 'indicator.create',
      recordType: 'indicator',
      recordId: created.id,
      organisationId: programme.ownerOrganisationId,
      after: { ...created, targets: input.targets },
    });
    return { id: created.id };
  });
}

export async function updateIndicator(
  db: Database,
  context: AuditContext,
  programme: LoadedProgramme,
  before: IndicatorRow,
  input: UpdateIndicator,
) {
  return db.transaction(async (tx) => {
    const { version, targets, ...changes } = input;
    if (changes.definition)
      await assertDefinitionFits(tx, changes.definition, { scope: countingScope(programme) });
    if (targets) assertTargets(targets, programme);
    if (changes.code !== undefined)
      await assertCodeFree(tx, indicators, programme.id, changes.code, before.id);
    const after = await updateVersioned(tx, indicators, before.id, version, indicatorColumns(changes));
    if (targets) await writeTargets(tx, before.id, targets);
    await recordAudit(tx, context, {
      action: 'indicator.update',
      recordType: 'indicator',
      recordId: before.id,
      organisationId: programme.ownerOrganisationId,
      before,
      after: { ...after, ...(targets ? { targets } : {}) },
    });
    return { id: after.id, version: after.version };
  });
}

export async function removeIndicator(
  db: Database,
  context: AuditContext,
  programme: ProgrammeRow,
  before: IndicatorRow,
) {
  return db.transaction(async (tx) => {
    await tx.delete(indicators).where(eq(indicators.id, before.id));
    await recordAudit(tx, context, {
      action: 'indicator.delete',
      recordType: 'indicator',
      recordId: before.id,
      organisationId: programme.ownerOrganisationId,
      before,
    });
  });
}
