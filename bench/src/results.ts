import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Timing } from './measure';

export type ResultRow = {
  operation: string;
  birge?: Timing & { perSecond?: number };
  floor?: Timing & { perSecond?: number };
  throughput?: boolean;
  note?: string;
};

const resultsPath = fileURLToPath(new URL('../results.md', import.meta.url));
const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(0);

function line(row: ResultRow) {
  if (!row.birge || !row.floor) return `| ${row.operation} | — | — | — | ${row.note ?? ''} |`;
  if (row.throughput) {
    const ratio = (row.floor.perSecond ?? 0) / (row.birge.perSecond ?? 1);
    return `| ${row.operation} | ${ms(row.birge.perSecond)}/s (p50 ${ms(row.birge.p50)}, p95 ${ms(row.birge.p95)} ms) | ${ms(row.floor.perSecond)}/s (p50 ${ms(row.floor.p50)}, p95 ${ms(row.floor.p95)} ms) | ${ratio.toFixed(2)}× | ${row.note ?? 'throughput: floor ÷ Birge'} |`;
  }
  const ratio = row.birge.p95 / row.floor.p95;
  return `| ${row.operation} | ${ms(row.birge.p50)} / ${ms(row.birge.p95)} | ${ms(row.floor.p50)} / ${ms(row.floor.p95)} | ${ratio.toFixed(2)}× | ${row.note ?? ''} |`;
}

/** Writes this data size's table into bench/results.md, keeping the tables of other sizes. */
export function writeResults(run: {
  persons: number;
  organisations: number;
  cpus: number;
  memoryGb: number;
  rows: ResultRow[];
}) {
  const heading = `## ${run.persons.toLocaleString('en')} persons`;
  const section = [
    heading,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${run.cpus} cores, ${run.memoryGb} GiB, Node ${process.version}, PostgreSQL on 127.0.0.1; ${run.persons.toLocaleString('en')} persons in ${run.organisations.toLocaleString('en')} organisations.`,
    '',
    '| operation | Birge p50 / p95 ms | floor p50 / p95 ms | ratio (p95) | note |',
    '| --- | --- | --- | --- | --- |',
    ...run.rows.map(line),
    '',
    '',
  ].join('\n');
  const existing = existsSync(resultsPath)
    ? readFileSync(resultsPath, 'utf8')
    : '# Benchmark results\n\nWritten by `npm run bench`; one section per data size.\n\n';
  const sections = existing.split(/(?=^## )/m);
  const kept = sections.filter((s) => !s.startsWith(heading));
  const sizeOf = (s: string) => Number(s.match(/^## ([\d,]+)/)?.[1]?.replaceAll(',', '') ?? 0);
  const ordered = [kept[0] ?? '', ...[...kept.slice(1), section].sort((a, b) => sizeOf(a) - sizeOf(b))];
  writeFileSync(resultsPath, ordered.join(''));
  console.log(`\n${section}\nWritten to ${resultsPath}`);
}
