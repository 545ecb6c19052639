/**
 * The topics a person chooses from in the bot and on the public form. A topic is data: adding one is adding a
 * word here, its response target below and its translations.
 */
export const consultationTopics = [
  'rights',
  'benefits',
  'education',
  'health',
  'employment',
  'other',
] as const;
export type ConsultationTopic = (typeof consultationTopics)[number];

export const consultationChannels = ['telegram', 'web', 'phone', 'in_person'] as const;
export type ConsultationChannel = (typeof consultationChannels)[number];

/**
 * Where a question is: knowledge-base answers offered (`suggested`), answered by an article the person accepted
 * (`self_served`), in the expert queue (`waiting`), taken by an expert (`in_progress`), answered and waiting
 * for the person (`answered`), or `closed`.
 */
export const consultationStatuses = [
  'suggested',
  'self_served',
  'waiting',
  'in_progress',
  'answered',
  'closed',
] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

/** The statuses in which a question waits for an expert: what the desk's queue shows by default. */
export const openStatuses: readonly ConsultationStatus[] = ['waiting', 'in_progress'];

/**
 * How long a person should wait at most for an expert's answer, in hours, by topic. Configurable data: an
 * organisation's promise to the people it serves; the queue flags a question past its target as overdue.
 */
export const responseTargetHours: Record<ConsultationTopic, number> = {
  rights: 48,
  benefits: 48,
  education: 72,
  health: 48,
  employment: 72,
  other: 72,
};

export function consultationDueAt(topic: ConsultationTopic, waitingSince: Date): Date {
  return new Date(waitingSince.getTime() + responseTargetHours[topic] * 3_600_000);
}

export function isOverdue(
  consultation: { topic: ConsultationTopic; status: ConsultationStatus; waitingSince: Date | null },
  now: Date,
): boolean {
  if (!openStatuses.includes(consultation.status) || !consultation.waitingSince) return false;
  return consultationDueAt(consultation.topic, consultation.waitingSince) < now;
}

/** A person may reply while the question is open or answered; a closed one needs a new question. */
export function personMayReply(status: ConsultationStatus): boolean {
  return status !== 'closed' && status !== 'self_served';
}

/** A rating belongs to an expert's answer: given once it was answered, changeable afterwards. */
export function personMayRate(status: ConsultationStatus, answered: boolean): boolean {
  return answered && (status === 'answered' || status === 'closed' || status === 'in_progress');
}
