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

type Share = { organisationId: string; parts: ShareablePart[] };

function subjectOf(person: PersonRow, shares: Share[]): PersonSubject {
  return {
    ownerOrganisationId: person.ownerOrganisationId,
    child: isChild(person, today()),
    sharedWith: shares,
  };
}

/** What policies need to know of a person: who owns it, whether a child, and who it was shared with. */
export async function personSubject(db: Queryable, person: PersonRow): Promise<PersonSubject> {
  return (await findPersonWithSubject(db, person.id))?.subject ?? subjectOf(person, []);
}

/** A person with their policy subject, read in one round trip: every request about a person starts here. */
export async function findPersonWithSubject(db: Queryable, id: string) {
  const [row] = await db
    .select({
      person: persons,
      // Written out qualified: inside a one-table select the query builder would leave "id" ambiguous.
      shares: sql<Share[]>`coalesce((
        select json_agg(json_build_object('organisationId', r.to_organisation_id, 'parts', r.shared_fields))
        from referrals r left join consents c on c.id = r.consent_id
        where r.person_id = "persons"."id" and r.status in ('accepted', 'completed')
          and (r.consent_override_reason is not null or c.withdrawn_on is null)), '[]')`,
    })
    .from(persons)
    .where(eq(persons.id, id));
  return row ? { person: row.person, subject: subjectOf(row.person, row.shares) } : null;
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
