import type { Database } from '@birge/db';
import {
  abilities,
  institutionCountSchema,
  institutionPolicy,
  milestoneDoneSchema,
  milestoneSchema,
  registerInstitutionSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { assertTakesPart } from '../programmes/programme-link';
import { childcareFigures } from './figures';
import {
  addMilestone,
  markMilestoneDone,
  recordInstitutionCount,
  registerInstitution,
} from './institution-actions';
import { countsOf, departuresOf, findMilestone, listInstitutions, milestonesOf } from './institution-queries';
import { institutionFor } from './load-childcare';

const idParams = z.object({ id: z.uuid() });
const tags = ['childcare'];

/** Institutions and their reorganisation: counts and plans, open to everyone signed in, with no child named. */
export function institutionRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/childcare/figures',
    {
      schema: {
        tags,
        summary: 'Children in institutions and leaving them, decisions, placements: counts only',
      },
    },
    async () => childcareFigures(db),
  );

  api.get(
    '/api/childcare/institutions',
    {
      schema: { tags, summary: 'Residential institutions with capacity, children now and children who left' },
    },
    async () => ({ items: await listInstitutions(db) }),
  );

  api.post(
    '/api/childcare/institutions',
    {
      schema: {
        tags,
        summary: 'Register an institution for reorganisation',
        body: registerInstitutionSchema,
      },
    },
    async (request, reply) => {
      if (!institutionPolicy.update(authOf(request).actor, request.body)) throw forbidden();
      await assertTakesPart(db, request.body.programmeId, request.body.organisationId);
      return reply.status(201).send(await registerInstitution(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/childcare/institutions/:id',
    {
      schema: {
        tags,
        summary: 'An institution’s children over time and its reorganisation plan',
        params: idParams,
      },
    },
    async (request) => {
      const institution = await institutionFor(db, request, request.params.id, 'read');
      const [counts, milestones, departures] = await Promise.all([
        countsOf(db, institution.id),
        milestonesOf(db, institution.id),
        departuresOf(db, institution.id),
      ]);
      const [listed] = (await listInstitutions(db)).filter((i) => i.id === institution.id);
      return {
        institution: listed,
        counts,
        milestones,
        departures,
        abilities: abilities(institutionPolicy, authOf(request).actor, institution),
      };
    },
  );

  api.post(
    '/api/childcare/institutions/:id/counts',
    {
      schema: {
        tags,
        summary: 'Count the children on a day, by group',
        params: idParams,
        body: institutionCountSchema,
      },
    },
    async (request, reply) => {
      const institution = await institutionFor(db, request, request.params.id, 'update');
      return reply
        .status(201)
        .send(await recordInstitutionCount(db, auditContext(request), institution, request.body));
    },
  );

  api.post(
    '/api/childcare/institutions/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add a milestone to the reorganisation plan',
        params: idParams,
        body: milestoneSchema,
      },
    },
    async (request, reply) => {
      const institution = await institutionFor(db, request, request.params.id, 'update');
      return reply.status(201).send(await addMilestone(db, auditContext(request), institution, request.body));
    },
  );

  api.patch(
    '/api/childcare/milestones/:id',
    { schema: { tags, summary: 'Mark a milestone reached', params: idParams, body: milestoneDoneSchema } },
    async (request) => {
      const milestone = await findMilestone(db, request.params.id);
      if (!milestone) throw notFound();
      const institution = await institutionFor(db, request, milestone.institutionId, 'update');
      return markMilestoneDone(db, auditContext(request), institution, milestone, request.body);
    },
  );
}
