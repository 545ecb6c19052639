import type { Queryable } from '@birge/db';
import { invalidField } from '../http/app-error';
import { findProgramme } from './load-programme';

/**
 * A record of an organisation's work may name a programme only when the organisation takes part in it (owns it,
 * implements it, or belongs to its network): otherwise its figures would land in someone else's logframe.
 */
export async function assertTakesPart(
  db: Queryable,
  programmeId: string | null,
  organisationId: string,
  field = 'programmeId',
) {
  if (!programmeId) return;
  const programme = await findProgramme(db, programmeId);
  if (!programme?.readerOrganisationIds.includes(organisationId))
    throw invalidField(field, 'programmes.notTakingPart');
}
