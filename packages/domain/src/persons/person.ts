import { z } from 'zod';
import { languages } from '../languages';
import { disabilityStatuses, personRelations, personTags, sexes } from './vocabulary';

const isoDate = z.iso.date();
const name = z.string().trim().min(1).max(100);
const phone = z
  .string()
  .trim()
  .min(5)
  .max(30)
  .regex(/^[+\d\s()-]+$/);

const personFields = {
  familyName: name,
  givenName: name,
  patronymic: z.string().trim().max(100),
  latinName: z.string().trim().max(200),
  sex: z.enum(sexes),
  birthDate: isoDate.nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  regionId: z.uuid().nullable(),
  locality: z.string().trim().max(200),
  address: z.string().trim().max(300),
  phones: z.array(phone).max(5),
  languages: z.array(z.enum(languages)).max(languages.length),
  disabilityStatus: z.enum(disabilityStatuses),
  disabilityCertificateDate: isoDate.nullable(),
  disabilityReviewDate: isoDate.nullable(),
  tags: z.array(z.enum(personTags)).max(personTags.length),
  notes: z.string().trim().max(4000),
};

export const registerPersonSchema = z.object({
  ...personFields,
  id: z.uuid().optional(),
  ownerOrganisationId: z.uuid(),
  patronymic: personFields.patronymic.default(''),
  latinName: personFields.latinName.default(''),
  birthDate: personFields.birthDate.default(null),
  birthYear: personFields.birthYear.default(null),
  regionId: personFields.regionId.default(null),
  locality: personFields.locality.default(''),
  address: personFields.address.default(''),
  phones: personFields.phones.default([]),
  languages: personFields.languages.default([]),
  disabilityStatus: personFields.disabilityStatus.default('none'),
  disabilityCertificateDate: personFields.disabilityCertificateDate.default(null),
  disabilityReviewDate: personFields.disabilityReviewDate.default(null),
  tags: personFields.tags.default([]),
  notes: personFields.notes.default(''),
  /** Nothing is registered without consent to registration, from a representative for a child. */
  registrationConsent: z.object({
    givenBy: z.enum(['person', 'representative']),
    representativeName: z.string().trim().max(200).default(''),
    method: z.enum(['paper', 'verbal', 'digital']),
    givenOn: isoDate,
  }),
  /** Registering despite the duplicates shown: the worker looked and decided this is someone else. */
  confirmedNotDuplicate: z.boolean().default(false),
});

export const updatePersonSchema = z
  .object(personFields)
  .partial()
  .extend({ version: z.number().int().positive() });

export const linkPersonSchema = z.object({ relatedPersonId: z.uuid(), relation: z.enum(personRelations) });

export const consentPurposes = ['registration', 'sharing', 'photos', 'reports'] as const;
export const recordConsentSchema = z
  .object({
    purpose: z.enum(consentPurposes),
    sharedWithOrganisationId: z.uuid().nullable().default(null),
    givenBy: z.enum(['person', 'representative']),
    representativeName: z.string().trim().max(200).default(''),
    method: z.enum(['paper', 'verbal', 'digital']),
    givenOn: isoDate,
  })
  .refine((c) => c.purpose !== 'sharing' || c.sharedWithOrganisationId !== null, {
    path: ['sharedWithOrganisationId'],
    message: 'required',
  })
  .refine((c) => c.givenBy !== 'representative' || c.representativeName.length > 0, {
    path: ['representativeName'],
    message: 'required',
  });
/** UNICEF's rule: a representative consents for a child. */
export function consentGiverAllowed(givenBy: 'person' | 'representative', child: boolean): boolean {
  return !child || givenBy === 'representative';
}

export const mergePersonsSchema = z.object({ duplicateId: z.uuid(), version: z.number().int().positive() });

export const withdrawConsentSchema = z.object({ withdrawnOn: isoDate, version: z.number().int().positive() });
