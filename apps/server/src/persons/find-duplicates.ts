import { persons, type Queryable } from '@birge/db';
import {
  type Actor,
  isLikelyDuplicate,
  matchReasons,
  type PersonToMatch,
  personNameKey,
  phoneKey,
} from '@birge/domain';
import { and, arrayOverlaps, or, sql } from 'drizzle-orm';
import { visiblePersons } from './person-access';

export type DuplicateProbe = {
  familyName: string;
  givenName: string;
  patronymic?: string;
  birthDate?: string | null;
  birthYear?: number | null;
  phones: string[];
};

/** The database says null where the matching rules say "not known". */
function toMatch(person: DuplicateProbe): PersonToMatch {
  return {
    familyName: person.familyName,
    givenName: person.givenName,
    patronymic: person.patronymic,
    birthDate: person.birthDate ?? undefined,
    birthYear: person.birthYear ?? undefined,
    phones: person.phones,
  };
}

/**
 * Persons the actor may see who may be the one being registered: trigram-similar names across scripts
 * (PostgreSQL's pg_trgm on the stored matching key, with its index) or a shared phone, each with its reasons.
 */
export async function findDuplicates(db: Queryable, actor: Actor, probe: DuplicateProbe) {
  const key = personNameKey(probe);
  const phones = probe.phones.map(phoneKey).filter(Boolean);
  const similar = sql`${persons.nameKey} % ${key}`;
  const rows = await db
    .select()
    .from(persons)
    .where(
      and(
        visiblePersons(db, actor),
        phones.length ? or(similar, arrayOverlaps(persons.phoneKeys, phones)) : similar,
      ),
    )
    .orderBy(sql`similarity(${persons.nameKey}, ${key}) desc`)
    .limit(20);
  return rows
    .map((row) => ({ person: row, reasons: matchReasons(toMatch(probe), toMatch(row)) }))
    .filter((candidate) => isLikelyDuplicate(candidate.reasons))
    .slice(0, 10);
}
