import { carePlacements, carers, indicators, placementVisits, programmes } from '@birge/db';
import { placementCarers, workToday } from '@birge/domain';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformActor } from '../../test/harness';
import { freshDatabase } from '../../test/test-database';
import { listCommissions } from '../childcare/gatekeeping-queries';
import { countsOf, listInstitutions } from '../childcare/institution-queries';
import { programmeDashboard } from '../programmes/dashboard';
import { findProgramme } from '../programmes/load-programme';
import { demoProgrammes } from './demo-programmes';
import { loadDemo } from './load-demo';

let handle: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  handle = await freshDatabase();
  await loadDemo(handle.db);
}, 120_000);
afterAll(() => handle.close());

describe('the demo’s three institutions in Chüy', () => {
  it('fall from 251 children to 31 as 220 leave for families, counted once each', async () => {
    const listed = await listInstitutions(handle.db);
    expect(listed).toHaveLength(3);
    expect(listed.reduce((sum, i) => sum + i.childrenLeft, 0)).toBe(220);
    expect(listed.reduce((sum, i) => sum + (i.children ?? 0), 0)).toBe(31);
    for (const institution of listed) {
      const totals = (await countsOf(handle.db, institution.id)).map((c) => c.total);
      expect(
        totals.slice(1).every((n, i) => n < (totals[i] ?? 0)),
        institution.name,
      ).toBe(true);
    }
    const [first] = await countsOf(handle.db, listed[0]?.id ?? '');
    expect(Object.values(first?.byAge ?? {}).reduce((a, b) => a + b, 0)).toBe(first?.total);
  });

  it('shows the children living in them against the reorganisation target in the logframe', async () => {
    const [row] = await handle.db
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.iatiIdentifier, demoProgrammes.familyEnvironment.iatiIdentifier));
    const programme = row && (await findProgramme(handle.db, row.id));
    if (!programme) throw new Error('no demo programme');
    const dashboard = await programmeDashboard(handle.db, platformActor, programme, 'year');
    const rows = await handle.db.select().from(indicators).where(eq(indicators.programmeId, programme.id));
    const shown = (code: string) =>
      dashboard.indicators.find((i) => i.id === rows.find((r) => r.code === code)?.id);
    expect(shown('1.1.d')?.total).toMatchObject({ actual: 31, target: 31, baseline: 251 });
    expect(shown('1.1.a')?.total).toMatchObject({ actual: 220, target: 220 });
  });
});

describe('the demo’s placements', () => {
  it('leave no visit overdue: every visit whose day has come was made', async () => {
    const [owed] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(placementVisits)
      .where(and(isNull(placementVisits.visitedOn), lt(placementVisits.dueOn, workToday())));
    expect(owed?.n).toBe(0);
    const [concerns] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(placementVisits)
      .where(eq(placementVisits.concerns, true));
    expect(concerns?.n).toBeGreaterThan(0);
  });

  it('keep each child in one placement at a time, with a carer of the right kind who had room', async () => {
    const open = await handle.db.execute(sql`select person_id from care_placements where ended_on is null
      group by person_id having count(*) > 1`);
    expect((open as unknown as { rows: unknown[] }).rows).toEqual([]);
    // For each placement with a carer: the carer's children living with them on the day it began, itself included.
    const crowded = await handle.db.execute(sql`select p.id from care_placements p
      join carers c on c.id = p.carer_id
      where c.capacity < (select count(*) from care_placements o where o.carer_id = p.carer_id
        and o.started_on <= p.started_on and (o.ended_on is null or o.ended_on > p.started_on))`);
    expect((crowded as unknown as { rows: unknown[] }).rows).toEqual([]);
    const withCarers = await handle.db
      .select({ type: carePlacements.type, kind: carers.kind, approvedOn: carers.approvedOn })
      .from(carePlacements)
      .innerJoin(carers, eq(carers.id, carePlacements.carerId));
    expect(withCarers.length).toBeGreaterThan(20);
    for (const { type, kind } of withCarers) expect(placementCarers[type].kinds).toContain(kind);
  });

  it('has carers approved step by step, and counts them and the commission’s requests as by hand', async () => {
    for (const carer of await handle.db.select().from(carers)) {
      const steps = [carer.assessedOn, carer.trainedOn, carer.approvedOn];
      const reached = { applied: 0, assessed: 1, trained: 2, approved: 3 }[carer.state as 'applied'] ?? 3;
      expect(steps.map((day) => day !== null)).toEqual([0, 1, 2].map((i) => i < reached));
    }
    const [commission] = await listCommissions(handle.db);
    const byHand = await handle.db.execute(sql`select count(*) filter (where outcome is null)::int as pending,
      count(*) filter (where outcome is not null)::int as decided from gatekeeping_requests`);
    expect(commission).toMatchObject((byHand as unknown as { rows: object[] }).rows[0] ?? {});
    expect(commission?.decided).toBeGreaterThan(30);
  });
});
