import { consents, consultations, type Database } from '@birge/db';
import {
  type Actor,
  can,
  type EscalateConsultationInput,
  isChild,
  isChildProtectionCase,
  personPolicy,
  today,
  worksWithPersonsIn,
} from '@birge/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { openCase } from '../cases/case-actions';
import { forbidden, invalidField } from '../http/app-error';
import { personSubject } from '../persons/person-access';
import { recordConsent, registerPerson } from '../persons/person-actions';
import { findPerson } from '../persons/person-queries';
import { updateVersioned } from '../records/update-versioned';
import type { ConsultationRow } from './consultation-queries';

/**
 * Escalates a question to case management: finds the person (one the holding organisation already works with)
 * or registers them with the consent they gave the expert, opens a case, and links both to the question — all
 * in one transaction, through the persons and cases modules' own actions, each writing its audit entry.
 */
export async function escalateConsultation(
  db: Database,
  context: AuditContext,
  actor: Actor,
  row: ConsultationRow,
  input: EscalateConsultationInput,
) {
  const organisationId = row.organisationId;
  // A child-protection case puts its person under child protection: only that role opens one.
  if (isChildProtectionCase(input.caseKind) && !worksWithPersonsIn(actor, organisationId, true))
    throw forbidden();
  return db.transaction(async (tx) => {
    // The persons and cases actions take the database; given this transaction they nest as savepoints.
    const inTx = tx as unknown as Database;
    let personId: string;
    if (input.personId) {
      const person = await findPerson(tx, input.personId);
      if (!person || person.mergedIntoId) throw invalidField('personId', 'field.choice');
      const subject = await personSubject(tx, person);
      const reaches =
        subject.ownerOrganisationId === organisationId ||
        subject.sharedWith.some((s) => s.organisationId === organisationId);
      if (!reaches || !can(personPolicy, actor, 'read', subject))
        throw invalidField('personId', 'field.choice');
      const [registration] = await tx
        .select({ id: consents.id })
        .from(consents)
        .where(
          and(
            eq(consents.personId, person.id),
            eq(consents.purpose, 'registration'),
            isNull(consents.withdrawnOn),
          ),
        );
      if (!registration) {
        await recordConsent(inTx, context, person, {
          ...input.consent,
          purpose: 'registration',
          sharedWithOrganisationId: null,
        });
      }
      personId = person.id;
    } else {
      const fields = input.person;
      if (!fields) throw invalidField('person', 'field.required');
      if (!worksWithPersonsIn(actor, organisationId, isChild(fields, today()))) throw forbidden();
      const person = await registerPerson(inTx, context, actor, {
        ...fields,
        ownerOrganisationId: organisationId,
        registrationConsent: input.consent,
      });
      personId = person.id;
    }
    const opened = await openCase(inTx, context, organisationId, {
      personId,
      kind: input.caseKind,
      workerId: input.workerId,
      supervisorId: null,
      summary: input.summary,
      openedOn: today(),
    });
    const after = await updateVersioned(tx, consultations, row.id, input.version, {
      personId,
      caseId: opened.id,
    });
    await recordAudit(tx, context, {
      action: 'consultation.escalate',
      recordType: 'consultation',
      recordId: row.id,
      organisationId,
      before: { personId: row.personId, caseId: row.caseId },
      after: { personId, caseId: opened.id },
    });
    return { consultation: after, caseId: opened.id, personId };
  });
}
