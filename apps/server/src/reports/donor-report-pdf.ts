import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../documents/render-pdf';
import { translate } from '../i18n/translate';
import type { DonorReport } from './donor-report';

/** The donor report as a landscape PDF: the logframe table, then one table per required disaggregation. */
export function donorReportPdf(report: DonorReport): Promise<Buffer> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(report.language, key, params);
  const head = (text: string): TableCell => ({ text, style: 'label', fontSize: 8 });
  const small = (text: string, bold = false): TableCell => ({ text, fontSize: 8, bold });
  const logframe: Content = {
    table: {
      headerRows: 1,
      widths: [50, 30, '*', 40, 45, ...report.periods.flatMap(() => [32, 32])],
      body: [
        [
          head(t('report.column.level')),
          head(t('report.column.code')),
          head(t('report.column.indicator')),
          head(t('report.column.unit')),
          head(t('report.column.baseline')),
          ...report.periods.flatMap((p) => [
            head(t('report.column.target', { period: p.label })),
            head(t('report.column.actual', { period: p.label })),
          ]),
        ],
        ...report.rows.map((row) => [
          small(t(`report.level.${row.level}`), !row.indicator),
          small(row.code, !row.indicator),
          small(row.title, !row.indicator),
          small(row.unit),
          small(row.baseline),
          ...row.targets.flatMap((target, i) => [small(target), small(row.actuals[i] ?? '')]),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
  const disaggregations: Content[] = report.disaggregations.map((table) => ({
    stack: [
      { text: `${table.code} ${table.title} — ${table.by}`, style: 'heading', fontSize: 11 },
      {
        table: {
          headerRows: 1,
          widths: ['*', ...report.periods.map(() => 50)],
          body: [
            [head(t('report.column.group')), ...report.periods.map((p) => head(p.label))],
            ...table.groups.map((g) => [small(g.label), ...g.actuals.map((a) => small(a))]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
    unbreakable: true,
  }));
  return renderPdf({
    info: { title: `${report.title}: ${report.programmeTitle}` },
    language: report.language,
    pageOrientation: 'landscape',
    pageSize: 'A4',
    content: [
      { text: report.title, style: 'title' },
      { text: report.programmeTitle, style: 'heading' },
      { text: report.period, margin: [0, 0, 0, 8] },
      logframe,
      ...(disaggregations.length ? [{ text: t('report.sheet.disaggregations'), style: 'heading' }] : []),
      ...disaggregations,
      { text: report.note, style: 'small', margin: [0, 12, 0, 0] },
      { text: report.generated, style: 'small' },
    ],
  });
}
