import ExcelJS from 'exceljs';
import { translate } from '../i18n/translate';
import type { DonorReport } from './donor-report';

/** The donor report as a workbook: the logframe on one sheet, the disaggregations on another. */
export async function donorReportXlsx(report: DonorReport): Promise<Buffer> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(report.language, key, params);
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${report.title}: ${report.programmeTitle}`;
  const logframe = workbook.addWorksheet(t('report.sheet.logframe'));
  logframe.addRow([report.programmeTitle]).font = { bold: true, size: 14 };
  logframe.addRow([report.period]);
  logframe.addRow([]);
  const header = logframe.addRow([
    t('report.column.level'),
    t('report.column.code'),
    t('report.column.indicator'),
    t('report.column.unit'),
    t('report.column.baseline'),
    ...report.periods.flatMap((p) => [
      t('report.column.target', { period: p.label }),
      t('report.column.actual', { period: p.label }),
    ]),
  ]);
  header.font = { bold: true };
  for (const row of report.rows) {
    const added = logframe.addRow([
      t(`report.level.${row.level}`),
      row.code,
      row.title,
      row.unit,
      row.baseline,
      ...row.targets.flatMap((target, i) => [target, row.actuals[i] ?? '']),
    ]);
    if (!row.indicator) added.font = { bold: true };
  }
  logframe.addRow([]);
  logframe.addRow([report.note]);
  logframe.addRow([report.generated]);
  logframe.columns.forEach((column, i) => {
    column.width = i === 2 ? 60 : i < 2 ? 14 : 16;
  });

  const split = workbook.addWorksheet(t('report.sheet.disaggregations'));
  split.addRow([
    t('report.column.code'),
    t('report.column.indicator'),
    t('report.column.disaggregation'),
    t('report.column.group'),
    ...report.periods.map((p) => t('report.column.actual', { period: p.label })),
  ]).font = { bold: true };
  for (const table of report.disaggregations)
    for (const group of table.groups)
      split.addRow([table.code, table.title, table.by, group.label, ...group.actuals]);
  split.addRow([]);
  split.addRow([report.note]);
  split.columns.forEach((column, i) => {
    column.width = i === 1 ? 50 : 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
