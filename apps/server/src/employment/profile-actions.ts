import { type Database, employerDetails, jobSeekerProfiles } from '@birge/db';
import { type EmployerDetailsInput, type JobProfileInput, today } from '@birge/domain';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { stale } from '../http/app-error';
import { inserted } from '../records/inserted';
import { updateVersioned } from '../records/update-versioned';
import type { ProfileRow } from './employment-queries';

/**
 * Writes a person's job-seeker profile. Consent given keeps its day; consent taken away is recorded as
 * withdrawn today, and from then on no employer sees the profile.
 */
export async function saveJobProfile(
  db: Database,
  context: AuditContext,
  person: { id: string; ownerOrganisationId: string },
  existing: ProfileRow | undefined,
  input: JobProfileInput,
) {
  const { consent, version, ...fields } = input;
  const consentFields = consent
    ? {
        consentGivenOn: consent.givenOn,
        consentGivenBy: consent.givenBy,
        consentRepresentativeName: consent.givenBy === 'representative' ? consent.representativeName : '',
        consentRepresentativeRelation:
          consent.givenBy === 'representative' ? consent.representativeRelation : null,
        consentWithdrawnOn: null,
        showContacts: consent.showContacts,
        showFunctioning: consent.showFunctioning,
      }
    : {
        consentWithdrawnOn:
          existing?.consentGivenOn && !existing.consentWithdrawnOn
            ? today()
            : (existing?.consentWithdrawnOn ?? null),
        showContacts: false,
        showFunctioning: false,
      };
  return db.transaction(async (tx) => {
    let saved: ProfileRow;
    if (existing) {
      if (version === undefined) throw stale();
      saved = await updateVersioned(tx, jobSeekerProfiles, existing.id, version, {
        ...fields,
        ...consentFields,
      });
    } else {
      saved = inserted(
        (
          await tx
            .insert(jobSeekerProfiles)
            .values({ personId: person.id, ...fields, ...consentFields })
            .returning()
        )[0],
      );
    }
    await recordAudit(tx, context, {
      action: existing ? 'employment.profile.update' : 'employment.profile.create',
      recordType: 'job_seeker_profile',
      recordId: saved.id,
      organisationId: person.ownerOrganisationId,
      before: existing ?? null,
      after: saved,
    });
    return saved;
  });
}

export async function saveEmployerDetails(
  db: Database,
  context: AuditContext,
  employerId: string,
  existing: typeof employerDetails.$inferSelect | null,
  input: EmployerDetailsInput,
) {
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    let saved: typeof employerDetails.$inferSelect;
    if (existing) {
      if (version === undefined) throw stale();
      saved = await updateVersioned(tx, employerDetails, existing.id, version, fields);
    } else {
      saved = inserted(
        (
          await tx
            .insert(employerDetails)
            .values({ organisationId: employerId, ...fields })
            .returning()
        )[0],
      );
    }
    await recordAudit(tx, context, {
      action: existing ? 'employment.employer.update' : 'employment.employer.create',
      recordType: 'employer_details',
      recordId: saved.id,
      organisationId: employerId,
      before: existing,
      after: saved,
    });
    return saved;
  });
}
