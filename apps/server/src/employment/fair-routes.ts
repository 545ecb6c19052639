import type { Database } from '@birge/db';
import { fairRegistrationSchema, interviewOutcomeSchema, scheduleInterviewSchema } from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityFor, type LoadedActivity } from '../activities/load-activity';
import { invalidField, notFound } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { personFor } from '../persons/load-person';
import { findEmployer } from './employment-queries';
import { recordInterviewOutcome, registerForFair, scheduleInterview } from './fair-actions';
import { fairView, findInterview } from './fair-queries';

const idParams = z.object({ id: z.uuid() });
const tags = ['employment'];

/** Registrations hang off an activity only when it is a job fair. */
function assertFair(activity: LoadedActivity) {
  if (activity.type !== 'job_fair') throw notFound();
  return activity;
}

export function fairRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const fairFor = async (
    actor: Parameters<typeof activityFor>[1],
    id: string,
    action: 'read' | 'recordAttendance',
  ) => assertFair(await activityFor(db, actor, id, action));

  api.get(
    '/api/activities/:id/fair',
    { schema: { tags, summary: 'A job fair’s registrations and interviews', params: idParams } },
    async (request) => {
      const { actor } = authOf(request);
      const fair = await fairFor(actor, request.params.id, 'read');
      return fairView(db, actor, fair.id);
    },
  );

  api.post(
    '/api/activities/:id/fair/registrations',
    {
      schema: {
        tags,
        summary: 'Register a job seeker or an employer for the fair',
        params: idParams,
        body: fairRegistrationSchema,
      },
    },
    async (request, reply) => {
      const fair = await fairFor(authOf(request).actor, request.params.id, 'recordAttendance');
      if (request.body.role === 'job_seeker') await personFor(db, request, request.body.personId, 'read');
      else if (!(await findEmployer(db, request.body.employerId)))
        throw invalidField('employerId', 'field.choice');
      return reply.status(201).send(await registerForFair(db, auditContext(request), fair, request.body));
    },
  );

  api.post(
    '/api/activities/:id/fair/interviews',
    {
      schema: {
        tags,
        summary: 'Schedule an interview between a registered job seeker and employer',
        params: idParams,
        body: scheduleInterviewSchema,
      },
    },
    async (request, reply) => {
      const fair = await fairFor(authOf(request).actor, request.params.id, 'recordAttendance');
      return reply.status(201).send(await scheduleInterview(db, auditContext(request), fair, request.body));
    },
  );

  api.patch(
    '/api/fair-interviews/:id',
    {
      schema: {
        tags,
        summary: 'Record how an interview went',
        params: idParams,
        body: interviewOutcomeSchema,
      },
    },
    async (request) => {
      const interview = await findInterview(db, request.params.id);
      if (!interview) throw notFound();
      const fair = await fairFor(authOf(request).actor, interview.activityId, 'recordAttendance');
      return recordInterviewOutcome(db, auditContext(request), fair, interview, request.body);
    },
  );
}
