import { consents, persons, type Queryable, referrals } from '@birge/db';
import {
  type Actor,
  mayNamePerson,
  type PersonSubject,
  personScopes,
  protectedAsChild,
  type ShareablePart,
  today,
} from '@birge/domain';
import { and, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';

type PersonRow = typeof persons.$inferSelect;

/**
 * A person is a child until 18; of unknown age, treated as one. Same rule as the domain's `isChild`: what
 * a person may agree to themselves. Who may see a person goes by `personProtectedAsChild`.
 */
export const personIsChild = sql<boolean>`(
  (${persons.birthDate} is not null and ${persons.birthDate}::date > current_date - interval '18 years')
  or (${persons.birthDate} is null and (${persons.birthYear} is null or ${persons.birthYear} > extract(year from current_date)::int - 18))
)`;

/** A child by age, or anyone with a child-protection record. Same rule as the domain's `protectedAsChild`. */
export const personProtectedAsChild = sql<boolean>`(${persons.inChildProtection} or ${personIsChild})`;

/** The columns of a person that another record's list needs to name them by the person rule (`shownName`). */
export const namingColumns = {
  familyName: persons.familyName,
  givenName: persons.givenName,
  ownerOrganisationId: persons.ownerOrganisationId,
  birthDate: persons.birthDate,
  birthYear: persons.birthYear,
  inChildProtection: persons.inChildProtection,
};

type Naming = Pick<PersonRow, keyof typeof namingColumns>;

/** A person's name in another record's list, or null where the actor may only count them. */
export function shownName(actor: Actor, person: Naming, on = today()): string | null {
  return mayNamePerson(actor, person, on) ? `${person.familyName} ${person.givenName}` : null;
}

/** Referrals that open a person to the receiving organisation: accepted, and consent still in force. */
export const openingReferral = and(
  inArray(referrals.status, ['accepted', 'completed']),
  or(isNotNull(referrals.consentOverrideReason), isNull(consents.withdrawnOn)),
);

type Share = { organisationId: string; parts: ShareablePart[] };

function subjectOf(person: PersonRow, shares: Share[]): PersonSubject {
  return {
    ownerOrganisationId: person.ownerOrganisationId,
    child: protectedAsChild(person, today()),
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

/** The organisations whose persons the actor works with, split by whether the role opens children. */
function scopeSplit(actor: Actor) {
  const scopes = personScopes(actor);
  return {
    withChildren: scopes.filter((s) => s.children).map((s) => s.organisationId),
    adultsOnly: scopes.filter((s) => !s.children).map((s) => s.organisationId),
  };
}

const notProtected = sql`not ${personProtectedAsChild}`;

/**
 * The persons the actor may name in another record's list, by the organisation holding them: the domain's
 * `mayNamePerson` as a condition. Those protected as children only where the actor holds child protection.
 */
export function nameablePersons(actor: Actor): SQL {
  const { withChildren, adultsOnly } = scopeSplit(actor);
  return or(
    sql`false`,
    withChildren.length ? inArray(persons.ownerOrganisationId, withChildren) : undefined,
    adultsOnly.length ? and(inArray(persons.ownerOrganisationId, adultsOnly), notProtected) : undefined,
  ) as SQL;
}

/**
 * The persons an actor may list: their organisations' and those referred to them; children, and anyone with a
 * child-protection record, only with child protection.
 */
export function visiblePersons(db: Queryable, actor: Actor): SQL {
  const { withChildren, adultsOnly } = scopeSplit(actor);
  const shared = or(
    sql`false`,
    withChildren.length ? sharedTo(db, withChildren) : undefined,
    adultsOnly.length ? and(sharedTo(db, adultsOnly), notProtected) : undefined,
  );
  return and(isNull(persons.mergedIntoId), or(nameablePersons(actor), shared)) as SQL;
}
