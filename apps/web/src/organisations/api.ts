export { type OrganisationType, organisationTypes } from '@birge/domain/organisations/vocabulary';

import type { OrganisationType } from '@birge/domain/organisations/vocabulary';
import { type Page, query, request } from '../api/client';
import type { Language } from '../i18n/languages';

export const accessibilityFeatures = [
  'stepFreeEntrance',
  'accessibleToilet',
  'elevator',
  'signLanguage',
  'easyRead',
] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

export type Accessibility = Record<AccessibilityFeature, boolean> & { notes: string };

export interface OrganisationFields {
  name: string;
  type: OrganisationType;
  regionId: string | null;
  address: string;
  phone: string;
  email: string;
  website: string;
  languages: Language[];
  accessibility: Accessibility;
  description: string;
}

export interface Organisation extends OrganisationFields {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationFilters {
  q?: string;
  type?: string;
  regionId?: string;
}

export function listOrganisations(
  filters: OrganisationFilters,
  cursor: string | null,
): Promise<Page<Organisation>> {
  return request('GET', `/api/organisations${query({ ...filters, cursor, limit: 25 })}`);
}

export interface OrganisationDetail {
  organisation: Organisation;
  networks: { id: string; name: string }[];
  abilities: { update: boolean };
}

export function getOrganisation(id: string): Promise<OrganisationDetail> {
  return request('GET', `/api/organisations/${encodeURIComponent(id)}`);
}

export function createOrganisation(fields: OrganisationFields): Promise<Organisation> {
  return request('POST', '/api/organisations', { body: fields });
}

export function updateOrganisation(
  id: string,
  fields: OrganisationFields,
  version: number,
): Promise<Organisation> {
  return request('PATCH', `/api/organisations/${encodeURIComponent(id)}`, { body: { ...fields, version } });
}

/** An organisation's name wherever a record names it by id; fetched once and kept. */
export function organisationNameQuery(id: string | null) {
  return {
    queryKey: ['organisation', id],
    queryFn: () => getOrganisation(id ?? ''),
    enabled: id !== null,
    staleTime: 10 * 60_000,
    select: (detail: OrganisationDetail) => detail.organisation.name,
  };
}
