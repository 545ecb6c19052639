import { parseArgs } from 'node:util';

/** The benchmark's database: its own, so a run never touches another. */
export function benchOptions() {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string', default: '100000' },
      'database-url': {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/birge_bench',
      },
    },
    allowPositionals: true,
  });
  const persons = Number(values.persons);
  if (!Number.isInteger(persons) || persons < 1000)
    throw new Error('--persons takes a whole number of at least 1000');
  return { persons, databaseUrl: values['database-url'] };
}

export const benchPassword = 'bench-password-2026';
