import {
  type Database,
  organisations,
  productionRecords,
  traineeModules,
  workshopModules,
  workshopSales,
  workshops,
  workshopTrainees,
} from '@birge/db';
import type {
  CreateWorkshopInput,
  ProductionRecordInput,
  SaleInput,
  TraineeOutcomeInput,
} from '@birge/domain';
import { and, eq, sql } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { inserted } from '../records/inserted';
import { updateVersioned } from '../records/update-versioned';
import type { WorkshopRow } from './workshop-queries';

type Trainee = typeof workshopTrainees.$inferSelect;

/** A workshop without a region of its own is where its organisation is, so its figures fall in a region. */
export async function createWorkshop(db: Database, context: AuditContext, input: CreateWorkshopInput) {
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ regionId: organisations.regionId })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    const values = { ...input, regionId: input.regionId ?? organisation?.regionId ?? null };
    const workshop = inserted((await tx.insert(workshops).values(values).returning())[0]);
    await recordAudit(tx, context, {
      action: 'workshop.create',
      recordType: 'workshop',
      recordId: workshop.id,
      organisationId: workshop.organisationId,
      after: workshop,
    });
    return workshop;
  });
}

/** A module goes to the end of the programme. */
export async function addModule(
  db: Database,
  context: AuditContext,
  workshop: WorkshopRow,
  input: { title: string; hours: number },
) {
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${workshopModules.position}), 0)::int` })
      .from(workshopModules)
      .where(eq(workshopModules.workshopId, workshop.id));
    const row = inserted(
      (
        await tx
          .insert(workshopModules)
          .values({ workshopId: workshop.id, position: (last?.position ?? 0) + 1, ...input })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'workshop.addModule',
      recordType: 'workshop_module',
      recordId: row.id,
      organisationId: workshop.organisationId,
      after: row,
    });
    return row;
  });
}

/** A person joins the workshop; someone already training there is not enrolled twice. */
export async function enrolTrainee(
  db: Database,
  context: AuditContext,
  workshop: WorkshopRow,
  input: { personId: string; startedOn: string },
) {
  return db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: workshopTrainees.id })
      .from(workshopTrainees)
      .where(
        and(
          eq(workshopTrainees.workshopId, workshop.id),
          eq(workshopTrainees.personId, input.personId),
          eq(workshopTrainees.status, 'enrolled'),
        ),
      );
    if (already) throw invalidField('personId', 'workshops.alreadyEnrolled');
    const row = inserted(
      (
        await tx
          .insert(workshopTrainees)
          .values({ workshopId: workshop.id, ...input })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'workshop.enrol',
      recordType: 'workshop_trainee',
      recordId: row.id,
      organisationId: workshop.organisationId,
      after: row,
    });
    return row;
  });
}

/** A module of this workshop done by the trainee, once, not before they started. */
export async function markModuleDone(
  db: Database,
  context: AuditContext,
  workshop: WorkshopRow,
  trainee: Trainee,
  input: { moduleId: string; completedOn: string },
) {
  return db.transaction(async (tx) => {
    const [module] = await tx
      .select({ id: workshopModules.id })
      .from(workshopModules)
      .where(and(eq(workshopModules.id, input.moduleId), eq(workshopModules.workshopId, workshop.id)));
    if (!module) throw invalidField('moduleId', 'workshops.unknownModule');
    if (input.completedOn < trainee.startedOn) throw invalidField('completedOn', 'workshops.beforeStart');
    const [done] = await tx
      .select({ id: traineeModules.id })
      .from(traineeModules)
      .where(and(eq(traineeModules.traineeId, trainee.id), eq(traineeModules.moduleId, module.id)));
    if (done) throw invalidField('moduleId', 'workshops.moduleDone');
    const row = inserted(
      (
        await tx
          .insert(traineeModules)
          .values({ traineeId: trainee.id, ...input, recordedBy: context.actorId })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'workshop.moduleDone',
      recordType: 'trainee_module',
      recordId: row.id,
      organisationId: workshop.organisationId,
      after: row,
    });
    return row;
  });
}

/** Completion or leaving ends an enrolment; neither can be recorded twice, nor before the start. */
export async function recordTraineeOutcome(
  db: Database,
  context: AuditContext,
  workshop: WorkshopRow,
  trainee: Trainee,
  input: TraineeOutcomeInput,
) {
  if (trainee.status !== 'enrolled') throw invalidField('status', 'workshops.alreadyEnded');
  const on = input.status === 'completed' ? input.completedOn : input.leftOn;
  if (on < trainee.startedOn)
    throw invalidField(input.status === 'completed' ? 'completedOn' : 'leftOn', 'workshops.beforeStart');
  return db.transaction(async (tx) => {
    const changes =
      input.status === 'completed'
        ? { status: input.status, completedOn: input.completedOn }
        : { status: input.status, leftOn: input.leftOn, leavingReason: input.leavingReason };
    const updated = await updateVersioned(tx, workshopTrainees, trainee.id, input.version, changes);
    await recordAudit(tx, context, {
      action: `workshop.trainee.${input.status}`,
      recordType: 'workshop_trainee',
      recordId: trainee.id,
      organisationId: workshop.organisationId,
      before: trainee,
      after: updated,
    });
    return updated;
  });
}

export async function recordProduction(
  db: Database,
  context: AuditContext,
  workshop: WorkshopRow,
  input: ProductionRecordInput,
) {
  return db.transaction(async (tx) => {
    const row = inserted(
      (
        await tx
          .insert(productionRecords)
          .values({ workshopId: workshop.id, ...input, recordedBy: context.actorId })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'workshop.recordProduction',
      recordType: 'production_record',
      recordId: row.id,
      organisationId: workshop.organisationId,
      after: row,
    });
    return row;
  });
}

export async function recordSale(
  db: Database,
  context: AuditContext,
  workshop: WorkshopRow,
  input: SaleInput,
) {
  return db.transaction(async (tx) => {
    const row = inserted(
      (
        await tx
          .insert(workshopSales)
          .values({ workshopId: workshop.id, ...input, recordedBy: context.actorId })
          .returning()
      )[0],
    );
    await recordAudit(tx, context, {
      action: 'workshop.recordSale',
      recordType: 'workshop_sale',
      recordId: row.id,
      organisationId: workshop.organisationId,
      after: row,
    });
    return row;
  });
}
