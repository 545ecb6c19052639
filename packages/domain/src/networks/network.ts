import { z } from 'zod';

const networkFields = {
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(4000),
  leadOrganisationId: z.uuid().nullable(),
};

export const createNetworkSchema = z.object({
  ...networkFields,
  id: z.uuid().optional(),
  description: networkFields.description.default(''),
  leadOrganisationId: networkFields.leadOrganisationId.default(null),
});
/** A change names only what changes: no defaults, so nothing absent is reset. */
export const updateNetworkSchema = z
  .object(networkFields)
  .partial()
  .extend({ version: z.number().int().positive() });
export const addNetworkMemberSchema = z.object({ organisationId: z.uuid() });
