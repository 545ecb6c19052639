import { z } from 'zod';
import { buyerKinds, productionUnits, saleCurrencies, workshopKinds } from './vocabulary';

const version = z.number().int().positive();
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
/** A product from the shared list (`tomatoes`) or written in the workshop's own words. */
const product = text(100);
const quantity = z.number().positive().max(1_000_000);

export const createWorkshopSchema = z.object({
  organisationId: z.uuid(),
  kind: z.enum(workshopKinds),
  name: text(200),
  regionId: z.uuid().nullable().default(null),
  address: z.string().trim().max(300).default(''),
  programmeId: z.uuid().nullable().default(null),
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
});
export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;

export const workshopListSchema = z.object({ organisationId: z.uuid().optional() });

export const addModuleSchema = z.object({
  title: text(200),
  hours: z.number().positive().max(2000),
});

export const enrolTraineeSchema = z.object({
  personId: z.uuid(),
  startedOn: isoDate,
});

/** A trainee finishes the programme, or leaves it with a reason. */
export const traineeOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('completed'), completedOn: isoDate, version }),
  z.object({ status: z.literal('left'), leftOn: isoDate, leavingReason: text(1000), version }),
]);
export type TraineeOutcomeInput = z.infer<typeof traineeOutcomeSchema>;

export const moduleDoneSchema = z.object({ moduleId: z.uuid(), completedOn: isoDate });

export const productionRecordSchema = z.object({
  producedOn: isoDate,
  product,
  quantity,
  unit: z.enum(productionUnits),
});
export type ProductionRecordInput = z.infer<typeof productionRecordSchema>;

export const saleSchema = z.object({
  soldOn: isoDate,
  product,
  quantity,
  unit: z.enum(productionUnits),
  amount: z.number().min(0).max(100_000_000),
  currency: z.enum(saleCurrencies),
  buyerKind: z.enum(buyerKinds),
});
export type SaleInput = z.infer<typeof saleSchema>;
