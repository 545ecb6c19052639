import type { Database } from '@birge/db';
import {
  abilities,
  can,
  mayRegisterVolunteer,
  registerVolunteerSchema,
  updateVolunteerSchema,
  volunteerHoursSchema,
  volunteerPolicy,
  volunteerRosterSchema,
} from '@birge/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertOrganises } from '../activities/load-activity';
import { forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personFor } from '../persons/load-person';
import { assertTakesPart } from '../programmes/programme-link';
import { recordVolunteerHours, registerVolunteer, updateVolunteer } from './volunteer-actions';
import { findVolunteer, listVolunteers, volunteerDetail } from './volunteer-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['volunteers'];

export function volunteerRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function volunteerFor(request: FastifyRequest, id: string, action: keyof typeof volunteerPolicy) {
    const volunteer = await findVolunteer(db, id);
    if (!volunteer) throw notFound();
    const { actor } = authOf(request);
    if (!can(volunteerPolicy, actor, 'read', volunteer)) throw notFound();
    if (!can(volunteerPolicy, actor, action, volunteer)) throw forbidden();
    return volunteer;
  }

  api.get(
    '/api/volunteers',
    {
      schema: {
        tags,
        summary: 'The roster of volunteers and experts, by skill, language and expertise',
        querystring: volunteerRosterSchema,
      },
    },
    async (request) => listVolunteers(db, authOf(request).actor, request.query),
  );

  api.post(
    '/api/volunteers',
    {
      schema: {
        tags,
        summary: 'Put a person from the registry on the roster',
        body: registerVolunteerSchema,
      },
    },
    async (request, reply) => {
      if (!mayRegisterVolunteer(authOf(request).actor, request.body.organisationId)) throw forbidden();
      await personFor(db, request, request.body.personId, 'read');
      return reply.status(201).send(await registerVolunteer(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/volunteers/:id',
    { schema: { tags, summary: 'A volunteer with the hours they gave', params: idParams } },
    async (request) => {
      const volunteer = await volunteerFor(request, request.params.id, 'read');
      const detail = await volunteerDetail(db, authOf(request).actor, volunteer.id);
      if (!detail) throw notFound();
      return { ...detail, abilities: abilities(volunteerPolicy, authOf(request).actor, volunteer) };
    },
  );

  api.patch(
    '/api/volunteers/:id',
    {
      schema: {
        tags,
        summary: 'Change skills, languages, expertise, availability or status',
        params: idParams,
        body: updateVolunteerSchema,
      },
    },
    async (request) => {
      const volunteer = await volunteerFor(request, request.params.id, 'update');
      return updateVolunteer(db, auditContext(request), volunteer, request.body);
    },
  );

  api.post(
    '/api/volunteers/:id/hours',
    {
      schema: {
        tags,
        summary: 'Record time a volunteer gave',
        params: idParams,
        body: volunteerHoursSchema,
      },
    },
    async (request, reply) => {
      const volunteer = await volunteerFor(request, request.params.id, 'recordHours');
      await assertTakesPart(db, request.body.programmeId, volunteer.organisationId);
      await assertOrganises(db, request.body.activityId, volunteer.organisationId);
      return reply
        .status(201)
        .send(await recordVolunteerHours(db, auditContext(request), volunteer, request.body));
    },
  );
}
