import type { Database } from '@birge/db';
import {
  abilities,
  carePlacementPolicy,
  careRecordSchema,
  carerPolicy,
  carerSchema,
  carerStateSchema,
  childcareScope,
  endPlacementSchema,
  extraVisitSchema,
  startPlacementSchema,
  transitionStepDoneSchema,
  transitionStepSchema,
  visitRecordSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { listQuerySchema } from '../http/pagination';
import { auditContext, authOf } from '../http/request-context';
import { assertTakesPart } from '../programmes/programme-link';
import { addCareRecord, addTransitionStep, careCaseFile, findStep, markStepDone } from './care-case';
import { changeCarerState, listCarers, registerCarer } from './carer-actions';
import { careCaseFor, carerFor, placementFor, visitFor } from './load-childcare';
import { endPlacement, recordExtraVisit, recordVisit, startPlacement } from './placement-actions';
import { listPlacements, placementDetails } from './placement-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['childcare'];

/** Carers, a child's deinstitutionalisation file, placements and their visits: child protection only. */
export function placementRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/childcare/carers',
    { schema: { tags, summary: 'The registry of foster families and guardians' } },
    async (request) => ({ items: await listCarers(db, childcareScope(authOf(request).actor)) }),
  );

  api.post(
    '/api/childcare/carers',
    { schema: { tags, summary: 'Register a foster family or guardian', body: carerSchema } },
    async (request, reply) => {
      if (!carerPolicy.register(authOf(request).actor, request.body)) throw forbidden();
      return reply.status(201).send(await registerCarer(db, auditContext(request), request.body));
    },
  );

  api.patch(
    '/api/childcare/carers/:id',
    {
      schema: {
        tags,
        summary:
          'A carer assessed, trained, approved or suspended; a suspension raises a task for every child placed',
        params: idParams,
        body: carerStateSchema,
      },
    },
    async (request) => {
      const carer = await carerFor(db, request, request.params.id, 'approve');
      return changeCarerState(db, auditContext(request), carer, request.body, request.language);
    },
  );

  api.get(
    '/api/childcare/placements',
    {
      schema: {
        tags,
        summary: 'Placements with the next visit owed, a page at a time',
        querystring: listQuerySchema,
      },
    },
    async (request) => listPlacements(db, childcareScope(authOf(request).actor), request.query),
  );

  api.get(
    '/api/cases/:id/care',
    { schema: { tags, summary: 'A child’s deinstitutionalisation file', params: idParams } },
    async (request) => {
      const caseRow = await careCaseFor(db, request, request.params.id, 'read');
      return {
        ...(await careCaseFile(db, caseRow.id)),
        abilities: abilities(carePlacementPolicy, authOf(request).actor, caseRow),
      };
    },
  );

  api.post(
    '/api/cases/:id/care-records',
    {
      schema: {
        tags,
        summary: 'Record an assessment, the child’s views or the decision',
        params: idParams,
        body: careRecordSchema,
      },
    },
    async (request, reply) => {
      const caseRow = await careCaseFor(db, request, request.params.id, 'work');
      return reply.status(201).send(await addCareRecord(db, auditContext(request), caseRow, request.body));
    },
  );

  api.post(
    '/api/cases/:id/transition-steps',
    {
      schema: {
        tags,
        summary: 'Add a step to the transition plan',
        params: idParams,
        body: transitionStepSchema,
      },
    },
    async (request, reply) => {
      const caseRow = await careCaseFor(db, request, request.params.id, 'work');
      return reply
        .status(201)
        .send(await addTransitionStep(db, auditContext(request), caseRow, request.body));
    },
  );

  api.patch(
    '/api/childcare/transition-steps/:id',
    {
      schema: {
        tags,
        summary: 'Mark a step of the transition plan done, or open it again',
        params: idParams,
        body: transitionStepDoneSchema,
      },
    },
    async (request) => {
      const step = await findStep(db, request.params.id);
      if (!step) throw notFound();
      const caseRow = await careCaseFor(db, request, step.caseId, 'work');
      return markStepDone(db, auditContext(request), caseRow, step, request.body);
    },
  );

  api.post(
    '/api/cases/:id/care-placements',
    {
      schema: {
        tags,
        summary: 'Place the child, with the visit schedule',
        params: idParams,
        body: startPlacementSchema,
      },
    },
    async (request, reply) => {
      const caseRow = await careCaseFor(db, request, request.params.id, 'work');
      await assertTakesPart(db, request.body.programmeId, caseRow.organisationId);
      return reply.status(201).send(await startPlacement(db, auditContext(request), caseRow, request.body));
    },
  );

  api.get(
    '/api/childcare/placements/:id',
    { schema: { tags, summary: 'A placement with its visit schedule', params: idParams } },
    async (request) => {
      const { placement } = await placementFor(db, request, request.params.id, 'read');
      const details = await placementDetails(db, placement.id);
      if (!details) throw notFound();
      return { ...details, abilities: abilities(carePlacementPolicy, authOf(request).actor, placement) };
    },
  );

  api.post(
    '/api/childcare/placements/:id/end',
    {
      schema: {
        tags,
        summary: 'End a placement, or record its breakdown',
        params: idParams,
        body: endPlacementSchema,
      },
    },
    async (request) => {
      const { placement } = await placementFor(db, request, request.params.id, 'work');
      return endPlacement(db, auditContext(request), placement, request.body);
    },
  );

  api.post(
    '/api/childcare/placements/:id/visits',
    {
      schema: {
        tags,
        summary: 'Record a visit outside the schedule; concerns go to the worker and supervisor',
        params: idParams,
        body: extraVisitSchema,
      },
    },
    async (request, reply) => {
      const { placement, caseRow } = await placementFor(db, request, request.params.id, 'work');
      return reply
        .status(201)
        .send(await recordExtraVisit(db, auditContext(request), placement, caseRow, request.body));
    },
  );

  api.post(
    '/api/childcare/visits/:id',
    {
      schema: {
        tags,
        summary: 'Record a monitoring visit; concerns go to the worker and supervisor',
        params: idParams,
        body: visitRecordSchema,
      },
    },
    async (request) => {
      const { visit, placement, caseRow } = await visitFor(db, request, request.params.id);
      return recordVisit(db, auditContext(request), placement, caseRow, visit, request.body);
    },
  );
}
