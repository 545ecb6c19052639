import { activities, attendanceCounts, attendees, monitoringVisits, persons } from '@birge/db';
import type { Actor, IndicatorDefinition } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { indicatorValues } from '../indicators/indicator-values';

// A small world counted by hand: a training of two named persons (one completed), a forum with a counted
// sheet of 20 (17 participants, 3 speakers), a cancelled workshop, a cancelled training someone was marked as
// having completed, and three visits of two facilitators.
let t: TestApp;
const nobody: Actor = {
  userId: '00000000-0000-4000-8000-00000000000f',
  platformAdmin: false,
  memberships: [],
};
const both = { start: '2025-01-01', end: '2027-01-01' };
const programmeId = '00000000-0000-4000-8000-0000000000a1';
let org: string;

const values = (definition: IndicatorDefinition, more = {}) =>
  indicatorValues(t.db, nobody, { definition, periods: [both], ...more });
const total = async (definition: IndicatorDefinition) => (await values(definition))[0]?.value;
const count = (source: string, filters = {}) => ({ measure: 'count' as const, source, filters });

beforeAll(async () => {
  t = await createTestApp();
  org = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  const [a, b] = await t.db
    .insert(persons)
    .values([
      {
        ownerOrganisationId: org,
        familyName: 'A',
        givenName: 'T',
        nameKey: 'a',
        sex: 'female',
        birthDate: '2000-01-01',
      },
      {
        ownerOrganisationId: org,
        familyName: 'B',
        givenName: 'T',
        nameKey: 'b',
        sex: 'male',
        birthDate: '1960-01-01',
      },
    ])
    .returning({ id: persons.id });
  const activity = (type: 'training' | 'forum' | 'workshop', day: string, status: 'held' | 'cancelled') => ({
    organisationId: org,
    type,
    title: type,
    startsAt: new Date(`${day}T04:00:00Z`),
    status,
  });
  const [training, forum, , cancelled] = await t.db
    .insert(activities)
    .values([
      { ...activity('training', '2025-03-01', 'held'), trainsFacilitators: true },
      activity('forum', '2026-05-01', 'held'),
      activity('workshop', '2025-06-01', 'cancelled'),
      activity('training', '2025-07-01', 'cancelled'),
    ])
    .returning({ id: activities.id });
  await t.db.insert(attendees).values([
    { activityId: training?.id ?? '', personId: a?.id ?? '', completedOn: '2025-03-03' },
    { activityId: training?.id ?? '', personId: b?.id ?? '', role: 'facilitator' },
    { activityId: cancelled?.id ?? '', personId: b?.id ?? '', completedOn: '2025-07-02' },
  ]);
  await t.db.insert(attendanceCounts).values([
    { activityId: forum?.id ?? '', sex: 'female', ageBand: '18-29', disability: 'yes', count: 12 },
    { activityId: forum?.id ?? '', sex: 'male', ageBand: '60+', disability: 'no', count: 5 },
    {
      activityId: forum?.id ?? '',
      sex: 'male',
      ageBand: '30-59',
      disability: 'no',
      role: 'speaker',
      count: 3,
    },
  ]);
  const monitorId = await t.userId('monitor@birge.test');
  await t.db.insert(monitoringVisits).values([
    { organisationId: org, facilitatorId: a?.id ?? '', monitorId, visitedOn: '2025-05-01' },
    {
      organisationId: org,
      facilitatorId: a?.id ?? '',
      monitorId,
      visitedOn: '2026-05-01',
      programmeId: null,
    },
    { organisationId: org, facilitatorId: b?.id ?? '', monitorId, visitedOn: '2026-06-01' },
  ]);
});
afterAll(() => t.close());

describe('the activities’ sources', () => {
  it('counts activities held, not the cancelled one', async () => {
    expect(await total(count('activities.held'))).toBe(2);
    expect(await total(count('activities.held', { activityTypes: ['workshop'] }))).toBe(0);
    expect(await total(count('activities.held', { programmeId }))).toBe(0);
  });

  it('counts named attendees once and counted rows by their weight, narrowed by role', async () => {
    expect(await total(count('attendance.participants'))).toBe(22);
    expect(await total(count('attendance.participants', { attributes: { role: ['participant'] } }))).toBe(18);
    expect(await total({ measure: 'distinct_persons', source: 'attendance.participants' })).toBe(2);
    expect(await total(count('attendance.participants', { activityTypes: ['forum'] }))).toBe(20);
  });

  it('disaggregates attendance by age group, from the bands on paper and from named persons’ ages', async () => {
    const cells = await values(count('attendance.participants'), { disaggregateBy: 'age_group' });
    expect(cells.map((c) => [c.group, c.value])).toEqual([
      ['0-4', 0],
      ['5-17', 0],
      ['18-29', 13],
      ['30-59', 3],
      ['60+', 6],
    ]);
  });

  it('counts persons who completed a training, on the day they completed it, none of a cancelled one', async () => {
    expect(await total({ measure: 'distinct_persons', source: 'trainings.completed' })).toBe(1);
    expect(await total(count('trainings.completed'))).toBe(1);
    const [y2025] = await indicatorValues(t.db, nobody, {
      definition: count('trainings.completed'),
      periods: [{ start: '2025-03-03', end: '2025-03-04' }],
    });
    expect(y2025?.value).toBe(1);
  });

  it('counts monitoring visits, and the distinct facilitators visited', async () => {
    expect(await total(count('facilitators.monitoring_visits'))).toBe(3);
    expect(await total({ measure: 'distinct_persons', source: 'facilitators.monitoring_visits' })).toBe(2);
    const bySex = await values(count('facilitators.monitoring_visits'), { disaggregateBy: 'sex' });
    expect(bySex.map((c) => [c.group, c.value])).toEqual([
      ['female', 2],
      ['male', 1],
    ]);
  });
});
