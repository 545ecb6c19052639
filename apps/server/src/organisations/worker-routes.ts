import { type Database, memberships, users } from '@birge/db';
import { mayListWorkers, workerRoles } from '@birge/domain';
import { and, arrayOverlaps, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { authOf } from '../http/request-context';
import { findOrganisation } from './organisation-queries';

const idParams = z.object({ id: z.uuid() });

/**
 * The people a case can be assigned to: the organisation's active users who work with persons, by name.
 * Only their colleagues see the list; it holds names, never e-mail addresses.
 */
export function organisationWorkerRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/organisations/:id/workers',
    {
      schema: {
        tags: ['organisations'],
        summary: 'The workers of an organisation a case can be assigned to',
        params: idParams,
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      if (!(await findOrganisation(db, request.params.id))) throw notFound();
      if (!mayListWorkers(actor, request.params.id)) throw forbidden();
      const rows = await db
        .select({ id: users.id, name: users.name, roles: memberships.roles })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.organisationId, request.params.id),
            eq(users.active, true),
            arrayOverlaps(memberships.roles, [...workerRoles]),
          ),
        )
        .orderBy(asc(users.name), asc(users.id));
      return { items: rows };
    },
  );
}
