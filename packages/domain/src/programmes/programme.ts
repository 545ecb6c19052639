import { z } from 'zod';
import { ageBandsSchema, indicatorDefinitionSchema, suppressBelowSchema } from '../indicators/definition';
import { disaggregations } from '../indicators/vocabulary';
import { participantRoles, policySignificances, programmeStatuses, resultLevels } from './vocabulary';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const translated = (max: number) => z.object({ ky: text(max), kk: text(max), ru: text(max), en: text(max) });
/** Descriptions may be left empty in some languages while a translation is pending. */
const translatedOptional = (max: number) => {
  const one = z.string().trim().max(max);
  return z.object({ ky: one, kk: one, ru: one, en: one });
};
const version = z.number().int().positive();

export const participantSchema = z.object({ organisationId: z.uuid(), role: z.enum(participantRoles) });
/** An OECD DAC 5-digit purpose code, e.g. 16010 social protection. */
export const sectorSchema = z.object({
  code: z.string().regex(/^\d{5}$/),
  percentage: z.number().min(0).max(100),
});
export const policyMarkerSchema = z.object({
  code: z.string().regex(/^\d{1,2}$/),
  significance: z
    .number()
    .int()
    .min(0)
    .max(policySignificances.length - 1),
});

const programmeFields = {
  title: translated(300),
  description: translatedOptional(4000),
  ownerOrganisationId: z.uuid(),
  networkId: z.uuid().nullable(),
  iatiIdentifier: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{2,149}$/)
    .nullable(),
  status: z.enum(programmeStatuses),
  startDate: isoDate,
  endDate: isoDate,
  budget: z.number().min(0).max(1e12).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  participants: z.array(participantSchema).max(50),
  regionIds: z.array(z.uuid()).max(100),
  sectors: z.array(sectorSchema).max(30),
  policyMarkers: z.array(policyMarkerSchema).max(20),
  suppressBelow: suppressBelowSchema,
  ageBands: ageBandsSchema,
};

export const createProgrammeSchema = z.object({
  ...programmeFields,
  id: z.uuid().optional(),
  networkId: programmeFields.networkId.default(null),
  iatiIdentifier: programmeFields.iatiIdentifier.default(null),
  budget: programmeFields.budget.default(null),
  participants: programmeFields.participants.default([]),
  regionIds: programmeFields.regionIds.default([]),
  sectors: programmeFields.sectors.default([]),
  policyMarkers: programmeFields.policyMarkers.default([]),
});
export type CreateProgramme = z.infer<typeof createProgrammeSchema>;

/** A change names only what changes; the lists, when given, replace the stored ones. */
export const updateProgrammeSchema = z
  .object({
    ...programmeFields,
    suppressBelow: z.number().int().min(0).max(100),
    ageBands: ageBandsSchema.unwrap(),
  })
  .omit({ ownerOrganisationId: true })
  .partial()
  .extend({ version });
export type UpdateProgramme = z.infer<typeof updateProgrammeSchema>;

const resultFields = {
  code: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,19}$/u),
  title: translated(500),
};
export const createResultSchema = z.object({
  ...resultFields,
  id: z.uuid().optional(),
  parentId: z.uuid().nullable(),
  level: z.enum(resultLevels),
});
export const updateResultSchema = z
  .object({ ...resultFields, position: z.number().int().min(0).max(1000) })
  .partial()
  .extend({ version });

export const targetSchema = z.object({
  periodStart: isoDate,
  periodEnd: isoDate,
  value: z.number().min(0).max(1e12),
});
export type Target = z.infer<typeof targetSchema>;

const indicatorFields = {
  code: resultFields.code,
  title: translated(500),
  description: translatedOptional(4000),
  unit: text(60),
  baseline: z.object({ value: z.number().min(0).max(1e12), date: isoDate }).nullable(),
  targets: z.array(targetSchema).max(120),
  disaggregations: z
    .array(z.enum(disaggregations))
    .max(disaggregations.length)
    .refine((list) => new Set(list).size === list.length, { message: 'each disaggregation once' }),
  /** Null: entered by hand, as manual values. */
  definition: indicatorDefinitionSchema.nullable(),
};
export const createIndicatorSchema = z.object({
  ...indicatorFields,
  id: z.uuid().optional(),
  description: indicatorFields.description.default({ ky: '', kk: '', ru: '', en: '' }),
  baseline: indicatorFields.baseline.default(null),
  targets: indicatorFields.targets.default([]),
  disaggregations: indicatorFields.disaggregations.default([]),
  definition: indicatorFields.definition.default(null),
});
export type CreateIndicator = z.infer<typeof createIndicatorSchema>;
export const updateIndicatorSchema = z
  .object({ ...indicatorFields, position: z.number().int().min(0).max(1000) })
  .partial()
  .extend({ version });
export type UpdateIndicator = z.infer<typeof updateIndicatorSchema>;

const manualValueFields = {
  periodStart: isoDate,
  periodEnd: isoDate,
  value: z.number().min(0).max(1e12),
  note: z.string().trim().max(2000),
};
export const createManualValueSchema = z.object({
  ...manualValueFields,
  id: z.uuid().optional(),
  note: manualValueFields.note.default(''),
});
export type CreateManualValue = z.infer<typeof createManualValueSchema>;
/** A correction names what changes; the period, when one end changes, is checked whole. */
export const updateManualValueSchema = z.object(manualValueFields).partial().extend({ version });
export type UpdateManualValue = z.infer<typeof updateManualValueSchema>;
