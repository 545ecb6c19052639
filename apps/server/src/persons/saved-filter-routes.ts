import { type Database, savedFilters } from '@birge/db';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { invalidField, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personListQuerySchema } from './person-list-query';

const tags = ['persons'];

/** A saved filter is the person list's query string under a name; it must be one the list accepts. */
const saveFilterSchema = z.object({
  name: z.string().trim().min(2).max(100),
  query: z.string().trim().max(2000),
});

export function savedFilterRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/saved-filters',
    { schema: { tags, summary: 'My saved person filters' } },
    async (request) => ({
      items: await db
        .select({
          id: savedFilters.id,
          name: savedFilters.name,
          query: savedFilters.query,
          createdAt: savedFilters.createdAt,
        })
        .from(savedFilters)
        .where(eq(savedFilters.userId, authOf(request).user.id))
        .orderBy(asc(savedFilters.name)),
    }),
  );

  api.post(
    '/api/saved-filters',
    { schema: { tags, summary: 'Save the current person filter under a name', body: saveFilterSchema } },
    async (request, reply) => {
      const parsed = personListQuerySchema.safeParse(
        Object.fromEntries(new URLSearchParams(request.body.query)),
      );
      if (!parsed.success) throw invalidField('query', 'field.format');
      const userId = authOf(request).user.id;
      const saved = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(savedFilters)
          .values({ userId, name: request.body.name, query: request.body.query })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await recordAudit(tx, auditContext(request), {
          action: 'savedFilter.create',
          recordType: 'savedFilter',
          recordId: row.id,
          organisationId: null,
          after: { name: row.name, query: row.query },
        });
        return row;
      });
      return reply
        .status(201)
        .send({ id: saved.id, name: saved.name, query: saved.query, createdAt: saved.createdAt });
    },
  );

  api.delete(
    '/api/saved-filters/:id',
    { schema: { tags, summary: 'Delete a saved filter', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      const userId = authOf(request).user.id;
      await db.transaction(async (tx) => {
        const [removed] = await tx
          .delete(savedFilters)
          .where(and(eq(savedFilters.id, request.params.id), eq(savedFilters.userId, userId)))
          .returning();
        if (!removed) throw notFound();
        await recordAudit(tx, auditContext(request), {
          action: 'savedFilter.delete',
          recordType: 'savedFilter',
          recordId: removed.id,
          organisationId: null,
          before: { name: removed.name, query: removed.query },
        });
      });
      return reply.status(204).send();
    },
  );
}
