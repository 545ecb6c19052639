import { disabilityStatuses, personTags } from '@birge/domain';
import { z } from 'zod';
import { listQuerySchema } from '../http/pagination';

/** The filters of the person list; saved filters store this same query string. */
export const personListQuerySchema = listQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional(),
  regionId: z.uuid().optional(),
  sex: z.enum(['female', 'male']).optional(),
  ageFrom: z.coerce.number().int().min(0).max(120).optional(),
  ageTo: z.coerce.number().int().min(0).max(120).optional(),
  disabilityStatus: z.enum(disabilityStatuses).optional(),
  functionalDifficulty: z.enum(['yes', 'no', 'undetermined']).optional(),
  tag: z.enum(personTags).optional(),
  caseState: z.string().max(40).optional(),
  workerId: z.uuid().optional(),
  ownerOrganisationId: z.uuid().optional(),
});
