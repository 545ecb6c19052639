import { text } from '../forms/FormShell';
import { isLanguage } from '../i18n/languages';
import {
  type ConsentInput,
  type DuplicateProbe,
  disabilityStatuses,
  type PersonFields,
  personTags,
  sexes,
} from './api';

export const maxPhones = 5;

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function dateOrNull(data: FormData, name: string): string | null {
  return text(data, name) || null;
}

export function phonesOf(data: FormData): string[] {
  const phones: string[] = [];
  for (let index = 0; index < maxPhones; index++) {
    const phone = text(data, `phones.${index}`);
    if (phone) phones.push(phone);
  }
  return phones;
}

/** The person's fields as the API names them, so its `fields` errors land on the right input. */
export function personFieldsOf(data: FormData): PersonFields {
  const year = text(data, 'birthYear');
  return {
    familyName: text(data, 'familyName'),
    givenName: text(data, 'givenName'),
    patronymic: text(data, 'patronymic'),
    latinName: text(data, 'latinName'),
    sex: oneOf(sexes, text(data, 'sex'), 'female'),
    birthDate: dateOrNull(data, 'birthDate'),
    birthYear: year ? Number(year) : null,
    regionId: text(data, 'regionId') || null,
    locality: text(data, 'locality'),
    address: text(data, 'address'),
    phones: phonesOf(data),
    languages: data.getAll('languages').filter(isLanguage),
    disabilityStatus: oneOf(disabilityStatuses, text(data, 'disabilityStatus'), 'none'),
    disabilityCertificateDate: dateOrNull(data, 'disabilityCertificateDate'),
    disabilityReviewDate: dateOrNull(data, 'disabilityReviewDate'),
    tags: data
      .getAll('tags')
      .map(String)
      .filter((tag) => (personTags as readonly string[]).includes(tag)) as PersonFields['tags'],
    notes: text(data, 'notes'),
  };
}

/** Checks made before anything is sent, in the same words the server would use. */
export function checkPersonFields(
  fields: PersonFields,
  sexChosen: boolean,
  messages: { required: string; year: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!fields.familyName) problems.familyName = messages.required;
  if (!fields.givenName) problems.givenName = messages.required;
  if (!sexChosen) problems.sex = messages.required;
  const year = fields.birthYear;
  if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100))
    problems.birthYear = messages.year;
  return problems;
}

export function consentOf(data: FormData, prefix: string): ConsentInput {
  return {
    givenBy: text(data, `${prefix}.givenBy`) === 'representative' ? 'representative' : 'person',
    representativeName: text(data, `${prefix}.representativeName`),
    method: oneOf(['paper', 'verbal', 'digital'] as const, text(data, `${prefix}.method`), 'paper'),
    givenOn: text(data, `${prefix}.givenOn`),
  };
}

export function checkConsent(data: FormData, prefix: string, required: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!text(data, `${prefix}.givenBy`)) problems[`${prefix}.givenBy`] = required;
  if (!text(data, `${prefix}.method`)) problems[`${prefix}.method`] = required;
  if (!text(data, `${prefix}.givenOn`)) problems[`${prefix}.givenOn`] = required;
  if (text(data, `${prefix}.givenBy`) === 'representative' && !text(data, `${prefix}.representativeName`)) {
    problems[`${prefix}.representativeName`] = required;
  }
  return problems;
}

/** What the duplicate check needs; empty until both names are there, so it is not asked for every letter. */
export function probeOf(data: FormData): DuplicateProbe | null {
  const familyName = text(data, 'familyName');
  const givenName = text(data, 'givenName');
  if (familyName.length < 2 || givenName.length < 2) return null;
  const year = Number(text(data, 'birthYear'));
  const birthDate = text(data, 'birthDate');
  return {
    familyName,
    givenName,
    patronymic: text(data, 'patronymic'),
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : null,
    birthYear: Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null,
    phones: phonesOf(data).filter((phone) => /^[+\d\s()-]{5,30}$/.test(phone)),
  };
}
