import type { Database } from '@birge/db';
import {
  abilities,
  can,
  functioningAssessmentSchema,
  isChild,
  linkPersonSchema,
  mayExportPersons,
  mergePersonsSchema,
  personPolicy,
  recordConsentSchema,
  registerPersonSchema,
  sharedPartsFor,
  today,
  updatePersonSchema,
  withdrawConsentSchema,
  worksWithPersonsIn,
} from '@birge/domain';
import { and, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { forbidden, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { ownedBy, personsCsv, personsXlsx } from './export-persons';
import { findDuplicates } from './find-duplicates';
import { personFor, personSeenBy } from './load-person';
import { findPersonWithSubject } from './person-access';
import {
  linkPersons,
  mergePersons,
  recordConsent,
  registerPerson,
  updatePerson,
  withdrawConsent,
} from './person-actions';
import { personListQuerySchema } from './person-list-query';
import { listPersons, personFilterCondition, personRecords } from './person-queries';
import { presentPerson, presentSharedPerson } from './present-person';
import { recordAssessment } from './record-assessment';

const idParams = z.object({ id: z.uuid() });
const tags = ['persons'];

export function personRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Find persons by name in any script, phone or id; filter',
        querystring: personListQuerySchema,
      },
    },
    async (request) => {
      const page = await listPersons(db, authOf(request).actor, request.query);
      return { items: page.items.map(presentPerson), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/api/persons/export',
    {
      schema: {
        tags,
        summary: 'Export the filtered list as CSV or XLSX (coordinators and administrators)',
        querystring: personListQuerySchema
          .omit({ cursor: true, limit: true })
          .extend({ format: z.enum(['csv', 'xlsx']) }),
      },
    },
    async (request, reply) => {
      const { actor } = authOf(request);
      const allowed = actor.memberships
        .map((m) => m.organisationId)
        .filter((id) => mayExportPersons(actor, id));
      if (allowed.length === 0) throw forbidden();
      const { format, ...filter } = request.query;
      const where = and(personFilterCondition(db, actor, filter).where, ownedBy(allowed)) as SQL;
      await db.transaction((tx) =>
        recordAudit(tx, auditContext(request), {
          action: 'person.export',
          recordType: 'person',
          recordId: 'list',
          organisationId: allowed[0] ?? null,
          after: { format, filter },
        }),
      );
      const name = `birge-persons-${new Date().toISOString().slice(0, 10)}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(personsCsv(db, where, request.language));
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(personsXlsx(db, where, request.language));
    },
  );

  api.post(
    '/api/persons/duplicates',
    {
      schema: {
        tags,
        summary: 'Persons who may be the one about to be registered, with the reasons',
        body: registerPersonSchema.pick({
          familyName: true,
          givenName: true,
          patronymic: true,
          birthDate: true,
          birthYear: true,
          phones: true,
        }),
      },
    },
    async (request) => {
      const candidates = await findDuplicates(db, authOf(request).actor, request.body);
      return { items: candidates.map((c) => ({ person: presentPerson(c.person), reasons: c.reasons })) };
    },
  );

  api.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Register a person (refused with the candidates when a duplicate is likely)',
        body: registerPersonSchema,
      },
    },
    async (request, reply) => {
      const { actor } = authOf(request);
      const subject = {
        ownerOrganisationId: request.body.ownerOrganisationId,
        child: isChild(request.body, today()),
        sharedWith: [],
      };
      if (!can(personPolicy, actor, 'update', subject)) throw forbidden();
      const person = await registerPerson(db, auditContext(request), actor, request.body);
      return reply.status(201).send(presentPerson(person));
    },
  );

  api.get(
    '/api/persons/:id',
    { schema: { tags, summary: 'A person with everything held about them', params: idParams } },
    async (request) => {
      const { actor } = authOf(request);
      const found = await findPersonWithSubject(db, request.params.id);
      if (!found || found.person.mergedIntoId) throw notFound();
      const { person, subject } = found;
      if (can(personPolicy, actor, 'read', subject)) {
        return {
          access: 'full',
          person: presentPerson(person),
          ...(await personRecords(db, actor, person.id)),
          abilities: abilities(personPolicy, actor, subject),
        };
      }
      const parts = sharedPartsFor(actor, subject);
      if (parts.length === 0) throw notFound();
      const readerOrganisation = subject.sharedWith.find((s) =>
        worksWithPersonsIn(actor, s.organisationId, subject.child),
      );
      await db.transaction((tx) =>
        recordAudit(tx, auditContext(request), {
          action: 'person.readShared',
          recordType: 'person',
          recordId: person.id,
          organisationId: readerOrganisation?.organisationId ?? null,
          after: { parts },
        }),
      );
      return {
        access: 'shared',
        sharedParts: parts,
        person: presentSharedPerson(person, parts),
        abilities: abilities(personPolicy, actor, subject),
      };
    },
  );

  api.patch(
    '/api/persons/:id',
    { schema: { tags, summary: 'Change a person’s record', params: idParams, body: updatePersonSchema } },
    async (request) => {
      const { person } = await personFor(db, request, request.params.id, 'update');
      return presentPerson(await updatePerson(db, auditContext(request), person, request.body));
    },
  );

  api.post(
    '/api/persons/:id/links',
    {
      schema: {
        tags,
        summary: 'Link a parent, guardian, sibling, spouse or carer',
        params: idParams,
        body: linkPersonSchema,
      },
    },
    async (request, reply) => {
      const { person } = await personFor(db, request, request.params.id, 'update');
      const { person: related } = await personSeenBy(db, request, request.body.relatedPersonId);
      return reply
        .status(201)
        .send(await linkPersons(db, auditContext(request), person, related, request.body));
    },
  );

  api.post(
    '/api/persons/:id/consents',
    { schema: { tags, summary: 'Record a consent', params: idParams, body: recordConsentSchema } },
    async (request, reply) => {
      const { person } = await personFor(db, request, request.params.id, 'update');
      return reply.status(201).send(await recordConsent(db, auditContext(request), person, request.body));
    },
  );

  api.post(
    '/api/persons/:id/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent',
        params: z.object({ id: z.uuid(), consentId: z.uuid() }),
        body: withdrawConsentSchema,
      },
    },
    async (request) => {
      const { person } = await personFor(db, request, request.params.id, 'update');
      return withdrawConsent(db, auditContext(request), person, request.params.consentId, request.body);
    },
  );

  api.post(
    '/api/persons/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Record a Washington Group or Child Functioning assessment',
        params: idParams,
        body: functioningAssessmentSchema.and(z.object({ assessedOn: z.iso.date() })),
      },
    },
    async (request, reply) => {
      const { person } = await personFor(db, request, request.params.id, 'update');
      return reply.status(201).send(await recordAssessment(db, auditContext(request), person, request.body));
    },
  );

  api.post(
    '/api/persons/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a duplicate into this record, keeping all history',
        params: idParams,
        body: mergePersonsSchema,
      },
    },
    async (request) => {
      const { person } = await personFor(db, request, request.params.id, 'merge');
      const { person: duplicate } = await personFor(db, request, request.body.duplicateId, 'merge');
      return presentPerson(
        await mergePersons(db, auditContext(request), person, duplicate, request.body.version),
      );
    },
  );
}
