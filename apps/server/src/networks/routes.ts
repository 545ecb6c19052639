import type { Database } from '@birge/db';
import {
  abilities,
  addNetworkMemberSchema,
  can,
  createNetworkSchema,
  mayCreateNetwork,
  mayLeadNetwork,
  networkPolicy,
  updateNetworkSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { listQuerySchema } from '../http/pagination';
import { auditContext, authOf } from '../http/request-context';
import { addNetworkMember, createNetwork, removeNetworkMember, updateNetwork } from './network-actions';
import { findNetwork, listNetworks, membersOfNetwork } from './network-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['networks'];

export function networkRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  /** Loads a network and checks that the caller may run it. */
  async function networkToManage(request: { params: { id: string } } & Parameters<typeof authOf>[0]) {
    const network = await findNetwork(db, request.params.id);
    if (!network) throw notFound();
    if (!can(networkPolicy, authOf(request).actor, 'update', network)) throw forbidden();
    return network;
  }

  api.get(
    '/api/networks',
    { schema: { tags, summary: 'Networks', querystring: listQuerySchema } },
    async (request) => listNetworks(db, request.query),
  );

  api.post(
    '/api/networks',
    { schema: { tags, summary: 'Create a network', body: createNetworkSchema } },
    async (request, reply) => {
      const { actor } = authOf(request);
      if (!mayCreateNetwork(actor) || !mayLeadNetwork(actor, request.body.leadOrganisationId))
        throw forbidden();
      return reply.status(201).send(await createNetwork(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/networks/:id',
    { schema: { tags, summary: 'A network with its members', params: idParams } },
    async (request) => {
      const network = await findNetwork(db, request.params.id);
      if (!network) throw notFound();
      return {
        network,
        members: await membersOfNetwork(db, network.id),
        abilities: abilities(networkPolicy, authOf(request).actor, network),
      };
    },
  );

  api.patch(
    '/api/networks/:id',
    { schema: { tags, summary: 'Change a network', params: idParams, body: updateNetworkSchema } },
    async (request) => {
      await networkToManage(request);
      const lead = request.body.leadOrganisationId;
      if (lead !== undefined && !mayLeadNetwork(authOf(request).actor, lead)) throw forbidden();
      return updateNetwork(db, auditContext(request), request.params.id, request.body);
    },
  );

  api.post(
    '/api/networks/:id/members',
    {
      schema: { tags, summary: 'Add a member organisation', params: idParams, body: addNetworkMemberSchema },
    },
    async (request, reply) => {
      await networkToManage(request);
      await addNetworkMember(db, auditContext(request), request.params.id, request.body.organisationId);
      return reply.status(204).send();
    },
  );

  api.delete(
    '/api/networks/:id/members/:organisationId',
    {
      schema: {
        tags,
        summary: 'Remove a member organisation',
        params: z.object({ id: z.uuid(), organisationId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await networkToManage(request);
      await removeNetworkMember(db, auditContext(request), request.params.id, request.params.organisationId);
      return reply.status(204).send();
    },
  );
}
