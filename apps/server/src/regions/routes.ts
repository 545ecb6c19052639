import type { Database } from '@birge/db';
import { createRegionSchema, mayManageRegions } from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { addRegion } from './region-actions';
import { listRegions } from './region-queries';

const tags = ['regions'];

export function regionRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/regions',
    {
      schema: {
        tags,
        summary: 'Regions (ISO 3166-2), or the districts and localities below one',
        querystring: z.object({ country: z.enum(['KG', 'KZ']).optional(), parentId: z.uuid().optional() }),
      },
    },
    async (request) => listRegions(db, request.query),
  );

  api.post(
    '/api/regions',
    { schema: { tags, summary: 'Add a district or a locality', body: createRegionSchema } },
    async (request, reply) => {
      if (!mayManageRegions(authOf(request).actor)) throw forbidden();
      return reply.status(201).send(await addRegion(db, auditContext(request), request.body));
    },
  );
}
