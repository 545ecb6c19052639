import { caseGoals, caseNotes, caseServices, caseTasks, type Database } from '@birge/db';
import {
  abilities,
  addCaseNoteSchema,
  addGoalSchema,
  addTaskSchema,
  assignCaseSchema,
  type CaseState,
  casePolicy,
  caseTransitionSchema,
  completeTaskSchema,
  isChildProtectionCase,
  mayBeAssigned,
  mayOpenCase,
  nextStates,
  openCaseSchema,
  protectedAsChild,
  recordNeedsSchema,
  recordServiceSchema,
  today,
  updateGoalSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseSummaryDocument } from '../documents/case-summary';
import { renderPdf } from '../documents/render-pdf';
import { forbidden, invalidField } from '../http/app-error';
import { listQuerySchema } from '../http/pagination';
import { auditContext, authOf } from '../http/request-context';
import { findOrganisation } from '../organisations/organisation-queries';
import { personSeenBy } from '../persons/load-person';
import {
  appendToCase,
  approveCase,
  assignCase,
  changeCaseState,
  openCase,
  recordNeeds,
  updateCaseEntry,
} from './case-actions';
import { caseFile, caseload, listCases, rolesOfColleague } from './case-queries';
import { caseFor } from './load-case';

const idParams = z.object({ id: z.uuid() });
const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
const version = z.object({ version: z.number().int().positive() });
const tags = ['cases'];

export function caseRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Cases of my organisations',
        querystring: listQuerySchema.omit({ updatedSince: true }).extend({
          state: z.string().max(40).optional(),
          kind: z.string().max(50).optional(),
          workerId: z.uuid().optional(),
          personId: z.uuid().optional(),
        }),
      },
    },
    async (request) => listCases(db, authOf(request).actor, request.query),
  );

  api.get('/api/caseload', { schema: { tags, summary: 'My open cases and tasks due' } }, async (request) => {
    const { actor, user } = authOf(request);
    return caseload(db, actor, user.id);
  });

  api.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Open a case for a person',
        body: openCaseSchema.extend({ organisationId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { person, subject } = await personSeenBy(db, request, request.body.personId);
      const { organisationId, ...input } = request.body;
      const personReachesOrganisation =
        subject.ownerOrganisationId === organisationId ||
        subject.sharedWith.some((s) => s.organisationId === organisationId);
      if (
        !personReachesOrganisation ||
        !mayOpenCase(authOf(request).actor, organisationId, protectedAsChild(person, today()), input.kind)
      ) {
        throw forbidden();
      }
      const child = protectedAsChild(person, today()) || isChildProtectionCase(input.kind);
      await checkAssignees(db, { organisationId, child }, input);
      return reply.status(201).send(await openCase(db, auditContext(request), organisationId, input));
    },
  );

  api.get(
    '/api/cases/:id',
    { schema: { tags, summary: 'A case file', params: idParams } },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'read');
      const context = {
        planApproved: found.case.planApprovedAt !== null,
        closureApproved: found.case.closureApprovedAt !== null,
      };
      return {
        case: found.case,
        person: {
          id: found.person.id,
          familyName: found.person.familyName,
          givenName: found.person.givenName,
          patronymic: found.person.patronymic,
          sex: found.person.sex,
          birthDate: found.person.birthDate,
          birthYear: found.person.birthYear,
        },
        ...(await caseFile(db, found.case.id)),
        nextStates: nextStates(found.case.state as CaseState, context),
        protectedAsChild: found.subject.child,
        abilities: abilities(casePolicy, authOf(request).actor, found.subject),
      };
    },
  );

  api.get(
    '/api/cases/:id/summary.pdf',
    { schema: { tags, summary: 'The case summary as PDF, in my language', params: idParams } },
    async (request, reply) => {
      const found = await caseFor(db, request, request.params.id, 'read');
      const [file, organisation] = await Promise.all([
        caseFile(db, found.case.id),
        findOrganisation(db, found.case.organisationId),
      ]);
      const pdf = await renderPdf(
        caseSummaryDocument(request.language, {
          ...file,
          case: found.case,
          person: found.person,
          organisationName: organisation?.name ?? '',
          printedBy: authOf(request).user.name,
        }),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="case-${found.case.id.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );

  api.post(
    '/api/cases/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move a case to its next stage',
        params: idParams,
        body: caseTransitionSchema,
      },
    },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'work');
      return changeCaseState(db, auditContext(request), found.case, request.body);
    },
  );

  api.post(
    '/api/cases/:id/approvals',
    {
      schema: {
        tags,
        summary: 'Approve the plan or the closure (a supervisor)',
        params: idParams,
        body: version.extend({ what: z.enum(['plan', 'closure']) }),
      },
    },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'approve');
      return approveCase(db, auditContext(request), found.case, request.body.what, request.body.version);
    },
  );

  api.patch(
    '/api/cases/:id/assignment',
    {
      schema: {
        tags,
        summary: 'Assign or transfer a case to a worker',
        params: idParams,
        body: assignCaseSchema,
      },
    },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'assign');
      await checkAssignees(db, found.subject, request.body, found.case);
      return assignCase(db, auditContext(request), found.case, request.body);
    },
  );

  api.put(
    '/api/cases/:id/needs',
    {
      schema: { tags, summary: 'Record the assessment of needs', params: idParams, body: recordNeedsSchema },
    },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'work');
      return { items: await recordNeeds(db, auditContext(request), found.case, request.body.needs) };
    },
  );

  const entries = [
    {
      path: 'goals',
      schema: addGoalSchema,
      table: caseGoals,
      action: 'case.addGoal',
      summary: 'Add a goal to the plan',
    },
    {
      path: 'tasks',
      schema: addTaskSchema,
      table: caseTasks,
      action: 'case.addTask',
      summary: 'Add an action or task',
    },
    {
      path: 'services',
      schema: recordServiceSchema,
      table: caseServices,
      action: 'case.recordService',
      summary: 'Record a service delivered',
    },
    {
      path: 'notes',
      schema: addCaseNoteSchema,
      table: caseNotes,
      action: 'case.addNote',
      summary: 'Record a follow-up, visit, call or note',
    },
  ] as const;
  for (const entry of entries) {
    api.post(
      `/api/cases/:id/${entry.path}`,
      { schema: { tags, summary: entry.summary, params: idParams, body: entry.schema } },
      async (request, reply) => {
        const found = await caseFor(db, request, request.params.id, 'work');
        const author = entry.path === 'notes' ? { authorId: auditContext(request).actorId } : {};
        const recorder = entry.path === 'services' ? { recordedBy: auditContext(request).actorId } : {};
        const values = { ...request.body, ...author, ...recorder, caseId: found.case.id };
        const created = await appendToCase(
          db,
          auditContext(request),
          found.case,
          entry.table,
          values as never,
          entry.action,
        );
        return reply.status(201).send(created);
      },
    );
  }

  api.patch(
    '/api/cases/:id/goals/:entryId',
    {
      schema: {
        tags,
        summary: 'Mark a goal achieved or dropped',
        params: entryParams,
        body: updateGoalSchema,
      },
    },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'work');
      const { version: v, ...changes } = request.body;
      return updateCaseEntry(
        db,
        auditContext(request),
        found.case,
        { table: caseGoals, id: request.params.entryId, version: v, changes },
        'case.updateGoal',
      );
    },
  );

  api.patch(
    '/api/cases/:id/tasks/:entryId',
    { schema: { tags, summary: 'Mark a task done', params: entryParams, body: completeTaskSchema } },
    async (request) => {
      const found = await caseFor(db, request, request.params.id, 'work');
      const { version: v, ...changes } = request.body;
      return updateCaseEntry(
        db,
        auditContext(request),
        found.case,
        { table: caseTasks, id: request.params.entryId, version: v, changes },
        'case.completeTask',
      );
    },
  );
}

/**
 * The worker and supervisor named on a case must be colleagues who may open it; one already on the case stays
 * (their roles may have changed since, and taking them off is the supervisor's call).
 */
async function checkAssignees(
  db: Database,
  subject: { organisationId: string; child: boolean },
  named: { workerId?: string | null | undefined; supervisorId?: string | null | undefined },
  current: { workerId: string | null; supervisorId: string | null } = { workerId: null, supervisorId: null },
) {
  for (const field of ['workerId', 'supervisorId'] as const) {
    const userId = named[field];
    if (!userId || userId === current[field]) continue;
    const roles = await rolesOfColleague(db, userId, subject.organisationId);
    if (!mayBeAssigned(roles, subject)) throw invalidField(field, 'cases.cannotBeAssigned');
  }
}
