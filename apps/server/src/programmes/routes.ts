import type { Database } from '@birge/db';
import {
  createIndicatorSchema,
  createProgrammeSchema,
  createResultSchema,
  mayManageProgrammesOf,
  updateIndicatorSchema,
  updateProgrammeSchema,
  updateResultSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { indicatorValueRoutes } from './indicator-routes';
import { indicatorFor, programmeFor, resultFor } from './load-programme';
import {
  createIndicator,
  createResult,
  removeIndicator,
  removeResult,
  updateIndicator,
  updateResult,
} from './logframe-actions';
import { createProgramme, updateProgramme } from './programme-actions';
import { listProgrammes, programmeDetail } from './programme-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['programmes'];

export function programmeRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/programmes',
    {
      schema: {
        tags,
        summary: 'Programmes the caller reads',
        querystring: z.object({ networkId: z.uuid().optional() }),
      },
    },
    async (request) => listProgrammes(db, authOf(request).actor, request.query),
  );

  api.post(
    '/api/programmes',
    { schema: { tags, summary: 'Start a programme', body: createProgrammeSchema } },
    async (request, reply) => {
      if (!mayManageProgrammesOf(authOf(request).actor, request.body.ownerOrganisationId)) throw forbidden();
      return reply.status(201).send(await createProgramme(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/programmes/:id',
    { schema: { tags, summary: 'A programme with its logframe', params: idParams } },
    async (request) => {
      const { actor } = authOf(request);
      return programmeDetail(db, actor, await programmeFor(db, actor, request.params.id, 'read'));
    },
  );

  api.patch(
    '/api/programmes/:id',
    { schema: { tags, summary: 'Change a programme', params: idParams, body: updateProgrammeSchema } },
    async (request) => {
      await programmeFor(db, authOf(request).actor, request.params.id, 'update');
      return updateProgramme(db, auditContext(request), request.params.id, request.body);
    },
  );

  api.post(
    '/api/programmes/:id/results',
    {
      schema: { tags, summary: 'Add a goal, outcome or output', params: idParams, body: createResultSchema },
    },
    async (request, reply) => {
      const programme = await programmeFor(db, authOf(request).actor, request.params.id, 'update');
      return reply.status(201).send(await createResult(db, auditContext(request), programme, request.body));
    },
  );

  api.patch(
    '/api/results/:id',
    { schema: { tags, summary: 'Change a result', params: idParams, body: updateResultSchema } },
    async (request) => {
      const { result, programme } = await resultFor(db, authOf(request).actor, request.params.id, 'update');
      return updateResult(db, auditContext(request), programme, result, request.body);
    },
  );

  api.delete(
    '/api/results/:id',
    { schema: { tags, summary: 'Remove a result with nothing under it', params: idParams } },
    async (request, reply) => {
      const { result, programme } = await resultFor(db, authOf(request).actor, request.params.id, 'update');
      await removeResult(db, auditContext(request), programme, result);
      return reply.status(204).send();
    },
  );

  api.post(
    '/api/results/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator to a result',
        params: idParams,
        body: createIndicatorSchema,
      },
    },
    async (request, reply) => {
      const { result, programme } = await resultFor(db, authOf(request).actor, request.params.id, 'update');
      return reply
        .status(201)
        .send(await createIndicator(db, auditContext(request), programme, result, request.body));
    },
  );

  api.patch(
    '/api/indicators/:id',
    { schema: { tags, summary: 'Change an indicator', params: idParams, body: updateIndicatorSchema } },
    async (request) => {
      const { indicator, programme } = await indicatorFor(
        db,
        authOf(request).actor,
        request.params.id,
        'update',
      );
      return updateIndicator(db, auditContext(request), programme, indicator, request.body);
    },
  );

  api.delete(
    '/api/indicators/:id',
    { schema: { tags, summary: 'Remove an indicator', params: idParams } },
    async (request, reply) => {
      const { indicator, programme } = await indicatorFor(
        db,
        authOf(request).actor,
        request.params.id,
        'update',
      );
      await removeIndicator(db, auditContext(request), programme, indicator);
      return reply.status(204).send();
    },
  );

  indicatorValueRoutes(app, db);
}
