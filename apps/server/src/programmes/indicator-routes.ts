import type { Database } from '@birge/db';
import {
  createManualValueSchema,
  disaggregations,
  periodKinds,
  programmePeriods,
  shownDisaggregations,
  updateManualValueSchema,
} from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../http/app-error';
import { auditContext, authOf } from '../http/request-context';
import { programmeDashboard, valuesOf } from './dashboard';
import { indicatorFor, manualValueFor, programmeFor } from './load-programme';
import { addManualValue, removeManualValue, updateManualValue } from './manual-value-actions';
import { recordsBehind, suppressionFor } from './records-behind';

const idParams = z.object({ id: z.uuid() });
const periodQuery = z.object({ period: z.enum(periodKinds).default('year') });
const tags = ['programmes'];

/** An indicator's values: entered by hand, per period on the dashboard, by group, and the records behind them. */
export function indicatorValueRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/indicators/:id/manual-values',
    {
      schema: {
        tags,
        summary: 'Enter a value of an indicator no source computes',
        params: idParams,
        body: createManualValueSchema,
      },
    },
    async (request, reply) => {
      const { actor } = authOf(request);
      const { indicator, programme } = await indicatorFor(db, actor, request.params.id, 'update');
      return reply
        .status(201)
        .send(await addManualValue(db, auditContext(request), programme, indicator, request.body));
    },
  );

  api.patch(
    '/api/manual-values/:id',
    {
      schema: {
        tags,
        summary: 'Correct a value entered by hand',
        params: idParams,
        body: updateManualValueSchema,
      },
    },
    async (request) => {
      const { value, programme } = await manualValueFor(
        db,
        authOf(request).actor,
        request.params.id,
        'update',
      );
      return updateManualValue(db, auditContext(request), programme, value, request.body);
    },
  );

  api.delete(
    '/api/manual-values/:id',
    { schema: { tags, summary: 'Remove a value entered by hand', params: idParams } },
    async (request, reply) => {
      const { value, programme } = await manualValueFor(
        db,
        authOf(request).actor,
        request.params.id,
        'update',
      );
      await removeManualValue(db, auditContext(request), programme, value);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/programmes/:id/dashboard',
    {
      schema: {
        tags,
        summary: 'Actual against target, per period',
        params: idParams,
        querystring: periodQuery,
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      const programme = await programmeFor(db, actor, request.params.id, 'read');
      return programmeDashboard(db, actor, programme, request.query.period);
    },
  );

  api.get(
    '/api/indicators/:id/values',
    {
      schema: {
        tags,
        summary: 'An indicator per period, by region or one of the disaggregations it asks for',
        params: idParams,
        querystring: periodQuery.extend({ disaggregateBy: z.enum(disaggregations).optional() }),
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      const { indicator, programme } = await indicatorFor(db, actor, request.params.id, 'read');
      const by = request.query.disaggregateBy;
      if (by && !shownDisaggregations(indicator.disaggregations).includes(by))
        throw invalidField('disaggregateBy', 'programmes.disaggregationNotShown');
      const periods = programmePeriods(programme.startDate, programme.endDate, request.query.period);
      const rows = await valuesOf(db, actor, programme, indicator, periods, {
        disaggregateBy: by,
        suppressBelow: suppressionFor(actor, programme),
      });
      return { periods, rows };
    },
  );

  api.get(
    '/api/indicators/:id/records',
    {
      schema: {
        tags,
        summary: 'The records behind a value of one of the programme’s periods',
        params: idParams,
        querystring: z.object({
          periodStart: z.iso.date(),
          periodEnd: z.iso.date(),
          disaggregateBy: z.enum(disaggregations).optional(),
          group: z.string().max(100).optional(),
          cursor: z.string().max(500).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      const { indicator, programme } = await indicatorFor(db, actor, request.params.id, 'read');
      return recordsBehind(db, actor, programme, indicator, request.query);
    },
  );
}
