import { indicators, programmes, volunteerHours } from '@birge/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformActor } from '../../test/harness';
import { freshDatabase } from '../../test/test-database';
import { indicatorValues } from '../indicators/indicator-values';
import { programmeDashboard } from '../programmes/dashboard';
import { findProgramme } from '../programmes/load-programme';
import { demoProgrammes } from './demo-programmes';
import { loadDemo } from './load-demo';

let handle: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  handle = await freshDatabase();
  const started = performance.now();
  await loadDemo(handle.db);
  // Kept in the log, not asserted: how long the whole demo takes to load on this machine.
  console.info(`loadDemo: ${Math.round(performance.now() - started)} ms`);
}, 120_000);
afterAll(() => handle.close());

async function dashboardOf(key: keyof typeof demoProgrammes) {
  const [row] = await handle.db
    .select({ id: programmes.id })
    .from(programmes)
    .where(eq(programmes.iatiIdentifier, demoProgrammes[key].iatiIdentifier));
  const programme = row && (await findProgramme(handle.db, row.id));
  if (!programme) throw new Error(`no demo programme ${key}`);
  const rows = await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id));
  const dashboard = await programmeDashboard(handle.db, platformActor, programme, 'year');
  return (code: string) => {
    const id = rows.find((r) => r.code === code)?.id;
    const shown = dashboard.indicators.find((i) => i.id === id);
    if (!shown) throw new Error(`no indicator ${code}`);
    const definition = rows.find((r) => r.code === code)?.definition ?? null;
    return { periods: dashboard.periods.map((p) => p.label), definition, ...shown };
  };
}

describe('the demo workshops and volunteers', () => {
  it('give the job-inclusion programme its 42 trainees and its harvests, to the kilogram, every year', async () => {
    const indicator = await dashboardOf('jobInclusion');
    expect(indicator('1.1.a').periods).toEqual(['2017', '2018', '2019']);
    expect(indicator('1.1.a')).toMatchObject({ actual: [14, 14, 14], total: { actual: 42, target: 42 } });
    expect(indicator('1.1.b')).toMatchObject({ actual: [6000, 6000, 6000], total: { actual: 18000 } });
    expect(indicator('1.1.c')).toMatchObject({ actual: [2000, 2000, 2000], total: { actual: 6000 } });
    // Every trainee has a functional difficulty by the Washington Group questions, women and men both.
    const definition = indicator('1.1.a').definition;
    if (!definition) throw new Error('the trainees indicator has no definition');
    const whole = [{ start: '2017-01-01', end: '2020-01-01' }];
    const by = async (disaggregateBy: 'disability' | 'sex') =>
      (await indicatorValues(handle.db, platformActor, { definition, periods: whole, disaggregateBy }))
        .filter((c) => Number(c.value) > 0)
        .map((c) => [c.group, c.value]);
    expect(await by('disability')).toEqual([['yes', 42]]);
    const sexes = await by('sex');
    expect(sexes.map(([group]) => group).sort()).toEqual(['female', 'male']);
    expect(sexes.reduce((sum, [, value]) => sum + Number(value), 0)).toBe(42);
  });

  it('give Qorgan-M’s programme its 2,000 volunteers, 200 of them experts, and the hours they gave', async () => {
    const indicator = await dashboardOf('inclusiveSociety');
    expect(indicator('3.1.a').total).toMatchObject({ actual: 2000, target: 2000 });
    expect(indicator('3.1.b').total).toMatchObject({ actual: 200, target: 200 });
    const [hours] = await handle.db
      .select({ sum: sql<string>`sum(${volunteerHours.hours})` })
      .from(volunteerHours);
    expect(indicator('3.1.c').total.actual).toBe(Number(hours?.sum));
  });
});
