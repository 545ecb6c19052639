import type { Database } from '@birge/db';
import {
  abilities,
  addModuleSchema,
  createWorkshopSchema,
  enrolTraineeSchema,
  mayCreateWorkshop,
  moduleDoneSchema,
  productionRecordSchema,
  saleSchema,
  traineeOutcomeSchema,
  workshopListSchema,
  workshopPolicy,
  workshopScope,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personFor } from '../persons/load-person';
import { assertTakesPart } from '../programmes/programme-link';
import { traineeFor, workshopFor } from './load-workshop';
import {
  addModule,
  createWorkshop,
  enrolTrainee,
  markModuleDone,
  recordProduction,
  recordSale,
  recordTraineeOutcome,
} from './workshop-actions';
import {
  listWorkshops,
  productionLog,
  productTotals,
  salesLog,
  traineesOf,
  workshopModulesOf,
} from './workshop-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['workshops'];

export function workshopRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/workshops',
    {
      schema: {
        tags,
        summary: 'The training workshops of my organisations',
        querystring: workshopListSchema,
      },
    },
    async (request) => ({
      items: await listWorkshops(db, workshopScope(authOf(request).actor), request.query.organisationId),
    }),
  );

  api.post(
    '/api/workshops',
    { schema: { tags, summary: 'Open a training workshop', body: createWorkshopSchema } },
    async (request, reply) => {
      if (!mayCreateWorkshop(authOf(request).actor, request.body.organisationId)) throw forbidden();
      await assertTakesPart(db, request.body.programmeId, request.body.organisationId);
      return reply.status(201).send(await createWorkshop(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/workshops/:id',
    {
      schema: {
        tags,
        summary: 'A workshop with its modules and its trainees’ progress',
        params: idParams,
      },
    },
    async (request) => {
      const workshop = await workshopFor(db, request, request.params.id, 'read');
      const modules = await workshopModulesOf(db, workshop.id);
      return {
        workshop,
        modules,
        trainees: await traineesOf(db, authOf(request).actor, workshop.id, modules.length),
        abilities: abilities(workshopPolicy, authOf(request).actor, workshop),
      };
    },
  );

  api.post(
    '/api/workshops/:id/modules',
    {
      schema: {
        tags,
        summary: 'Add a module at the end of the programme',
        params: idParams,
        body: addModuleSchema,
      },
    },
    async (request, reply) => {
      const workshop = await workshopFor(db, request, request.params.id, 'addModule');
      return reply.status(201).send(await addModule(db, auditContext(request), workshop, request.body));
    },
  );

  api.post(
    '/api/workshops/:id/trainees',
    {
      schema: {
        tags,
        summary: 'Enrol a person from the registry as a trainee',
        params: idParams,
        body: enrolTraineeSchema,
      },
    },
    async (request, reply) => {
      const workshop = await workshopFor(db, request, request.params.id, 'enrol');
      await personFor(db, request, request.body.personId, 'read');
      return reply.status(201).send(await enrolTrainee(db, auditContext(request), workshop, request.body));
    },
  );

  api.post(
    '/api/workshop-trainees/:id/modules',
    {
      schema: {
        tags,
        summary: 'Mark a module done by a trainee',
        params: idParams,
        body: moduleDoneSchema,
      },
    },
    async (request, reply) => {
      const { trainee, workshop } = await traineeFor(db, request, request.params.id, 'markProgress');
      const row = await markModuleDone(db, auditContext(request), workshop, trainee, request.body);
      return reply.status(201).send(row);
    },
  );

  api.post(
    '/api/workshop-trainees/:id/outcome',
    {
      schema: {
        tags,
        summary: 'A trainee completed the programme or left it',
        params: idParams,
        body: traineeOutcomeSchema,
      },
    },
    async (request) => {
      const { trainee, workshop } = await traineeFor(db, request, request.params.id, 'markProgress');
      return recordTraineeOutcome(db, auditContext(request), workshop, trainee, request.body);
    },
  );

  api.get(
    '/api/workshops/:id/production',
    { schema: { tags, summary: 'The production log, latest first', params: idParams } },
    async (request) => {
      const workshop = await workshopFor(db, request, request.params.id, 'read');
      return { items: await productionLog(db, workshop.id) };
    },
  );

  api.post(
    '/api/workshops/:id/production',
    {
      schema: {
        tags,
        summary: 'Record what the workshop produced',
        params: idParams,
        body: productionRecordSchema,
      },
    },
    async (request, reply) => {
      const workshop = await workshopFor(db, request, request.params.id, 'recordProduction');
      return reply
        .status(201)
        .send(await recordProduction(db, auditContext(request), workshop, request.body));
    },
  );

  api.get(
    '/api/workshops/:id/sales',
    { schema: { tags, summary: 'The sales, latest first', params: idParams } },
    async (request) => {
      const workshop = await workshopFor(db, request, request.params.id, 'read');
      return { items: await salesLog(db, workshop.id) };
    },
  );

  api.post(
    '/api/workshops/:id/sales',
    { schema: { tags, summary: 'Record a sale', params: idParams, body: saleSchema } },
    async (request, reply) => {
      const workshop = await workshopFor(db, request, request.params.id, 'recordSale');
      return reply.status(201).send(await recordSale(db, auditContext(request), workshop, request.body));
    },
  );

  api.get(
    '/api/workshops/:id/totals',
    {
      schema: {
        tags,
        summary: 'Produced and sold per product and year; sales per currency',
        params: idParams,
      },
    },
    async (request) => {
      const workshop = await workshopFor(db, request, request.params.id, 'read');
      return productTotals(db, workshop.id);
    },
  );
}
