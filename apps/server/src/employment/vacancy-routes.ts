import type { Database } from '@birge/db';
import {
  abilities,
  candidateListSchema,
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
import { presentProposal, proposalsShownTo, rankedCandidates, scoreOf } from './candidates';
import {
  employerSubject,
  findEmployer,
  findProfileOf,
  findProposal,
  listVacancies,
  proposalsOf,
} from './employment-queries';
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
      return listVacancies(db, actor, supportsJobSeekers(actor), request.query);
    },
  );

  api.post(
    '/api/vacancies',
    { schema: { tags, summary: 'Publish a vacancy of an employer', body: createVacancySchema } },
    async (request, reply) => {
      const { employerId, publisherOrganisationId, regionId } = request.body;
      const employer = await findEmployer(db, employerId);
      if (!employer) throw invalidField('employerId', 'field.choice');
      if (!mayPublishVacancy(authOf(request).actor, employerSubject(employer), publisherOrganisationId))
        throw forbidden();
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
      schema: {
        tags,
        summary: 'Job seekers ranked for the vacancy, best first, a page at a time, each score explained',
        params: idParams,
        querystring: candidateListSchema,
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      const vacancy = await vacancyFor(db, actor, request.params.id, 'seeCandidates');
      return rankedCandidates(db, actor, vacancy, request.query, request.language);
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
          score: await scoreOf(db, vacancy, profile),
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
      const { actor } = authOf(request);
      const proposal = await findProposal(db, request.params.id);
      if (!proposal) throw notFound();
      const vacancy = await vacancyFor(db, actor, proposal.vacancyId, 'answerProposal');
      await answerProposal(db, auditContext(request), proposal, vacancy, request.body);
      const [row] = await proposalsOf(db, { id: proposal.id });
      const shown = row && presentProposal(actor, vacancy, row);
      if (!shown) throw notFound();
      return shown;
    },
  );
}
