import { z } from 'zod';

export const networkFieldsSchema = z.object({
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(4000).default(''),
  leadOrganisationId: z.uuid().nullable().default(null),
});

export const createNetworkSchema = networkFieldsSchema.extend({ id: z.uuid().optional() });
export const updateNetworkSchema = networkFieldsSchema
  .partial()
  .extend({ version: z.number().int().positive() });
export const addNetworkMemberSchema = z.object({ organisationId: z.uuid() });
