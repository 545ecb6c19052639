import type { Database } from '@birge/db';
import { definitionWithin, indicatorDefinitionSchema, indicatorPreviewScope } from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, invalidField } from '../http/app-error';
import { authOf } from '../http/request-context';
import { assertDefinitionFits } from './definition-check';
import { indicatorValues } from './indicator-values';
import { indicatorSources } from './sources';

const tags = ['indicators'];

export function indicatorRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/indicator-sources',
    {
      schema: { tags, summary: 'What an indicator may count: each source with its fields and their values' },
    },
    async (request) => {
      authOf(request);
      return {
        items: indicatorSources.map((source) => ({
          key: source.key,
          amountUnit: source.amountUnit ?? null,
          amountUnitFrom: source.amountUnitFrom ?? null,
          withoutPersons: source.withoutPersons ?? false,
          attributes: source.attributes,
          restricted: source.restricted !== undefined,
        })),
      };
    },
  );

  api.post(
    '/api/indicators/preview',
    {
      schema: {
        tags,
        summary: 'The value of a definition over dates, counted within my organisations, while it is written',
        body: z.object({ definition: indicatorDefinitionSchema, from: z.iso.date(), to: z.iso.date() }),
      },
    },
    async (request) => {
      const { actor } = authOf(request);
      const { definition, from, to } = request.body;
      const scope = indicatorPreviewScope(actor);
      if (scope !== null && scope.length === 0) throw forbidden();
      if (to <= from) throw invalidField('to', 'indicators.to_before_from');
      await assertDefinitionFits(db, definition);
      const [cell] = await indicatorValues(db, actor, {
        definition: scope === null ? definition : definitionWithin(definition, scope),
        periods: [{ start: from, end: to }],
      });
      return { value: cell?.value ?? null };
    },
  );
}
