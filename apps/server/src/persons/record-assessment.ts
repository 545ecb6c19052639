import { type Database, functioningAssessments, persons } from '@birge/db';
import { ageOn, type FunctioningAssessment, instrumentsForAge, scoreAssessment } from '@birge/domain';
import { desc, eq } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../audit/record-audit';
import { invalidField } from '../http/app-error';

type PersonRow = typeof persons.$inferSelect;

/**
 * Scores a Washington Group or Child Functioning assessment, keeps it in the person's history, and makes
 * the latest one the person's current status, which every report disaggregates by.
 */
export async function recordAssessment(
  db: Database,
  context: AuditContext,
  person: PersonRow,
  assessment: FunctioningAssessment & { assessedOn: string },
) {
  const age = ageOn(person, assessment.assessedOn);
  if (age !== null && !instrumentsForAge(Math.max(age, 0)).includes(assessment.instrument)) {
    throw invalidField('instrument', 'persons.instrumentForAge', { age });
  }
  const result = scoreAssessment(assessment);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(functioningAssessments)
      .values({
        personId: person.id,
        organisationId: person.ownerOrganisationId,
        instrument: assessment.instrument,
        answers: assessment.answers,
        result,
        functionalDifficulty: result.functionalDifficulty,
        assessedOn: assessment.assessedOn,
        assessedBy: context.actorId,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    const [latest] = await tx
      .select({ functionalDifficulty: functioningAssessments.functionalDifficulty })
      .from(functioningAssessments)
      .where(eq(functioningAssessments.personId, person.id))
      .orderBy(desc(functioningAssessments.assessedOn), desc(functioningAssessments.createdAt))
      .limit(1);
    await tx
      .update(persons)
      .set({ functionalDifficulty: latest?.functionalDifficulty ?? null, updatedAt: new Date() })
      .where(eq(persons.id, person.id));
    await recordAudit(tx, context, {
      action: 'person.assessFunctioning',
      recordType: 'person',
      recordId: person.id,
      organisationId: person.ownerOrganisationId,
      before: { functionalDifficulty: person.functionalDifficulty },
      after: { functionalDifficulty: latest?.functionalDifficulty, instrument: assessment.instrument },
    });
    return created;
  });
}
