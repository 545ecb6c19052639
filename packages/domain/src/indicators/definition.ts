import { z } from 'zod';
import { activityTypes } from '../programmes/vocabulary';
import { ageBandsProblem } from './age-bands';
import {
  defaultAgeBands,
  defaultSuppressBelow,
  factDisabilities,
  factSexes,
  simpleMeasures,
} from './vocabulary';

const isoDate = z.iso.date();
const ids = z.array(z.uuid()).min(1).max(500);

/** What to count: every filter narrows the facts of the source; dates are [from, to). */
export const indicatorFiltersSchema = z
  .object({
    organisationIds: ids.optional(),
    networkId: z.uuid().optional(),
    regionIds: ids.optional(),
    programmeId: z.uuid().optional(),
    activityTypes: z.array(z.enum(activityTypes)).min(1).max(activityTypes.length).optional(),
    tags: z.array(z.string().trim().min(1).max(100)).min(1).max(50).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    sex: z.array(z.enum(factSexes)).min(1).max(factSexes.length).optional(),
    disability: z.array(z.enum(factDisabilities)).min(1).max(factDisabilities.length).optional(),
    attributes: z
      .record(z.string().trim().min(1).max(60), z.array(z.string().trim().min(1).max(200)).min(1).max(100))
      .optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from < f.to, { path: ['to'], message: 'to must be after from' });
export type IndicatorFilters = z.infer<typeof indicatorFiltersSchema>;

export const simpleDefinitionSchema = z
  .object({
    measure: z.enum(simpleMeasures),
    source: z.string().trim().min(3).max(100),
    filters: indicatorFiltersSchema.optional(),
  })
  .strict();
export type SimpleDefinition = z.infer<typeof simpleDefinitionSchema>;

export const ratioDefinitionSchema = z
  .object({
    measure: z.literal('ratio'),
    numerator: simpleDefinitionSchema,
    denominator: simpleDefinitionSchema,
    percent: z.boolean().optional(),
  })
  .strict();
export type RatioDefinition = z.infer<typeof ratioDefinitionSchema>;

/** An indicator declared as a query over Birge's records; the server checks its source and attributes. */
export const indicatorDefinitionSchema = z.discriminatedUnion('measure', [
  simpleDefinitionSchema,
  ratioDefinitionSchema,
]);
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

export const ageBandSchema = z
  .object({
    from: z.number().int().min(0).max(130),
    to: z.number().int().min(0).max(130).nullable(),
  })
  .strict()
  .refine((b) => b.to === null || b.to >= b.from, { path: ['to'], message: 'to must not be below from' });

/** Bands in order, each starting the year after the previous one ends, the last one open or closed. */
export const ageBandsSchema = z
  .array(ageBandSchema)
  .min(1)
  .max(20)
  .refine((bands) => ageBandsProblem(bands) === null, {
    message: 'age bands must be contiguous and not overlap',
  })
  .default(() => [...defaultAgeBands]);

export const suppressBelowSchema = z.number().int().min(0).max(100).default(defaultSuppressBelow);
