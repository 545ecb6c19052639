import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  activities,
  attendanceCounts,
  attendees,
  indicators,
  indicatorTargets,
  manualValues,
  programmePolicyMarkers,
  programmes,
  results,
} from '@birge/db';
import { definitionProblems, scopeProblems } from '@birge/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformActor } from '../../test/harness';
import { freshDatabase } from '../../test/test-database';
import { indicatorValues } from '../indicators/indicator-values';
import { indicatorSources } from '../indicators/sources';
import { programmeDashboard } from '../programmes/dashboard';
import { countingScope, findProgramme } from '../programmes/load-programme';
import { iatiActivityXml } from '../reports/iati-activity';
import { demoProgrammes } from './demo-programmes';
import { loadDemo } from './load-demo';

let handle: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  handle = await freshDatabase();
  await loadDemo(handle.db);
}, 120_000);
afterAll(() => handle.close());

async function programmeNamed(key: keyof typeof demoProgrammes) {
  const [row] = await handle.db
    .select({ id: programmes.id })
    .from(programmes)
    .where(eq(programmes.iatiIdentifier, demoProgrammes[key].iatiIdentifier));
  const programme = row && (await findProgramme(handle.db, row.id));
  if (!programme) throw new Error(`no demo programme ${key}`);
  return programme;
}

describe('demo logframes', () => {
  it('gives each seed programme a goal, outcomes, outputs, indicators and the disability marker', async () => {
    for (const key of Object.keys(demoProgrammes) as (keyof typeof demoProgrammes)[]) {
      const programme = await programmeNamed(key);
      const levels = (
        await handle.db.select().from(results).where(eq(results.programmeId, programme.id))
      ).map((r) => r.level);
      expect(levels.filter((l) => l === 'goal')).toHaveLength(1);
      expect(levels).toContain('outcome');
      expect(levels).toContain('output');
      expect(
        (await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id))).length,
      ).toBeGreaterThan(0);
      const [marker] = await handle.db
        .select()
        .from(programmePolicyMarkers)
        .where(eq(programmePolicyMarkers.programmeId, programme.id));
      expect(marker?.code).toBe('11');
      expect(programme.readerOrganisationIds.length).toBeGreaterThan(1);
    }
  });

  it('answers the dashboard of Qorgan-M’s programme, the small grants entered by hand against their target', async () => {
    const programme = await programmeNamed('inclusiveSociety');
    const dashboard = await programmeDashboard(handle.db, platformActor, programme, 'year');
    expect(dashboard.periods.map((p) => p.label)).toEqual(['2024', '2025']);
    const rows = await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id));
    const grants = rows.find((r) => r.code === '2.3.a');
    const shown = dashboard.indicators.find((i) => i.id === grants?.id);
    expect(shown).toMatchObject({ actual: [25, 15], total: { actual: 40, target: 40, baseline: 0 } });
    expect(shown?.manual).toHaveLength(2);
    const fairs = dashboard.indicators.find((i) => i.id === rows.find((r) => r.code === '1.1.a')?.id);
    expect(fairs?.total.target).toBe(6);
    expect(await handle.db.select().from(manualValues)).toHaveLength(4);
  });

  it('computes the activities’ indicators of the seed programmes from the demo records, exactly', async () => {
    const totals = async (key: keyof typeof demoProgrammes, codes: string[]) => {
      const programme = await programmeNamed(key);
      const dashboard = await programmeDashboard(handle.db, platformActor, programme, 'year');
      const rows = await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id));
      return codes.map((code) => {
        const shown = dashboard.indicators.find((i) => i.id === rows.find((r) => r.code === code)?.id);
        return shown?.total.actual;
      });
    };
    expect(await totals('jobInclusion', ['2.1.a', '2.1.b', '2.2.a', '2.2.b'])).toEqual([182, 182, 8, 450]);
    expect(await totals('parentsLeadership', ['1.1.a'])).toEqual([1500]);
    expect(await totals('inclusiveSociety', ['2.1.a', '2.1.b'])).toEqual([6, 290]);
    // The job fairs and their job seekers and employers, from the fairs' registrations.
    expect(await totals('inclusiveSociety', ['1.1.a', '1.1.b', '1.1.c'])).toEqual([6, 125, 65]);
    expect(await totals('villagersEmployment', ['1.1.a'])).toEqual([24]);
  });

  it('shows the children leaving the three Chüy institutions toward 220, computed from the placements', async () => {
    const programme = await programmeNamed('familyEnvironment');
    const dashboard = await programmeDashboard(handle.db, platformActor, programme, 'year');
    const rows = await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id));
    const shown = (code: string) =>
      dashboard.indicators.find((i) => i.id === rows.find((r) => r.code === code)?.id);
    expect(shown('1.1.a')?.total).toMatchObject({ actual: 220, target: 220 });
    expect(shown('1.1.b')?.total.actual).toBeGreaterThan(0);
    expect(shown('1.2.a')?.total.actual).toBeGreaterThan(30);
  });

  it('counts the thirty demo questions with the consultations indicator’s own definition', async () => {
    const programme = await programmeNamed('inclusiveSociety');
    const [consultations] = await handle.db
      .select()
      .from(indicators)
      .where(eq(indicators.programmeId, programme.id))
      .then((rows) => rows.filter((r) => r.code === '2.2.a'));
    if (!consultations?.definition) throw new Error('the consultations indicator has no definition');
    // The demo questions were asked in the last ninety days, after the programme ended.
    const today = new Date();
    const from = new Date(today.getTime() - 100 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const [total] = await indicatorValues(handle.db, platformActor, {
      definition: consultations.definition,
      periods: [{ start: from, end: to }],
    });
    expect(total?.value).toBe(30);
  });

  it('publishes every seed programme as an IATI activity that the official schema accepts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'iati-demo-'));
    const schema = join(import.meta.dirname, '../../test/standards/iati-2.03/iati-activities-schema.xsd');
    for (const key of Object.keys(demoProgrammes) as (keyof typeof demoProgrammes)[]) {
      const xml = await iatiActivityXml(handle.db, platformActor, await programmeNamed(key));
      const file = join(folder, `${key}.xml`);
      writeFileSync(file, xml);
      execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
      expect(xml).toContain(`<iati-identifier>${demoProgrammes[key].iatiIdentifier}</iati-identifier>`);
      // Every indicator with a target carries it, whether set a year at a time or for the whole span.
      const programme = await programmeNamed(key);
      const targeted = await handle.db
        .selectDistinct({ id: indicatorTargets.indicatorId })
        .from(indicatorTargets)
        .innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
        .where(eq(indicators.programmeId, programme.id));
      const published = xml.split('<indicator ').slice(1);
      expect(published.filter((i) => i.includes('<target ')).length).toBe(targeted.length);
      expect(xml.match(/<budget /g)?.length).toBe(
        Number(demoProgrammes[key].endDate.slice(0, 4)) -
          Number(demoProgrammes[key].startDate.slice(0, 4)) +
          1,
      );
    }
  });

  it('defines every indicator as the API would take it: over the sources, within the programme', async () => {
    for (const key of Object.keys(demoProgrammes) as (keyof typeof demoProgrammes)[]) {
      const programme = await programmeNamed(key);
      const rows = await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id));
      for (const row of rows.filter((r) => r.definition)) {
        const definition = row.definition as NonNullable<typeof row.definition>;
        expect([row.code, definitionProblems(definition, indicatorSources)]).toEqual([row.code, []]);
        expect([row.code, scopeProblems(definition, countingScope(programme))]).toEqual([row.code, []]);
      }
    }
  });

  it('takes each activity’s attendance by name or on a sheet, never both, the sheet within the places', async () => {
    const both = await handle.db
      .select({ id: activities.id })
      .from(activities)
      .where(
        sql`exists (select 1 from ${attendees} where ${attendees.activityId} = ${activities.id})
          and exists (select 1 from ${attendanceCounts} where ${attendanceCounts.activityId} = ${activities.id})`,
      );
    expect(both).toEqual([]);
    const crowded = await handle.db
      .select({ id: activities.id })
      .from(activities)
      .where(
        sql`${activities.capacity} < (select sum(${attendanceCounts.count}) from ${attendanceCounts}
          where ${attendanceCounts.activityId} = ${activities.id} and ${attendanceCounts.role} = 'participant')`,
      );
    expect(crowded).toEqual([]);
  });
});
