import type { Database } from '@birge/db';
import {
  activityListSchema,
  activityPolicy,
  attendanceCountsSchema,
  can,
  createActivitySchema,
  markCompletionSchema,
  materialUploadSchema,
  maxMaterialBytes,
  mayRecordVisitsOf,
  mayRunActivitiesOf,
  recordVisitSchema,
  registerAttendeeSchema,
  updateActivitySchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { createActivity, updateActivity } from './activity-actions';
import { activityDetail, listActivities, materialContent } from './activity-queries';
import {
  markCompletion,
  registerAttendee,
  removeAttendee,
  replaceAttendanceCounts,
} from './attendance-actions';
import { listFacilitators } from './facilitator-queries';
import { activityFor } from './load-activity';
import { addMaterial, removeMaterial } from './material-actions';
import { recordVisit } from './visit-actions';

const idParams = z.object({ id: z.uuid() });
const attendeeParams = z.object({ id: z.uuid(), attendeeId: z.uuid() });
const materialParams = z.object({ id: z.uuid(), materialId: z.uuid() });
const tags = ['activities'];

/** A file name as a download header carries it: ASCII fallback plus the exact name in UTF-8. */
function contentDisposition(name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function activityRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Materials arrive as the file's bytes; a little over the limit is read so the action can say so politely.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: maxMaterialBytes + 1024 },
    (_request, body, done) => done(null, body),
  );

  api.get(
    '/api/activities',
    {
      schema: { tags, summary: 'Activities of the caller’s organisations', querystring: activityListSchema },
    },
    async (request) => listActivities(db, authOf(request).actor, request.query),
  );

  api.post(
    '/api/activities',
    { schema: { tags, summary: 'Plan or record an activity', body: createActivitySchema } },
    async (request, reply) => {
      if (!mayRunActivitiesOf(authOf(request).actor, request.body.organisationId)) throw forbidden();
      return reply.status(201).send(await createActivity(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/activities/:id',
    { schema: { tags, summary: 'An activity with its attendance and materials', params: idParams } },
    async (request) => {
      const { actor } = authOf(request);
      return activityDetail(db, actor, await activityFor(db, actor, request.params.id, 'read'));
    },
  );

  api.patch(
    '/api/activities/:id',
    { schema: { tags, summary: 'Change an activity', params: idParams, body: updateActivitySchema } },
    async (request) => {
      const { actor } = authOf(request);
      const activity = await activityFor(db, actor, request.params.id, 'update');
      if (request.body.coOrganiserIds && !can(activityPolicy, actor, 'changeOrganisers', activity))
        throw forbidden();
      return updateActivity(db, auditContext(request), activity, request.body);
    },
  );

  api.post(
    '/api/activities/:id/attendees',
    {
      schema: { tags, summary: 'Register a person', params: idParams, body: registerAttendeeSchema },
    },
    async (request, reply) => {
      const { actor } = authOf(request);
      const activity = await activityFor(db, actor, request.params.id, 'recordAttendance');
      return reply
        .status(201)
        .send(await registerAttendee(db, auditContext(request), actor, activity, request.body));
    },
  );

  api.patch(
    '/api/activities/:id/attendees/:attendeeId',
    {
      schema: {
        tags,
        summary: 'Mark a training completed, or not',
        params: attendeeParams,
        body: markCompletionSchema,
      },
    },
    async (request) => {
      const activity = await activityFor(db, authOf(request).actor, request.params.id, 'recordAttendance');
      return markCompletion(db, auditContext(request), activity, request.params.attendeeId, request.body);
    },
  );

  api.delete(
    '/api/activities/:id/attendees/:attendeeId',
    { schema: { tags, summary: 'Take a person off the attendance', params: attendeeParams } },
    async (request, reply) => {
      const activity = await activityFor(db, authOf(request).actor, request.params.id, 'recordAttendance');
      await removeAttendee(db, auditContext(request), activity, request.params.attendeeId);
      return reply.status(204).send();
    },
  );

  api.put(
    '/api/activities/:id/attendance-counts',
    {
      schema: {
        tags,
        summary: 'Replace the counted attendance',
        params: idParams,
        body: attendanceCountsSchema,
      },
    },
    async (request) => {
      const activity = await activityFor(db, authOf(request).actor, request.params.id, 'recordAttendance');
      return replaceAttendanceCounts(db, auditContext(request), activity, request.body.rows);
    },
  );

  api.post(
    '/api/activities/:id/materials',
    {
      schema: {
        tags,
        summary: 'Upload a material: the body is the file, its name and type in the query',
        params: idParams,
        querystring: materialUploadSchema,
      },
    },
    async (request, reply) => {
      const activity = await activityFor(db, authOf(request).actor, request.params.id, 'manageMaterials');
      if (!Buffer.isBuffer(request.body)) throw new AppError(415, 'errors.badRequest');
      const file = { ...request.query, content: request.body };
      return reply.status(201).send(await addMaterial(db, auditContext(request), activity, file));
    },
  );

  api.get(
    '/api/activities/:id/materials/:materialId',
    { schema: { tags, summary: 'Download a material', params: materialParams } },
    async (request, reply) => {
      const activity = await activityFor(db, authOf(request).actor, request.params.id, 'read');
      const material = await materialContent(db, activity.id, request.params.materialId);
      if (!material) throw notFound();
      return reply
        .header('content-type', material.mediaType)
        .header('content-disposition', contentDisposition(material.name))
        .send(material.content);
    },
  );

  api.delete(
    '/api/activities/:id/materials/:materialId',
    { schema: { tags, summary: 'Delete a material', params: materialParams } },
    async (request, reply) => {
      const activity = await activityFor(db, authOf(request).actor, request.params.id, 'manageMaterials');
      await removeMaterial(db, auditContext(request), activity, request.params.materialId);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/facilitators',
    { schema: { tags, summary: 'Facilitators trained by the caller’s organisations, with their visits' } },
    async (request) => listFacilitators(db, authOf(request).actor),
  );

  api.post(
    '/api/monitoring-visits',
    { schema: { tags, summary: 'Record a monitoring visit of a facilitator', body: recordVisitSchema } },
    async (request, reply) => {
      const { actor } = authOf(request);
      if (!mayRecordVisitsOf(actor, request.body.organisationId)) throw forbidden();
      return reply
        .status(201)
        .send(
          await recordVisit(db, { ...auditContext(request), actorId: actor.userId }, actor, request.body),
        );
    },
  );
}
