import type { persons } from '@birge/db';
import type { ShareablePart } from '@birge/domain';

type PersonRow = typeof persons.$inferSelect;

/** The whole record, for the organisation that holds it. Matching keys stay inside the database. */
export function presentPerson(row: PersonRow) {
  const { nameKey: _nameKey, phoneKeys: _phoneKeys, ...person } = row;
  return person;
}

const partFields: Record<ShareablePart, (keyof PersonRow)[]> = {
  identity: [
    'familyName',
    'givenName',
    'patronymic',
    'latinName',
    'sex',
    'birthDate',
    'birthYear',
    'languages',
  ],
  contacts: ['phones', 'regionId', 'locality', 'address'],
  disability: ['disabilityStatus', 'disabilityCertificateDate', 'disabilityReviewDate'],
  functioning: ['functionalDifficulty'],
  case_summary: [],
};

/** What a receiving organisation sees: the parts the referral shared, and nothing else of the record. */
export function presentSharedPerson(row: PersonRow, parts: readonly ShareablePart[]) {
  const shared: Record<string, unknown> = {
    id: row.id,
    ownerOrganisationId: row.ownerOrganisationId,
    version: row.version,
  };
  for (const part of parts) for (const field of partFields[part]) shared[field] = row[field];
  return shared;
}
