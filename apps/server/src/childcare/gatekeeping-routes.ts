import type { Database } from '@birge/db';
import {
  abilities,
  commissionMeetingSchema,
  commissionMemberSchema,
  createCommissionSchema,
  gatekeepingDecisionSchema,
  gatekeepingPolicy,
  gatekeepingRequestSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personFor } from '../persons/load-person';
import {
  addCommissionMember,
  createCommission,
  decideRequest,
  scheduleMeeting,
  submitRequest,
} from './gatekeeping-actions';
import { commissionDetails, listCommissions, requestsOf } from './gatekeeping-queries';
import { commissionFor, gatekeepingRequestFor } from './load-childcare';

const idParams = z.object({ id: z.uuid() });
const tags = ['childcare'];

/** Gatekeeping: the commission's business is public, the children brought to it are named only to its workers. */
export function gatekeepingRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/childcare/commissions',
    { schema: { tags, summary: 'Gatekeeping commissions with their requests counted' } },
    async () => ({ items: await listCommissions(db) }),
  );

  api.post(
    '/api/childcare/commissions',
    { schema: { tags, summary: 'Set up a gatekeeping commission', body: createCommissionSchema } },
    async (request, reply) => {
      if (!gatekeepingPolicy.manage(authOf(request).actor, request.body)) throw forbidden();
      return reply.status(201).send(await createCommission(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/childcare/commissions/:id',
    {
      schema: {
        tags,
        summary: 'A commission’s members, meetings and decisions; the requests only to child protection',
        params: idParams,
      },
    },
    async (request) => {
      const commission = await commissionFor(db, request, request.params.id, 'read');
      const { actor } = authOf(request);
      const mayRead = gatekeepingPolicy.read(actor, commission);
      return {
        commission,
        ...(await commissionDetails(db, commission.id)),
        requests: mayRead ? await requestsOf(db, commission.id) : null,
        abilities: abilities(gatekeepingPolicy, actor, commission),
      };
    },
  );

  api.post(
    '/api/childcare/commissions/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a member to the commission',
        params: idParams,
        body: commissionMemberSchema,
      },
    },
    async (request, reply) => {
      const commission = await commissionFor(db, request, request.params.id, 'manage');
      return reply
        .status(201)
        .send(await addCommissionMember(db, auditContext(request), commission, request.body));
    },
  );

  api.post(
    '/api/childcare/commissions/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Schedule a meeting of the commission',
        params: idParams,
        body: commissionMeetingSchema,
      },
    },
    async (request, reply) => {
      const commission = await commissionFor(db, request, request.params.id, 'manage');
      return reply
        .status(201)
        .send(await scheduleMeeting(db, auditContext(request), commission, request.body));
    },
  );

  api.post(
    '/api/childcare/commissions/:id/requests',
    {
      schema: {
        tags,
        summary: 'Bring a request to place a child in an institution to the commission',
        params: idParams,
        body: gatekeepingRequestSchema,
      },
    },
    async (request, reply) => {
      const commission = await commissionFor(db, request, request.params.id, 'request');
      await personFor(db, request, request.body.personId, 'read');
      return reply.status(201).send(await submitRequest(db, auditContext(request), commission, request.body));
    },
  );

  api.post(
    '/api/childcare/gatekeeping-requests/:id/decision',
    {
      schema: {
        tags,
        summary:
          'The commission’s decision, with its reasons and the services given to the family; a decision taken is corrected with the reason for the correction',
        params: idParams,
        body: gatekeepingDecisionSchema,
      },
    },
    async (request) => {
      const found = await gatekeepingRequestFor(db, request, request.params.id, 'decide');
      return decideRequest(db, auditContext(request), found.commission, found.request, request.body);
    },
  );
}
