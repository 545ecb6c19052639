import {
  carePlacements,
  cases,
  consents,
  type Database,
  functioningAssessments,
  gatekeepingRequests,
  personLinks,
  persons,
  type Queryable,
  referrals,
  type Transaction,
} from '@birge/db';
import {
  type Actor,
  consentGiverAllowed,
  inverseRelation,
  isChild,
  type linkPersonSchema,
  personNameKey,
  phoneKey,
  type recordConsentSchema,
  type registerPersonSchema,
  today,
  type updatePersonSchema,
} from '@birge/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { AppError, invalidField, notFound } from '../http/app-error';
import { updateVersioned } from '../records/update-versioned';
import { assertRegionExists } from '../regions/region-queries';
import { findDuplicates } from './find-duplicates';
import { presentPerson } from './present-person';

type PersonRow = typeof persons.$inferSelect;

function matchingKeys(person: {
  familyName: string;
  givenName: string;
  patronymic?: string;
  phones: string[];
}) {
  return { nameKey: personNameKey(person), phoneKeys: person.phones.map(phoneKey).filter(Boolean) };
}

function assertConsentGiver(
  givenBy: 'person' | 'representative',
  birth: Parameters<typeof isChild>[0],
  field: string,
) {
  if (!consentGiverAllowed(givenBy, isChild(birth, today())))
    throw invalidField(field, 'persons.childConsent');
}

export async function registerPerson(
  db: Database,
  context: AuditContext,
  actor: Actor,
  input: z.infer<typeof registerPersonSchema>,
) {
  const { registrationConsent, confirmedNotDuplicate, ...fields } = input;
  assertConsentGiver(registrationConsent.givenBy, fields, 'registrationConsent.givenBy');
  return db.transaction(async (tx) => {
    await assertRegionExists(tx, fields.regionId);
    if (!confirmedNotDuplicate) {
      const candidates = await findDuplicates(tx, actor, fields);
      if (candidates.length) {
        throw new AppError(409, 'persons.possibleDuplicates', { count: candidates.length }, undefined, {
          candidates: candidates.map((c) => ({ person: presentPerson(c.person), reasons: c.reasons })),
        });
      }
    }
    const [person] = await tx
      .insert(persons)
      .values({ ...fields, ...matchingKeys(fields), createdBy: context.actorId })
      .returning();
    if (!person) throw new Error('insert returned no row');
    await tx.insert(consents).values({
      personId: person.id,
      purpose: 'registration',
      ...registrationConsent,
      recordedBy: context.actorId,
    });
    await recordAudit(tx, context, {
      action: 'person.register',
      recordType: 'person',
      recordId: person.id,
      organisationId: person.ownerOrganisationId,
      after: presentPerson(person),
    });
    return person;
  });
}

export async function updatePerson(
  db: Database,
  context: AuditContext,
  before: PersonRow,
  input: z.infer<typeof updatePersonSchema>,
) {
  return db.transaction(async (tx) => {
    const { version, ...changes } = input;
    if (changes.regionId !== undefined) await assertRegionExists(tx, changes.regionId);
    const merged = { ...before, ...changes };
    const after = await updateVersioned(tx, persons, before.id, version, {
      ...changes,
      ...matchingKeys(merged),
    });
    await recordAudit(tx, context, {
      action: 'person.update',
      recordType: 'person',
      recordId: before.id,
      organisationId: before.ownerOrganisationId,
      before: presentPerson(before),
      after: presentPerson(after),
    });
    return merged.inChildProtection ? { ...after, inChildProtection: true } : after;
  });
}

/** Links two persons both ways: a mother and her son appear on each other's page. */
export async function linkPersons(
  db: Database,
  context: AuditContext,
  person: PersonRow,
  related: PersonRow,
  input: z.infer<typeof linkPersonSchema>,
) {
  if (person.id === related.id) throw invalidField('relatedPersonId', 'field.choice');
  return db.transaction(async (tx) => {
    const [link] = await tx
      .insert(personLinks)
      .values([
        { personId: person.id, relatedPersonId: related.id, relation: input.relation },
        { personId: related.id, relatedPersonId: person.id, relation: inverseRelation[input.relation] },
      ])
      .returning();
    await recordAudit(tx, context, {
      action: 'person.link',
      recordType: 'person',
      recordId: person.id,
      organisationId: person.ownerOrganisationId,
      after: { relatedPersonId: related.id, relation: input.relation },
    });
    return link;
  });
}

export async function recordConsent(
  db: Database,
  context: AuditContext,
  person: PersonRow,
  input: z.infer<typeof recordConsentSchema>,
) {
  assertConsentGiver(input.givenBy, person, 'givenBy');
  return db.transaction(async (tx) => {
    const [consent] = await tx
      .insert(consents)
      .values({ ...input, personId: person.id, recordedBy: context.actorId })
      .returning();
    if (!consent) throw new Error('insert returned no row');
    await recordAudit(tx, context, {
      action: 'consent.record',
      recordType: 'consent',
      recordId: consent.id,
      organisationId: person.ownerOrganisationId,
      after: consent,
    });
    return consent;
  });
}

export async function withdrawConsent(
  db: Database,
  context: AuditContext,
  person: PersonRow,
  consentId: string,
  input: { withdrawnOn: string; version: number },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.personId, person.id)));
    if (!before) throw notFound();
    const after = await updateVersioned(tx, consents, consentId, input.version, {
      withdrawnOn: input.withdrawnOn,
    });
    await recordAudit(tx, context, {
      action: 'consent.withdraw',
      recordType: 'consent',
      recordId: consentId,
      organisationId: person.ownerOrganisationId,
      before,
      after,
    });
    return after;
  });
}

async function moveReferences(tx: Transaction, from: string, to: string) {
  await tx.update(cases).set({ personId: to }).where(eq(cases.personId, from));
  await tx
    .update(functioningAssessments)
    .set({ personId: to })
    .where(eq(functioningAssessments.personId, from));
  await tx.update(consents).set({ personId: to }).where(eq(consents.personId, from));
  await tx.update(referrals).set({ personId: to }).where(eq(referrals.personId, from));
  await tx.update(personLinks).set({ personId: to }).where(eq(personLinks.personId, from));
  await tx.update(personLinks).set({ relatedPersonId: to }).where(eq(personLinks.relatedPersonId, from));
  await tx.update(carePlacements).set({ personId: to }).where(eq(carePlacements.personId, from));
  await tx.update(gatekeepingRequests).set({ personId: to }).where(eq(gatekeepingRequests.personId, from));
}

/**
 * Puts a person under child protection for good: every action that writes a child-protection record calls it in
 * its own transaction, so the person is never visible without the role while the record exists. The record's
 * own audit entry says why; the person's version is not changed, so no one's edit of it goes stale.
 */
export async function placeUnderChildProtection(tx: Queryable, personId: string) {
  await tx
    .update(persons)
    .set({ inChildProtection: true })
    .where(and(eq(persons.id, personId), eq(persons.inChildProtection, false)));
}

/** Merges a duplicate into the kept record: every case, consent and assessment follows; the duplicate stays, marked. */
export async function mergePersons(
  db: Database,
  context: AuditContext,
  kept: PersonRow,
  duplicate: PersonRow,
  version: number,
) {
  if (kept.id === duplicate.id || duplicate.mergedIntoId) throw invalidField('duplicateId', 'field.choice');
  return db.transaction(async (tx) => {
    await moveReferences(tx, duplicate.id, kept.id);
    const phones = [...new Set([...kept.phones, ...duplicate.phones])];
    const after = await updateVersioned(tx, persons, kept.id, version, {
      phones,
      phoneKeys: phones.map(phoneKey).filter(Boolean),
      latinName: kept.latinName || duplicate.latinName,
      birthDate: kept.birthDate ?? duplicate.birthDate,
      birthYear: kept.birthYear ?? duplicate.birthYear,
    });
    const merged = await updateVersioned(tx, persons, duplicate.id, duplicate.version, {
      mergedIntoId: kept.id,
    });
    // The duplicate's child-protection records name the kept person now.
    if (merged.inChildProtection) await placeUnderChildProtection(tx, kept.id);
    for (const [row, action] of [
      [kept, 'person.mergeKeep'],
      [duplicate, 'person.mergeInto'],
    ] as const) {
      await recordAudit(tx, context, {
        action,
        recordType: 'person',
        recordId: row.id,
        organisationId: row.ownerOrganisationId,
        before: { mergedWith: null },
        after: { mergedWith: row.id === kept.id ? duplicate.id : kept.id },
      });
    }
    return merged.inChildProtection ? { ...after, inChildProtection: true } : after;
  });
}
