import type { Database } from '@birge/db';
import { mayViewAudit } from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../http/app-error';
import { listQuerySchema } from '../http/pagination';
import { authOf } from '../http/request-context';
import { listAuditEvents } from './audit-queries';

export function auditRoutes(app: FastifyInstance, db: Database) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of the organisations I administer',
        querystring: listQuerySchema.omit({ updatedSince: true }).extend({
          recordType: z.string().max(50).optional(),
          recordId: z.string().max(100).optional(),
          actorId: z.uuid().optional(),
          action: z.string().max(100).optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
        }),
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      if (!mayViewAudit(actor)) throw forbidden();
      return listAuditEvents(db, actor, request.query);
    },
  );
}
