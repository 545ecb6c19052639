import {
  carePlacements,
  careRecords,
  cases,
  caseTasks,
  gatekeepingRequests,
  persons,
  placementVisits,
  type Transaction,
  transitionSteps,
} from '@birge/db';
import {
  addDays,
  addMonths,
  type BreakdownReason,
  type CarePlacementType,
  placementCarers,
  visitSchedule,
  workToday,
} from '@birge/domain';
import { demoPerson } from './demo-persons';
import type { DemoSetting } from './load-demo';
import { demoCarers } from './load-demo-carers';
import { loadDemoGatekeeping } from './load-demo-gatekeeping';
import { loadDemoInstitutions } from './load-demo-institutions';
import { insertAll } from './load-demo-people';
import { seededRandom } from './random';

/** Where the children went, as many times as it happened in ten. */
const placementTypes: CarePlacementType[] = [
  'family_reintegration',
  'family_reintegration',
  'family_reintegration',
  'family_reintegration',
  'kinship_care',
  'kinship_care',
  'foster_care',
  'guardianship',
  'family_type_home',
  'adoption',
];
const decisionText: Record<CarePlacementType, string> = {
  family_reintegration: 'Решение: возвращение в родную семью.',
  kinship_care: 'Решение: устройство к родственникам.',
  foster_care: 'Решение: устройство в приёмную семью.',
  guardianship: 'Решение: установление опеки.',
  adoption: 'Решение: усыновление.',
  family_type_home: 'Решение: устройство в семейный детский дом.',
  supported_independent_living: 'Решение: сопровождаемое самостоятельное проживание.',
};
const breakdownReasons: BreakdownReason[] = [
  'carer_unable',
  'child_behaviour',
  'family_conflict',
  'health_needs',
];
const findings = [
  'Ребёнок ходит в школу, с семьёй тёплые отношения.',
  'Бала мектепке барат, үй-бүлө менен мамилеси жакшы.',
  'Ребёнок привыкает, семья получает пособие.',
  'Бала дени сак, реабилитацияга катышат.',
];
const concernsFound = 'Опекун не справляется, ребёнок пропускает школу: нужна встреча с семьёй.';

/**
 * The reorganisation of three institutions in Chüy: 220 children leave them for families between the
 * programme's start and end, so their counts fall; a gatekeeping commission keeps new children out; carers
 * take children in, never more than they have room for; every visit due by the day the demo is loaded was made,
 * and the few concerns found were followed up.
 */
export async function loadDemoChildcare(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(7);
  const today = workToday();
  const centre = setting.orgId('infoBishkek');
  const chuy = setting.regionId('KG-C');
  const worker = setting.userId('caseworker@birge.test');
  const supervisor = setting.userId('supervisor@birge.test');
  const programmeId = setting.programmeId('familyEnvironment');
  const organisation = { id: centre, regionId: chuy, country: 'KG' as const, languages: ['ky', 'ru'] };
  const carers = await demoCarers(tx, random, organisation);

  const rows = {
    persons: [] as (typeof persons.$inferInsert)[],
    cases: [] as (typeof cases.$inferInsert)[],
    records: [] as (typeof careRecords.$inferInsert)[],
    steps: [] as (typeof transitionSteps.$inferInsert)[],
    placements: [] as (typeof carePlacements.$inferInsert)[],
    visits: [] as (typeof placementVisits.$inferInsert)[],
    tasks: [] as (typeof caseTasks.$inferInsert)[],
  };
  // In the order they happened, so that a carer's room is counted on the day each child came.
  const departures = await loadDemoInstitutions(tx, random, setting, programmeId);
  for (const { startedOn, institutionId, ages } of departures) placeChild(startedOn, institutionId, ages);

  /** The care a child goes to, with a carer of its kind who has room; to relatives when one is needed and none has. */
  function placementOf(startedOn: string) {
    const type = random.pick(placementTypes);
    const { kinds, required } = placementCarers[type];
    const carerId = kinds.length ? carers.withRoom(kinds, startedOn, random) : null;
    if (required && !carerId) return { type: 'kinship_care' as const, carerId: null };
    return { type, carerId };
  }

  function placeChild(startedOn: string, institutionId: string, ages: readonly [number, number]) {
    const person = demoPerson(random, organisation, true, new Date(`${startedOn}T06:00:00Z`));
    const born = addMonths(startedOn, -12 * random.int(ages[0], ages[1]) - random.int(1, 11));
    const openedOn = addMonths(startedOn, -4);
    rows.persons.push({
      ...person,
      birthDate: born,
      birthYear: null,
      tags: ['child', 'deinstitutionalisation'],
      inChildProtection: true,
      functionalDifficulty: random.chance(0.45) ? 'yes' : 'no',
      createdAt: new Date(`${openedOn}T04:00:00Z`),
    });
    const caseId = crypto.randomUUID();
    const closed = startedOn < '2021-01-01';
    rows.cases.push({
      id: caseId,
      personId: person.id,
      organisationId: centre,
      kind: 'deinstitutionalisation',
      state: closed ? 'closed' : 'implementation',
      workerId: worker,
      supervisorId: supervisor,
      openedOn,
      closedOn: closed ? addMonths(startedOn, 12) : null,
      closureReason: closed ? 'goals_achieved' : null,
    });
    const { type, carerId } = placementOf(startedOn);
    rows.records.push(
      {
        caseId,
        kind: 'current_arrangement',
        arrangement: 'residential_institution',
        recordedOn: openedOn,
        text: 'Живёт в учреждении, родители навещают редко.',
        recordedBy: worker,
      },
      {
        caseId,
        kind: 'child_views',
        recordedOn: addMonths(startedOn, -3),
        text: 'Хочет жить с бабушкой и ходить в обычную школу.',
        recordedBy: worker,
      },
      {
        caseId,
        kind: 'placement_decision',
        recordedOn: addMonths(startedOn, -1),
        text: decisionText[type],
        recordedBy: supervisor,
      },
    );
    rows.steps.push(
      {
        caseId,
        step: 'Встреча с семьёй и оценка условий',
        responsible: 'Социальный работник',
        dueOn: addMonths(startedOn, -3),
        doneOn: addMonths(startedOn, -3),
      },
      {
        caseId,
        step: 'Перевод в школу по месту жительства',
        responsible: 'Управление образования',
        dueOn: addMonths(startedOn, 1),
        doneOn: addMonths(startedOn, 1),
      },
    );
    const breaks = random.chance(0.08);
    const endedOn = breaks ? addMonths(startedOn, random.int(2, 10)) : null;
    if (carerId) carers.take(carerId, endedOn);
    const placementId = crypto.randomUUID();
    rows.placements.push({
      id: placementId,
      caseId,
      personId: person.id,
      organisationId: centre,
      type,
      carerId,
      institutionId,
      programmeId,
      startedOn,
      endedOn,
      ending: breaks ? 'breakdown' : null,
      breakdownReason: breaks ? random.pick(breakdownReasons) : null,
    });
    visit(caseId, placementId, startedOn, endedOn);
  }

  /** The schedule's visits up to the placement's end, each made within a few days of its day once that day came. */
  function visit(caseId: string, placementId: string, startedOn: string, endedOn: string | null) {
    for (const due of visitSchedule(startedOn)) {
      if (endedOn && due.dueOn > endedOn) break;
      const visitedOn = [addDays(due.dueOn, random.int(0, 6)), endedOn ?? today, today].sort()[0] ?? today;
      const done = due.dueOn <= today;
      const concerns = done && random.chance(0.04);
      rows.visits.push({
        placementId,
        ...due,
        visitedOn: done ? visitedOn : null,
        findings: done ? (concerns ? concernsFound : random.pick(findings)) : '',
        concerns,
        visitedBy: done ? worker : null,
        escalatedTo: concerns ? [worker, supervisor] : [],
      });
      if (!concerns) continue;
      for (const assigneeId of [worker, supervisor]) {
        rows.tasks.push({
          caseId,
          title: concernsFound,
          assigneeId,
          dueOn: visitedOn,
          doneOn: [addDays(visitedOn, random.int(1, 10)), today].sort()[0],
        });
      }
    }
  }

  const requests: (typeof gatekeepingRequests.$inferInsert)[] = await loadDemoGatekeeping(
    tx,
    random,
    { centre, chuy, organisation },
    rows,
  );
  await insertAll(tx, persons, rows.persons);
  await insertAll(tx, gatekeepingRequests, requests);
  await insertAll(tx, cases, rows.cases);
  await insertAll(tx, careRecords, rows.records);
  await insertAll(tx, transitionSteps, rows.steps);
  await insertAll(tx, carePlacements, rows.placements);
  await insertAll(tx, placementVisits, rows.visits);
  await insertAll(tx, caseTasks, rows.tasks);
}
