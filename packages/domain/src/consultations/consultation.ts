import { z } from 'zod';
import { caseKinds } from '../cases/workflow/kinds';
import { languages } from '../languages';
import { registerPersonSchema } from '../persons/person';
import { consultationChannels, consultationStatuses, consultationTopics } from './topics';

const version = z.number().int().positive();
const text = (max: number) => z.string().trim().min(1).max(max);

/** A file a person sent through Telegram: only its `file_id` is kept, fetched when an expert opens it. */
export const attachmentSchema = z.object({
  kind: z.enum(['voice', 'audio', 'photo', 'document', 'video']),
  fileId: z.string().min(1).max(300),
  fileUniqueId: z.string().max(100).optional(),
  mimeType: z.string().max(100).optional(),
  fileName: z.string().max(300).optional(),
  fileSize: z.number().int().nonnegative().optional(),
  duration: z.number().int().nonnegative().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const consultationQueueSchema = z.object({
  organisationId: z.uuid().optional(),
  topic: z.enum(consultationTopics).optional(),
  language: z.enum(languages).optional(),
  channel: z.enum(consultationChannels).optional(),
  status: z.enum(consultationStatuses).optional(),
  /** `open` (the default) shows what waits for an expert: waiting and in progress. */
  view: z.enum(['open', 'all']).default('open'),
  assigned: z.enum(['me', 'unassigned', 'anyone']).default('anyone'),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const claimConsultationSchema = z.object({ version });

export const answerConsultationSchema = z.object({
  text: text(8000),
  /** The knowledge-base article the answer started from, kept for the record. */
  articleId: z.uuid().nullable().default(null),
  version,
});

export const consultationNoteSchema = z.object({ text: text(4000) });

export const handOverConsultationSchema = z.object({
  expertId: z.uuid(),
  note: z.string().trim().max(4000).default(''),
  version,
});

export const closeConsultationSchema = z.object({ version });

/** The person's consent to be registered and helped through a case, as they gave it to the expert. */
const escalationConsentSchema = registerPersonSchema.shape.registrationConsent;

/** Escalate to a case: an existing person of the organisation, or a new one registered with their consent. */
export const escalateConsultationSchema = z
  .object({
    personId: z.uuid().optional(),
    person: registerPersonSchema
      .omit({ ownerOrganisationId: true, registrationConsent: true, id: true })
      .optional(),
    consent: escalationConsentSchema,
    caseKind: z.enum(caseKinds).default('disability_support'),
    summary: z.string().trim().max(4000).default(''),
    workerId: z.uuid().nullable().default(null),
    version,
  })
  .refine((input) => (input.personId === undefined) !== (input.person === undefined), {
    path: ['personId'],
    message: 'personId or person',
  });
export type EscalateConsultationInput = z.infer<typeof escalateConsultationSchema>;

/** The public question form, filled without signing in. `website` is a honeypot a person never sees. */
export const publicQuestionSchema = z.object({
  formToken: z.string().min(10).max(500),
  website: z.string().max(200).default(''),
  organisationId: z.uuid().optional(),
  topic: z.enum(consultationTopics),
  language: z.enum(languages),
  question: text(4000).min(10),
  name: z.string().trim().max(200).default(''),
  contact: z.string().trim().max(200).default(''),
  /** The person read the privacy notice and agrees that Birge keeps the question to answer it. */
  consent: z.literal(true),
});

export const personReplySchema = z.object({ text: text(4000) });
export const ratingSchema = z.object({ rating: z.number().int().min(1).max(5) });
