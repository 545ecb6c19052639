import type { Database } from '@birge/db';
import { createPlacementSchema, followUpSchema, mayPlace, placementListSchema } from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, invalidField } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personFor } from '../persons/load-person';
import { assertTakesPart } from '../programmes/programme-link';
import { findEmployer, findVacancy } from './employment-queries';
import { placementFor } from './load-employment';
import { recordFollowUp, recordPlacement } from './placement-actions';
import { listPlacements, placementDetail } from './placement-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['employment'];

export function placementRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/placements',
    {
      schema: {
        tags,
        summary: 'Placements I support, with their follow-ups due',
        querystring: placementListSchema,
      },
    },
    async (request) => listPlacements(db, authOf(request).actor, request.query),
  );

  api.post(
    '/api/placements',
    { schema: { tags, summary: 'Record that a person started a job', body: createPlacementSchema } },
    async (request, reply) => {
      const { person } = await personFor(db, request, request.body.personId, 'update');
      const organisationId = person.ownerOrganisationId;
      if (!mayPlace(authOf(request).actor, organisationId)) throw forbidden();
      if (!(await findEmployer(db, request.body.employerId)))
        throw invalidField('employerId', 'field.choice');
      if (request.body.vacancyId) {
        const vacancy = await findVacancy(db, request.body.vacancyId);
        if (vacancy?.employerId !== request.body.employerId) throw invalidField('vacancyId', 'field.choice');
      }
      await assertTakesPart(db, request.body.programmeId, organisationId);
      return reply
        .status(201)
        .send(await recordPlacement(db, auditContext(request), organisationId, request.body));
    },
  );

  api.get(
    '/api/placements/:id',
    { schema: { tags, summary: 'A placement with its follow-up schedule', params: idParams } },
    async (request) =>
      placementDetail(db, await placementFor(db, authOf(request).actor, request.params.id, 'read')),
  );

  api.post(
    '/api/placements/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Record a follow-up: is the person still employed?',
        params: idParams,
        body: followUpSchema,
      },
    },
    async (request, reply) => {
      const placement = await placementFor(db, authOf(request).actor, request.params.id, 'recordFollowUp');
      return reply.status(201).send(await recordFollowUp(db, auditContext(request), placement, request.body));
    },
  );
}
