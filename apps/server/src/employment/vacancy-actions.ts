import { type Database, jobSeekerProfiles, vacancies, vacancyProposals } from '@birge/db';
import {
  type CreateVacancyInput,
  consentInForce,
  mayMoveProposal,
  type ProposalStatus,
  type UpdateVacancyInput,
} from '@birge/domain';
import { eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';
import { inserted } from '../records/inserted';
import { updateVersioned } from '../records/update-versioned';
import type { VacancyRow } from './employment-queries';

export async function createVacancy(db: Database, context: AuditContext, input: CreateVacancyInput) {
  return db.transaction(async (tx) => {
    const vacancy = inserted((await tx.insert(vacancies).values(input).returning())[0]);
    await recordAudit(tx, context, {
      action: 'employment.vacancy.create',
      recordType: 'vacancy',
      recordId: vacancy.id,
      organisationId: vacancy.employerId,
      after: vacancy,
    });
    return vacancy;
  });
}

export async function updateVacancy(
  db: Database,
  context: AuditContext,
  vacancy: VacancyRow,
  input: UpdateVacancyInput,
) {
  const { version, ...changes } = input;
  return db.transaction(async (tx) => {
    const updated = await updateVersioned(tx, vacancies, vacancy.id, version, changes);
    await recordAudit(tx, context, {
      action: 'employment.vacancy.update',
      recordType: 'vacancy',
      recordId: vacancy.id,
      organisationId: vacancy.employerId,
      before: vacancy,
      after: updated,
    });
    return updated;
  });
}

/**
 * A case worker puts a job seeker forward to the employer. Only a profile the person consented to show goes to
 * an employer, and only to an open vacancy, once.
 */
export async function proposeCandidate(
  db: Database,
  context: AuditContext,
  vacancy: VacancyRow,
  profile: { id: string; consented: boolean },
  input: { organisationId: string; score: number; note: string },
) {
  if (vacancy.status !== 'open') throw invalidField('personId', 'employment.vacancyNotOpen');
  if (!profile.consented) throw invalidField('personId', 'employment.noConsent');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(vacancyProposals)
      .values({ vacancyId: vacancy.id, profileId: profile.id, proposedBy: context.actorId, ...input })
      .onConflictDoNothing()
      .returning();
    if (!row) throw invalidField('personId', 'employment.alreadyProposed');
    await recordAudit(tx, context, {
      action: 'employment.proposal.create',
      recordType: 'vacancy_proposal',
      recordId: row.id,
      organisationId: input.organisationId,
      after: row,
    });
    return row;
  });
}

/**
 * The employer answers a proposal, forward only: a hire or a decline is final. A person who has withdrawn their
 * consent is no longer shown to the employer, so their proposal can no longer be answered; the profile's consent
 * is read under lock, so a withdrawal and an answer cannot cross.
 */
export async function answerProposal(
  db: Database,
  context: AuditContext,
  proposal: typeof vacancyProposals.$inferSelect,
  vacancy: VacancyRow,
  input: { status: ProposalStatus; version: number },
) {
  return db.transaction(async (tx) => {
    const [profile] = await tx
      .select()
      .from(jobSeekerProfiles)
      .where(eq(jobSeekerProfiles.id, proposal.profileId))
      .for('share');
    if (!profile || !consentInForce(profile)) throw invalidField('status', 'employment.consentWithdrawn');
    if (!mayMoveProposal(proposal.status, input.status))
      throw invalidField('status', 'employment.proposalStep');
    const updated = await updateVersioned(tx, vacancyProposals, proposal.id, input.version, {
      status: input.status,
    });
    await recordAudit(tx, context, {
      action: 'employment.proposal.answer',
      recordType: 'vacancy_proposal',
      recordId: proposal.id,
      organisationId: vacancy.employerId,
      before: proposal,
      after: updated,
    });
    return updated;
  });
}
