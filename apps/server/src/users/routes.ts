import { type Database, memberships } from '@birge/db';
import {
  abilities,
  auditScope,
  can,
  createMembershipSchema,
  inviteUserSchema,
  mayManageUsers,
  membershipPolicy,
  updateMembershipSchema,
  updateUserSchema,
  userPolicy,
} from '@birge/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { listQuerySchema } from '../http/pagination';
import { auditContext, authOf } from '../http/request-context';
import {
  addMembership,
  createResetLink,
  inviteUser,
  removeMembership,
  updateMembership,
  updateUser,
} from './user-actions';
import { findUser, listUsers } from './user-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['users'];

export function userRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  /** A user the caller may see; one they may not is answered as not found, so its existence does not leak. */
  async function visibleUser(request: FastifyRequest, id: string) {
    const user = await findUser(db, id);
    if (!user || !can(userPolicy, authOf(request).actor, 'read', user)) throw notFound();
    return user;
  }

  async function manageableMembership(request: FastifyRequest, id: string) {
    const [membership] = await db.select().from(memberships).where(eq(memberships.id, id));
    if (!membership) throw notFound();
    await visibleUser(request, membership.userId);
    if (!can(membershipPolicy, authOf(request).actor, 'manage', membership)) throw forbidden();
    return membership;
  }

  api.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Users of the organisations the caller administers',
        querystring: listQuerySchema.extend({ q: z.string().trim().max(200).optional() }),
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      if (!mayManageUsers(actor)) throw forbidden();
      return listUsers(db, auditScope(actor), request.query);
    },
  );

  api.get('/api/users/:id', { schema: { tags, summary: 'A user', params: idParams } }, async (request) => {
    const user = await visibleUser(request, request.params.id);
    return { user, abilities: abilities(userPolicy, authOf(request).actor, user) };
  });

  api.patch(
    '/api/users/:id',
    { schema: { tags, summary: 'Rename or deactivate a user', params: idParams, body: updateUserSchema } },
    async (request) => {
      const user = await visibleUser(request, request.params.id);
      if (!can(userPolicy, authOf(request).actor, 'update', user)) throw forbidden();
      await updateUser(db, auditContext(request), user.id, request.body);
      return findUser(db, user.id);
    },
  );

  api.post(
    '/api/users/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a user; answers a one-time link to hand over',
        body: inviteUserSchema,
      },
    },
    async (request, reply) => {
      if (!can(membershipPolicy, authOf(request).actor, 'manage', request.body)) throw forbidden();
      const invited = await inviteUser(db, auditContext(request), request.body);
      return reply.status(201).send({ user: await findUser(db, invited.userId), link: invited.link });
    },
  );

  api.post(
    '/api/users/:id/reset-link',
    { schema: { tags, summary: 'Create a one-time password reset link', params: idParams } },
    async (request) => {
      const user = await visibleUser(request, request.params.id);
      if (!can(userPolicy, authOf(request).actor, 'update', user)) throw forbidden();
      return { link: await createResetLink(db, auditContext(request), user.id) };
    },
  );

  api.post(
    '/api/memberships',
    { schema: { tags, summary: 'Give a user a role in an organisation', body: createMembershipSchema } },
    async (request, reply) => {
      if (!can(membershipPolicy, authOf(request).actor, 'manage', request.body)) throw forbidden();
      return reply.status(201).send(await addMembership(db, auditContext(request), request.body));
    },
  );

  api.patch(
    '/api/memberships/:id',
    { schema: { tags, summary: "Change a user's roles", params: idParams, body: updateMembershipSchema } },
    async (request) => {
      await manageableMembership(request, request.params.id);
      return updateMembership(db, auditContext(request), request.params.id, request.body);
    },
  );

  api.delete(
    '/api/memberships/:id',
    { schema: { tags, summary: 'Remove a user from an organisation', params: idParams } },
    async (request, reply) => {
      await manageableMembership(request, request.params.id);
      await removeMembership(db, auditContext(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
