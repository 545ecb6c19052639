import type { Database } from '@birge/db';
import {
  abilities,
  can,
  createOrganisationSchema,
  mayCreateOrganisation,
  organisationPolicy,
  organisationTypes,
  updateOrganisationSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { listQuerySchema } from '../http/pagination';
import { auditContext, authOf } from '../http/request-context';
import { createOrganisation, updateOrganisation } from './organisation-actions';
import { findOrganisation, listOrganisations, networksOfOrganisation } from './organisation-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['organisations'];

export function organisationRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'The directory of organisations',
        querystring: listQuerySchema.extend({
          q: z.string().trim().max(200).optional(),
          type: z.enum(organisationTypes).optional(),
          regionId: z.uuid().optional(),
        }),
      },
    },
    async (request) => listOrganisations(db, request.query),
  );

  api.post(
    '/api/organisations',
    { schema: { tags, summary: 'Register an organisation', body: createOrganisationSchema } },
    async (request, reply) => {
      if (!mayCreateOrganisation(authOf(request).actor)) throw forbidden();
      const created = await createOrganisation(db, auditContext(request), request.body);
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/organisations/:id',
    { schema: { tags, summary: 'An organisation with its networks', params: idParams } },
    async (request) => {
      const organisation = await findOrganisation(db, request.params.id);
      if (!organisation) throw notFound();
      return {
        organisation,
        networks: await networksOfOrganisation(db, organisation.id),
        abilities: abilities(organisationPolicy, authOf(request).actor, organisation),
      };
    },
  );

  api.patch(
    '/api/organisations/:id',
    { schema: { tags, summary: 'Change an organisation', params: idParams, body: updateOrganisationSchema } },
    async (request) => {
      const { actor } = authOf(request);
      if (!(await findOrganisation(db, request.params.id))) throw notFound();
      if (!can(organisationPolicy, actor, 'update', { id: request.params.id })) throw forbidden();
      return updateOrganisation(db, auditContext(request), request.params.id, request.body);
    },
  );
}
