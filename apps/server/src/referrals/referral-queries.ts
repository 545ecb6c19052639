import { organisations, persons, type Queryable, referrals } from '@birge/db';
import { type Actor, ageOn, personScopes, protectedAsChild, today } from '@birge/domain';
import { aliasedTable, and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { personProtectedAsChild } from '../persons/person-access';

export async function findReferral(db: Queryable, id: string) {
  const [row] = await db
    .select({ referral: referrals, person: persons })
    .from(referrals)
    .innerJoin(persons, eq(persons.id, referrals.personId))
    .where(eq(referrals.id, id));
  return row ?? null;
}

export function referralSubject(row: {
  referral: typeof referrals.$inferSelect;
  person: typeof persons.$inferSelect;
}) {
  return {
    fromOrganisationId: row.referral.fromOrganisationId,
    toOrganisationId: row.referral.toOrganisationId,
    child: protectedAsChild(row.person, today()),
  };
}

/**
 * Before the receiving organisation decides, it learns only what it needs to: a given name, sex and age.
 * The record itself opens, for the parts shared, once it accepts.
 */
export function personGlimpse(person: typeof persons.$inferSelect) {
  return { givenName: person.givenName, sex: person.sex, age: ageOn(person, today()) };
}

/** The person as a referral shows them: named to the sender, and to the receiver once it has accepted. */
export function referralPerson(
  row: { referral: typeof referrals.$inferSelect; person: typeof persons.$inferSelect },
  sender: boolean,
) {
  const opened = sender || ['accepted', 'completed'].includes(row.referral.status);
  return opened
    ? { ...personGlimpse(row.person), id: row.person.id, familyName: row.person.familyName }
    : personGlimpse(row.person);
}

const fromOrganisation = aliasedTable(organisations, 'from_organisation');
const toOrganisation = aliasedTable(organisations, 'to_organisation');

/** Referrals received by, or sent from, the organisations the actor works in. */
export async function listReferrals(
  db: Queryable,
  actor: Actor,
  filter: { direction: 'received' | 'sent'; status?: string | undefined },
) {
  const scopes = personScopes(actor);
  if (scopes.length === 0) return { items: [] };
  const column = filter.direction === 'received' ? referrals.toOrganisationId : referrals.fromOrganisationId;
  const withChildren = scopes.filter((s) => s.children).map((s) => s.organisationId);
  const adultsOnly = scopes.filter((s) => !s.children).map((s) => s.organisationId);
  const scope = or(
    withChildren.length ? inArray(column, withChildren) : undefined,
    adultsOnly.length ? and(inArray(column, adultsOnly), sql`not ${personProtectedAsChild}`) : undefined,
  );
  const conditions: (SQL | undefined)[] = [scope];
  if (filter.status) conditions.push(eq(referrals.status, filter.status as never));
  const rows = await db
    .select({
      referral: referrals,
      person: persons,
      fromOrganisationName: fromOrganisation.name,
      toOrganisationName: toOrganisation.name,
    })
    .from(referrals)
    .innerJoin(persons, eq(persons.id, referrals.personId))
    .innerJoin(fromOrganisation, eq(fromOrganisation.id, referrals.fromOrganisationId))
    .innerJoin(toOrganisation, eq(toOrganisation.id, referrals.toOrganisationId))
    .where(and(...conditions))
    .orderBy(desc(referrals.createdAt))
    .limit(500);
  return {
    items: rows.map((row) => ({
      ...row.referral,
      fromOrganisationName: row.fromOrganisationName,
      toOrganisationName: row.toOrganisationName,
      person: referralPerson(row, filter.direction === 'sent'),
    })),
  };
}
