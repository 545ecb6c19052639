export {
  disabilityStatuses,
  personRelations,
  personTags,
  type ShareablePart,
  sexes,
  shareableParts,
} from '@birge/domain/persons/vocabulary';

import type {
  disabilityStatuses,
  personRelations,
  personTags,
  ShareablePart,
  sexes,
} from '@birge/domain/persons/vocabulary';
import { type Page, query, request } from '../api/client';
import type { Language } from '../i18n/languages';

export const difficultyOutcomes = ['yes', 'no', 'undetermined'] as const;
export type Outcome = (typeof difficultyOutcomes)[number];

export interface PersonFields {
  familyName: string;
  givenName: string;
  patronymic: string;
  latinName: string;
  sex: (typeof sexes)[number];
  birthDate: string | null;
  birthYear: number | null;
  regionId: string | null;
  locality: string;
  address: string;
  phones: string[];
  languages: Language[];
  disabilityStatus: (typeof disabilityStatuses)[number];
  disabilityCertificateDate: string | null;
  disabilityReviewDate: string | null;
  tags: (typeof personTags)[number][];
  notes: string;
}

export interface Person extends PersonFields {
  id: string;
  ownerOrganisationId: string;
  functionalDifficulty: Outcome | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ConsentInput {
  givenBy: 'person' | 'representative';
  representativeName: string;
  method: 'paper' | 'verbal' | 'digital';
  givenOn: string;
}

export interface Consent extends ConsentInput {
  id: string;
  purpose: 'registration' | 'sharing' | 'photos' | 'reports';
  sharedWithOrganisationId: string | null;
  withdrawnOn: string | null;
  version: number;
  createdAt: string;
}

export interface PersonLink {
  id: string;
  relation: (typeof personRelations)[number];
  relatedPersonId: string;
  /** Null where the reader may not see the relative: a child, or anyone under child protection. */
  name: string | null;
}

export interface Assessment {
  id: string;
  instrument: 'wg_ss' | 'cfm_2_4' | 'cfm_5_17';
  answers: Record<string, string>;
  result: { functionalDifficulty: Outcome; domainsAtCutOff: string[]; missingDomains: string[] };
  functionalDifficulty: Outcome;
  assessedOn: string;
  createdAt: string;
}

export interface PersonCase {
  id: string;
  kind: string;
  state: string;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
}

export interface PersonReferral {
  id: string;
  toOrganisationId: string;
  fromOrganisationId: string;
  service: string;
  status: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface FullPerson {
  access: 'full';
  person: Person;
  links: PersonLink[];
  consents: Consent[];
  assessments: Assessment[];
  cases: PersonCase[];
  referrals: PersonReferral[];
  abilities: { read: boolean; update: boolean; refer: boolean; overrideConsent: boolean; merge: boolean };
}

export interface SharedPerson {
  access: 'shared';
  sharedParts: ShareablePart[];
  person: Partial<Person> & { id: string; ownerOrganisationId: string };
  abilities: FullPerson['abilities'];
}

export type PersonDetail = FullPerson | SharedPerson;

export const personFilterNames = [
  'q',
  'regionId',
  'sex',
  'ageFrom',
  'ageTo',
  'disabilityStatus',
  'functionalDifficulty',
  'tag',
  'caseState',
] as const;
export type PersonFilters = Partial<Record<(typeof personFilterNames)[number], string>>;

export function listPersons(filters: PersonFilters, cursor: string | null): Promise<Page<Person>> {
  return request('GET', `/api/persons${query({ ...filters, cursor, limit: 25 })}`);
}

export function exportLink(filters: PersonFilters, format: 'csv' | 'xlsx'): string {
  const search = query({ format, ...filters });
  return `/api/persons/export${search}`;
}

export type DuplicateReason =
  | 'same_name'
  | 'similar_name'
  | 'same_birth_date'
  | 'same_birth_year'
  | 'same_phone';
export interface DuplicateCandidate {
  person: Person;
  reasons: DuplicateReason[];
}

export interface DuplicateProbe {
  familyName: string;
  givenName: string;
  patronymic?: string;
  birthDate?: string | null;
  birthYear?: number | null;
  phones: string[];
}

export function findDuplicates(probe: DuplicateProbe): Promise<{ items: DuplicateCandidate[] }> {
  return request('POST', '/api/persons/duplicates', { body: probe });
}

export interface Registration extends PersonFields {
  ownerOrganisationId: string;
  registrationConsent: ConsentInput;
  confirmedNotDuplicate: boolean;
}

export function registerPerson(registration: Registration): Promise<Person> {
  return request('POST', '/api/persons', { body: registration });
}

const base = (id: string) => `/api/persons/${encodeURIComponent(id)}`;

export function getPerson(id: string): Promise<PersonDetail> {
  return request('GET', base(id));
}

export function updatePerson(id: string, fields: Partial<PersonFields>, version: number): Promise<Person> {
  return request('PATCH', base(id), { body: { ...fields, version } });
}

export function linkPerson(id: string, relatedPersonId: string, relation: string): Promise<unknown> {
  return request('POST', `${base(id)}/links`, { body: { relatedPersonId, relation } });
}

export function recordConsent(
  id: string,
  consent: ConsentInput & { purpose: Consent['purpose']; sharedWithOrganisationId: string | null },
): Promise<Consent> {
  return request('POST', `${base(id)}/consents`, { body: consent });
}

export function withdrawConsent(id: string, consent: Consent, withdrawnOn: string): Promise<Consent> {
  return request('POST', `${base(id)}/consents/${encodeURIComponent(consent.id)}/withdraw`, {
    body: { withdrawnOn, version: consent.version },
  });
}

export function recordAssessment(
  id: string,
  instrument: Assessment['instrument'],
  answers: Record<string, string>,
  assessedOn: string,
): Promise<{ result: Assessment['result'] }> {
  return request('POST', `${base(id)}/assessments`, { body: { instrument, answers, assessedOn } });
}

export function mergePerson(id: string, duplicateId: string, version: number): Promise<Person> {
  return request('POST', `${base(id)}/merge`, { body: { duplicateId, version } });
}

/** Today as the worker's own calendar shows it, for "given on" and "happened on" defaults. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ageOf(person: { birthDate?: string | null; birthYear?: number | null }): number | null {
  const today = localToday();
  if (person.birthDate) {
    const [by = 0, bm = 0, bd = 0] = person.birthDate.split('-').map(Number);
    const [y = 0, m = 0, d = 0] = today.split('-').map(Number);
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
  if (person.birthYear) return Number(today.slice(0, 4)) - person.birthYear;
  return null;
}

export function fullName(person: {
  familyName?: string | null;
  givenName?: string | null;
  patronymic?: string | null;
}): string {
  return [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');
}
