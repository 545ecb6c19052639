import { consents, persons, type Queryable, referrals } from '@birge/db';
import {
  type Actor,
  isChild,
  type PersonSubject,
  personScopes,
  type ShareablePart,
  today,
} from '@birge/domain';
import { and, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';

type PersonRow = typeof persons.$inferSelect;

/** A person is a child until 18; of unknown age, protected as one. Same rule as the domain's `isChild`. */
export const personIsChild = sql<boolean>`(
  (${persons.birthDate} is not null and ${persons.birthDate}::date > current_date - interval '18 years')
  or (${persons.birthDate} is null and (${persons.birthYear} is null or ${persons.birthYear} > extract(year from current_date)::int - 18))
)`;

/** Referrals that open a person to the receiving organisation: accepted, and consent still in force. */
export const openingReferral = and(
  inArray(referrals.status, ['accepted', 'completed']),
  or(isNotNull(referrals.consentOverrideReason), isNull(consents.withdrawnOn)),
);

/** What policies need to know of a person: who owns it, whether a child, and who it was shared with. */
export async function personSubject(db: Queryable, person: PersonRow): Promise<PersonSubject> {
  const shares = await db
    .select({ organisationId: referrals.toOrganisationId, parts: referrals.sharedFields })
    .from(referrals)
    .leftJoin(consents, eq(consents.id, referrals.consentId))
    .where(and(eq(referrals.personId, person.id), openingReferral));
  return {
    ownerOrganisationId: person.ownerOrganisationId,
    child: isChild(person, today()),
    sharedWith: shares.map((s) => ({ organisationId: s.organisationId, parts: s.parts as ShareablePart[] })),
  };
}

function sharedTo(db: Queryable, organisationIds: string[]): SQL {
  return inArray(
    persons.id,
    db
      .select({ id: referrals.personId })
      .from(referrals)
      .leftJoin(consents, eq(consents.id, referrals.consentId))
      .where(and(inArray(referrals.toOrganisationId, organisationIds), openingReferral)),
  );
}

/** The persons an actor may list: their organisations' and those referred to them; children only with child protection. */
export function visiblePersons(db: Queryable, actor: Actor): SQL {
  const scopes = personScopes(actor);
  const withChildren = scopes.filter((s) => s.children).map((s) => s.organisationId);
  const adultsOnly = scopes.filter((s) => !s.children).map((s) => s.organisationId);
  const conditions: SQL[] = [sql`false`];
  if (withChildren.length) {
    conditions.push(inArray(persons.ownerOrganisationId, withChildren), sharedTo(db, withChildren));
  }
  if (adultsOnly.length) {
    const adult = sql`not ${personIsChild}`;
    conditions.push(
      and(inArray(persons.ownerOrganisationId, adultsOnly), adult) as SQL,
      and(sharedTo(db, adultsOnly), adult) as SQL,
    );
  }
  return and(isNull(persons.mergedIntoId), or(...conditions)) as SQL;
}
