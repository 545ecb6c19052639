import type { Database } from '@birge/db';
import { languages, periodKinds } from '@birge/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authOf } from '../http/request-context';
import { programmeFor } from '../programmes/load-programme';
import { donorReport } from './donor-report';
import { donorReportPdf } from './donor-report-pdf';
import { donorReportXlsx } from './donor-report-xlsx';
import { iatiActivityXml } from './iati-activity';

const idParams = z.object({ id: z.uuid() });
const reportQuery = z.object({
  language: z.enum(languages).optional(),
  period: z.enum(periodKinds).default('year'),
});
const tags = ['reports'];

export function reportRoutes(app: FastifyInstance, db: Database) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/programmes/:id/report.xlsx',
    {
      schema: { tags, summary: 'The donor report as a workbook', params: idParams, querystring: reportQuery },
    },
    async (request, reply) => {
      const { actor } = authOf(request);
      const programme = await programmeFor(db, actor, request.params.id, 'report');
      const language = request.query.language ?? request.language;
      const report = await donorReport(db, actor, programme, language, request.query.period);
      return reply
        .header('content-disposition', `attachment; filename="report-${programme.id}.xlsx"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await donorReportXlsx(report));
    },
  );

  api.get(
    '/api/programmes/:id/report.pdf',
    { schema: { tags, summary: 'The donor report as PDF', params: idParams, querystring: reportQuery } },
    async (request, reply) => {
      const { actor } = authOf(request);
      const programme = await programmeFor(db, actor, request.params.id, 'report');
      const language = request.query.language ?? request.language;
      const report = await donorReport(db, actor, programme, language, request.query.period);
      return reply
        .header('content-disposition', `attachment; filename="report-${programme.id}.pdf"`)
        .type('application/pdf')
        .send(await donorReportPdf(report));
    },
  );

  api.get(
    '/api/programmes/:id/iati.xml',
    { schema: { tags, summary: 'The programme as an IATI 2.03 activity', params: idParams } },
    async (request, reply) => {
      const { actor } = authOf(request);
      const programme = await programmeFor(db, actor, request.params.id, 'report');
      return reply
        .header('content-disposition', `attachment; filename="iati-${programme.id}.xml"`)
        .type('application/xml; charset=utf-8')
        .send(await iatiActivityXml(db, actor, programme));
    },
  );
}
