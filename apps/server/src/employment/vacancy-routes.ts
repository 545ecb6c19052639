import type { Database } from '@birge/db';
import {
  abilities,
  consentInForce,
  createVacancySchema,
  mayPublishVacancy,
  proposalStatusSchema,
  proposeCandidateSchema,
  supportsJobSeekers,
  updateVacancySchema,
  vacancyListSchema,
  vacancyPolicy,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, invalidField, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personFor } from '../persons/load-person';
import { assertRegionExists } from '../regions/region-queries';
import { proposalsShownTo, rankedCandidates, scoreFor } from './candidates';
import { findProfileOf, findProposal, listEmployers, listVacancies } from './employment-queries';
import { vacancyFor } from './load-employment';
import { answerProposal, createVacancy, proposeCandidate, updateVacancy } from './vacancy-actions';

const idParams = z.object({ id: z.uuid() });
const tags = ['employment'];

export function vacancyRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/vacancies',
    {
      schema: {
        tags,
        summary: 'Vacancies: my employer’s own, or every employer’s to match',
        querystring: vacancyListSchema,
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      return { items: await listVacancies(db, actor, supportsJobSeekers(actor), request.query) };
    },
  );

  api.post(
    '/api/vacancies',
    { schema: { tags, summary: 'Publish a vacancy of an employer', body: createVacancySchema } },
    async (request, reply) => {
      const { employerId, publisherOrganisationId, regionId } = request.body;
      if (!mayPublishVacancy(authOf(request).actor, employerId, publisherOrganisationId)) throw forbidden();
      if ((await listEmployers(db, employerId)).length === 0)
        throw invalidField('employerId', 'field.choice');
      await assertRegionExists(db, regionId);
      return reply.status(201).send(await createVacancy(db, auditContext(request), request.body));
    },
  );

  api.get(
    '/api/vacancies/:id',
    { schema: { tags, summary: 'A vacancy with the candidates proposed for it', params: idParams } },
    async (request) => {
      const { actor } = authOf(request);
      const vacancy = await vacancyFor(db, actor, request.params.id, 'read');
      return {
        vacancy,
        proposals: await proposalsShownTo(db, actor, vacancy),
        abilities: abilities(vacancyPolicy, actor, vacancy),
      };
    },
  );

  api.patch(
    '/api/vacancies/:id',
    {
      schema: {
        tags,
        summary: 'Change a vacancy or its status',
        params: idParams,
        body: updateVacancySchema,
      },
    },
    async (request) => {
      const vacancy = await vacancyFor(db, authOf(request).actor, request.params.id, 'update');
      await assertRegionExists(db, request.body.regionId);
      return updateVacancy(db, auditContext(request), vacancy, request.body);
    },
  );

  api.get(
    '/api/vacancies/:id/candidates',
    {
      schema: { tags, summary: 'Job seekers ranked for the vacancy, each score explained', params: idParams },
    },
    async (request) => {
      const { actor } = authOf(request);
      const vacancy = await vacancyFor(db, actor, request.params.id, 'seeCandidates');
      return { items: await rankedCandidates(db, actor, vacancy) };
    },
  );

  api.post(
    '/api/vacancies/:id/proposals',
    {
      schema: {
        tags,
        summary: 'Propose a consented job seeker to the employer',
        params: idParams,
        body: proposeCandidateSchema,
      },
    },
    async (request, reply) => {
      const { actor } = authOf(request);
      const vacancy = await vacancyFor(db, actor, request.params.id, 'propose');
      const { person } = await personFor(db, request, request.body.personId, 'update');
      const profile = await findProfileOf(db, person.id);
      if (!profile) throw invalidField('personId', 'employment.noProfile');
      const row = await proposeCandidate(
        db,
        auditContext(request),
        vacancy,
        { id: profile.id, consented: consentInForce(profile) },
        {
          organisationId: person.ownerOrganisationId,
          score: await scoreFor(db, vacancy, profile),
          note: request.body.note,
        },
      );
      return reply.status(201).send(row);
    },
  );

  api.patch(
    '/api/vacancy-proposals/:id',
    {
      schema: {
        tags,
        summary: 'The employer invites, declines or hires a proposed candidate',
        params: idParams,
        body: proposalStatusSchema,
      },
    },
    async (request) => {
      const proposal = await findProposal(db, request.params.id);
      if (!proposal) throw notFound();
      const vacancy = await vacancyFor(db, authOf(request).actor, proposal.vacancyId, 'answerProposal');
      return answerProposal(db, auditContext(request), proposal, vacancy, request.body);
    },
  );
}
