import type { Database } from '@birge/db';
import {
  abilities,
  answerConsultationSchema,
  claimConsultationSchema,
  closeConsultationSchema,
  consultationNoteSchema,
  consultationPolicy,
  consultationQueueSchema,
  escalateConsultationSchema,
  handOverConsultationSchema,
  mayViewConsultationFigures,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import {
  addConsultationNote,
  answerConsultation,
  claimConsultation,
  closeConsultation,
  handOverConsultation,
} from './consultation-actions';
import { consultationFigures } from './consultation-figures';
import { consultationThread, expertsOf, listQueue, presentConsultation } from './consultation-queries';
import { escalateConsultation } from './escalate-consultation';
import { consultationFor } from './load-consultation';
import { fetchTelegramFile } from './telegram';

const idParams = z.object({ id: z.uuid() });
const tags = ['consultations'];

export function presentMessage(m: Awaited<ReturnType<typeof consultationThread>>[number]) {
  return {
    id: m.id,
    kind: m.kind,
    body: m.body,
    attachments: m.attachments.map((a, index) => ({
      index,
      kind: a.kind,
      mimeType: a.mimeType ?? null,
      fileName: a.fileName ?? null,
      fileSize: a.fileSize ?? null,
      duration: a.duration ?? null,
    })),
    authorId: m.authorId,
    articleId: m.articleId,
    createdAt: m.createdAt,
    deliveredAt: m.deliveredAt,
  };
}

export function consultationRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/consultations',
    {
      schema: {
        tags,
        summary: 'The expert desk: questions by topic and language, longest waiting first, overdue flagged',
        querystring: consultationQueueSchema,
      },
    },
    async (request) => listQueue(db, authOf(request).actor, request.query),
  );

  api.get(
    '/api/consultations/figures',
    {
      schema: {
        tags,
        summary:
          'Counts of consultations by topic, channel, language and status, and the median response time',
        querystring: z.object({ organisationId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
      },
    },
    async (request) => {
      const { organisationId, from, to } = request.query;
      if (!mayViewConsultationFigures(authOf(request).actor, organisationId)) throw forbidden();
      return consultationFigures(db, { organisationId, from, to });
    },
  );

  api.get(
    '/api/consultations/:id',
    { schema: { tags, summary: 'A question with its thread and internal notes', params: idParams } },
    async (request) => {
      const { row, subject } = await consultationFor(db, request, request.params.id, 'read');
      const thread = await consultationThread(db, row.id, { notes: true });
      return {
        consultation: presentConsultation(row),
        messages: thread.map(presentMessage),
        experts: await expertsOf(db, row.organisationId),
        abilities: abilities(consultationPolicy, authOf(request).actor, subject),
      };
    },
  );

  api.get(
    '/api/consultations/:id/messages/:messageId/attachments/:index',
    {
      schema: {
        tags,
        summary: 'Open a file the person sent (fetched from Telegram only now)',
        params: z.object({
          id: z.uuid(),
          messageId: z.uuid(),
          index: z.coerce.number().int().min(0).max(20),
        }),
      },
    },
    async (request, reply) => {
      const { row } = await consultationFor(db, request, request.params.id, 'read');
      const thread = await consultationThread(db, row.id, { notes: false });
      const attachment = thread.find((m) => m.id === request.params.messageId)?.attachments[
        request.params.index
      ];
      if (!attachment) throw notFound();
      const file = await fetchTelegramFile(db, attachment.fileId);
      const name = attachment.fileName ?? `${attachment.kind}-${request.params.index}`;
      return reply
        .type(attachment.mimeType ?? file.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(name)}"`)
        .send(file.body);
    },
  );

  api.post(
    '/api/consultations/:id/claim',
    {
      schema: {
        tags,
        summary: 'Take a question from the queue',
        params: idParams,
        body: claimConsultationSchema,
      },
    },
    async (request) => {
      const { row } = await consultationFor(db, request, request.params.id, 'claim');
      return presentConsultation(
        await claimConsultation(db, auditContext(request), row, request.body.version),
      );
    },
  );

  api.post(
    '/api/consultations/:id/answers',
    {
      schema: {
        tags,
        summary: 'Answer the person (the bot delivers it after commit)',
        params: idParams,
        body: answerConsultationSchema,
      },
    },
    async (request, reply) => {
      const { row } = await consultationFor(db, request, request.params.id, 'answer');
      const result = await answerConsultation(db, auditContext(request), row, request.body);
      return reply.status(201).send({
        consultation: presentConsultation(result.consultation),
        message: presentMessage(result.message),
      });
    },
  );

  api.post(
    '/api/consultations/:id/notes',
    {
      schema: {
        tags,
        summary: 'An internal note, never shown to the person',
        params: idParams,
        body: consultationNoteSchema,
      },
    },
    async (request, reply) => {
      const { row } = await consultationFor(db, request, request.params.id, 'note');
      const note = await addConsultationNote(db, auditContext(request), row, request.body.text);
      return reply.status(201).send(presentMessage(note));
    },
  );

  api.post(
    '/api/consultations/:id/handover',
    {
      schema: {
        tags,
        summary: 'Hand the question over to another expert of the organisation',
        params: idParams,
        body: handOverConsultationSchema,
      },
    },
    async (request) => {
      const { row } = await consultationFor(db, request, request.params.id, 'handOver');
      return presentConsultation(await handOverConsultation(db, auditContext(request), row, request.body));
    },
  );

  api.post(
    '/api/consultations/:id/escalation',
    {
      schema: {
        tags,
        summary: 'Escalate to a case: find or register the person with their consent, open a case',
        params: idParams,
        body: escalateConsultationSchema,
      },
    },
    async (request, reply) => {
      const { row } = await consultationFor(db, request, request.params.id, 'escalate');
      const result = await escalateConsultation(
        db,
        auditContext(request),
        authOf(request).actor,
        row,
        request.body,
      );
      return reply.status(201).send({
        consultation: presentConsultation(result.consultation),
        caseId: result.caseId,
        personId: result.personId,
      });
    },
  );

  api.post(
    '/api/consultations/:id/closure',
    { schema: { tags, summary: 'Close the question', params: idParams, body: closeConsultationSchema } },
    async (request) => {
      const { row } = await consultationFor(db, request, request.params.id, 'close');
      return presentConsultation(
        await closeConsultation(db, auditContext(request), row, request.body.version),
      );
    },
  );
}
