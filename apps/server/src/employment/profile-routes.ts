import type { Database } from '@birge/db';
import {
  abilities,
  employerDetailsSchema,
  employerListSchema,
  employerPolicy,
  jobProfilePolicy,
  jobProfileSchema,
  jobSeekerListSchema,
  mayHandKeepingTo,
  quotaFor,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, invalidField, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { findOrganisation } from '../organisations/organisation-queries';
import { personFor } from '../persons/load-person';
import { assertRegionExists } from '../regions/region-queries';
import {
  employerSubject,
  findEmployer,
  findProfileOf,
  listEmployers,
  listJobSeekers,
} from './employment-queries';
import { saveEmployerDetails, saveJobProfile } from './profile-actions';

const idParams = z.object({ id: z.uuid() });
const tags = ['employment'];

type EmployerListRow = NonNullable<Awaited<ReturnType<typeof findEmployer>>>;
/** An employer as the directory shows it, with the quota its size and country bring. */
const presentEmployer = (row: EmployerListRow) => ({
  ...row,
  quota: row.details
    ? quotaFor(row.country, row.details.headcount, row.details.employeesWithDisabilities)
    : { applies: false as const },
});

export function profileRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/job-seekers',
    {
      schema: {
        tags,
        summary: 'Job seekers among the persons I work with',
        querystring: jobSeekerListSchema,
      },
    },
    async (request) => listJobSeekers(db, authOf(request).actor, request.query),
  );

  api.get(
    '/api/persons/:id/job-profile',
    { schema: { tags, summary: 'A person’s job-seeker profile, if they have one', params: idParams } },
    async (request) => {
      const { person, subject } = await personFor(db, request, request.params.id, 'read');
      return {
        profile: (await findProfileOf(db, person.id)) ?? null,
        functionalDifficulty: person.functionalDifficulty,
        abilities: abilities(jobProfilePolicy, authOf(request).actor, subject),
      };
    },
  );

  api.put(
    '/api/persons/:id/job-profile',
    {
      schema: {
        tags,
        summary: 'Write a person’s job-seeker profile and their consent to show it to employers',
        params: idParams,
        body: jobProfileSchema,
      },
    },
    async (request) => {
      const { person } = await personFor(db, request, request.params.id, 'update');
      for (const regionId of request.body.regionIds) await assertRegionExists(db, regionId);
      const existing = await findProfileOf(db, person.id);
      return saveJobProfile(db, auditContext(request), person, existing, request.body);
    },
  );

  api.get(
    '/api/employers',
    {
      schema: {
        tags,
        summary: 'Employers by name, with their size, quota and premises, a page at a time',
        querystring: employerListSchema,
      },
    },
    async (request) => {
      const found = await listEmployers(db, request.query);
      return { items: found.items.map(presentEmployer), nextCursor: found.nextCursor };
    },
  );

  api.get(
    '/api/employers/:id',
    { schema: { tags, summary: 'One employer', params: idParams } },
    async (request) => {
      const row = await findEmployer(db, request.params.id);
      if (!row) throw notFound();
      return {
        employer: presentEmployer(row),
        abilities: abilities(employerPolicy, authOf(request).actor, employerSubject(row)),
      };
    },
  );

  api.put(
    '/api/employers/:id',
    {
      schema: {
        tags,
        summary: 'Record an employer’s size, quota figures, contacts and premises',
        params: idParams,
        body: employerDetailsSchema,
      },
    },
    async (request) => {
      const row = await findEmployer(db, request.params.id);
      if (!row) throw notFound();
      const { actor } = authOf(request);
      const { keeperOrganisationId } = request.body;
      // Whoever keeps the details now must be the actor's to answer for, and a keeping that changes hands goes
      // only to an organisation the actor belongs to: the first to record an employer's details keeps them.
      const current = row.details?.keeperOrganisationId;
      if (current && !employerPolicy.update(actor, { employerId: row.id, keeperOrganisationId: current }))
        throw forbidden();
      if (!(await findOrganisation(db, keeperOrganisationId)))
        throw invalidField('keeperOrganisationId', 'field.choice');
      if (keeperOrganisationId !== current && !mayHandKeepingTo(actor, row.id, keeperOrganisationId))
        throw forbidden();
      return saveEmployerDetails(db, auditContext(request), row.id, row.details, request.body);
    },
  );
}
