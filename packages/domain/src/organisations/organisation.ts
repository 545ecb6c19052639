import { z } from 'zod';
import { languages } from '../languages';
import { organisationTypes } from './vocabulary';

export const accessibilitySchema = z.object({
  stepFreeEntrance: z.boolean().default(false),
  accessibleToilet: z.boolean().default(false),
  elevator: z.boolean().default(false),
  signLanguage: z.boolean().default(false),
  easyRead: z.boolean().default(false),
  notes: z.string().trim().max(1000).default(''),
});
export type Accessibility = z.infer<typeof accessibilitySchema>;

const text = (max: number) => z.string().trim().max(max);

/** The fields as a change names them: nothing absent is touched, so no defaults here. */
const organisationFields = {
  name: z.string().trim().min(2).max(200),
  type: z.enum(organisationTypes),
  regionId: z.uuid().nullable(),
  address: text(300),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/),
  email: z.union([z.literal(''), z.email().max(200)]),
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(300)]),
  languages: z.array(z.enum(languages)).max(languages.length),
  accessibility: accessibilitySchema,
  description: text(4000),
};

export const createOrganisationSchema = z.object({
  ...organisationFields,
  id: z.uuid().optional(),
  regionId: organisationFields.regionId.default(null),
  address: organisationFields.address.default(''),
  phone: organisationFields.phone.default(''),
  email: organisationFields.email.default(''),
  website: organisationFields.website.default(''),
  languages: organisationFields.languages.default([]),
  accessibility: accessibilitySchema.default(accessibilitySchema.parse({})),
  description: organisationFields.description.default(''),
});
export const updateOrganisationSchema = z
  .object(organisationFields)
  .partial()
  .extend({ version: z.number().int().positive() });
