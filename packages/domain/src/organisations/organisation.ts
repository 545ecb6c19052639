import { z } from 'zod';
import { languages } from '../languages';

export const organisationTypes = [
  'ngo',
  'parent_group',
  'local_action_group',
  'resource_group',
  'information_centre',
  'university',
  'authority',
  'employer',
  'residential_institution',
  'health_facility',
  'school',
  'training_workshop',
  'donor',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/** Facilities are the organisations monitors visit and institutions children leave. */
export const facilityTypes: readonly OrganisationType[] = [
  'residential_institution',
  'health_facility',
  'school',
  'training_workshop',
];

export const accessibilitySchema = z.object({
  stepFreeEntrance: z.boolean().default(false),
  accessibleToilet: z.boolean().default(false),
  elevator: z.boolean().default(false),
  signLanguage: z.boolean().default(false),
  easyRead: z.boolean().default(false),
  notes: z.string().trim().max(1000).default(''),
});
export type Accessibility = z.infer<typeof accessibilitySchema>;

const optionalText = (max: number) => z.string().trim().max(max).default('');

export const organisationFieldsSchema = z.object({
  name: z.string().trim().min(2).max(200),
  type: z.enum(organisationTypes),
  regionId: z.uuid().nullable().default(null),
  address: optionalText(300),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/)
    .default(''),
  email: z.union([z.literal(''), z.email().max(200)]).default(''),
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(300)]).default(''),
  languages: z.array(z.enum(languages)).max(languages.length).default([]),
  accessibility: accessibilitySchema.default(accessibilitySchema.parse({})),
  description: optionalText(4000),
});
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;

export const createOrganisationSchema = organisationFieldsSchema.extend({ id: z.uuid().optional() });
export const updateOrganisationSchema = organisationFieldsSchema
  .partial()
  .extend({ version: z.number().int().positive() });
