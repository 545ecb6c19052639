import {
  careInstitutions,
  carePlacements,
  careRecords,
  carers,
  cases,
  caseTasks,
  commissionMeetings,
  commissionMembers,
  gatekeepingCommissions,
  gatekeepingRequests,
  institutionCounts,
  persons,
  placementVisits,
  reorganisationMilestones,
  type Transaction,
  transitionSteps,
} from '@birge/db';
import {
  addMonths,
  type BreakdownReason,
  type CarePlacementType,
  type GatekeepingOutcome,
  type PreventionService,
  visitSchedule,
} from '@birge/domain';
import { audited } from './audited';
import { demoPerson } from './demo-persons';
import { splitTotal } from './demo-split';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import { type Random, seededRandom } from './random';

/** The three institutions of Chüy: children at the start, children who leave, and how old they are. */
const institutions = [
  { key: 'institutionKant', capacity: 120, start: 95, leaving: 82, ages: [5, 17] },
  { key: 'institutionTokmok', capacity: 80, start: 68, leaving: 60, ages: [0, 4] },
  { key: 'institutionBelovodskoe', capacity: 100, start: 88, leaving: 78, ages: [4, 17] },
] as const;
const programmeStart = '2018-07-01';
const programmeEnd = '2021-06-25';
/** The days the institutions counted their children: the programme's start, each new year, its end. */
const countDays = [programmeStart, '2019-01-01', '2020-01-01', '2021-01-01', programmeEnd];
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

function dayBetween(random: Random, from: string, to: string): string {
  const start = Date.parse(from);
  return new Date(start + random.next() * (Date.parse(to) - start)).toISOString().slice(0, 10);
}

/**
 * The reorganisation of three institutions in Chüy: 220 children leave them for families between the
 * programme's start and end, so their counts fall; a gatekeeping commission keeps new children out; carers
 * take children in; visits follow every placement, a few of which break down.
 */
export async function loadDemoChildcare(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(7);
  const centre = setting.orgId('infoBishkek');
  const chuy = setting.regionId('KG-C');
  const worker = setting.userId('caseworker@birge.test');
  const supervisor = setting.userId('supervisor@birge.test');
  const programmeId = setting.programmeId('familyEnvironment');
  const organisation = { id: centre, regionId: chuy, country: 'KG' as const, languages: ['ky', 'ru'] };

  const carerRows = Array.from({ length: 24 }, (_, i) => ({
    id: crypto.randomUUID(),
    organisationId: centre,
    kind: i % 3 === 0 ? ('guardian' as const) : ('foster_family' as const),
    name: `${demoPerson(random, organisation, false, new Date('2018-06-01')).familyName} үй-бүлөсү`,
    regionId: chuy,
    capacity: random.int(1, 3),
    state: i < 20 ? ('approved' as const) : random.pick(['applied', 'assessed', 'trained'] as const),
    assessedOn: '2018-08-15',
    trainedOn: i < 22 ? '2018-09-20' : null,
    approvedOn: i < 20 ? '2018-10-01' : null,
  }));
  await insertAll(tx, carers, carerRows);
  const fosterCarers = carerRows.filter((c) => c.state === 'approved');

  const rows = {
    persons: [] as (typeof persons.$inferInsert)[],
    cases: [] as (typeof cases.$inferInsert)[],
    records: [] as (typeof careRecords.$inferInsert)[],
    steps: [] as (typeof transitionSteps.$inferInsert)[],
    placements: [] as (typeof carePlacements.$inferInsert)[],
    visits: [] as (typeof placementVisits.$inferInsert)[],
    tasks: [] as (typeof caseTasks.$inferInsert)[],
  };
  for (const institution of institutions) {
    const organisationId = setting.orgId(institution.key);
    const [row] = await tx
      .insert(careInstitutions)
      .values({
        organisationId,
        capacity: institution.capacity,
        targetChildrenLeaving: institution.leaving,
        targetDate: programmeEnd,
        programmeId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audited(tx, 'care_institution', row, organisationId);
    await tx.insert(reorganisationMilestones).values([
      {
        institutionId: row.id,
        kind: 'staff_retrained',
        title: 'Персонал переобучен для работы с семьями',
        dueOn: '2019-03-01',
        doneOn: '2019-02-20',
      },
      {
        institutionId: row.id,
        kind: 'admissions_stopped',
        title: 'Приём новых детей прекращён',
        dueOn: '2019-06-01',
        doneOn: '2019-05-28',
      },
      {
        institutionId: row.id,
        kind: 'community_service_opened',
        title: 'Открыт центр дневного пребывания',
        dueOn: '2020-09-01',
        doneOn: '2020-11-10',
      },
      {
        institutionId: row.id,
        kind: 'building_repurposed',
        title: 'Здание передано под реабилитационный центр',
        dueOn: '2021-06-01',
        doneOn: null,
      },
    ]);

    const leftOn = Array.from({ length: institution.leaving }, () =>
      dayBetween(random, '2018-09-01', '2021-06-20'),
    ).sort();
    for (const day of countDays) {
      const remaining = institution.start - leftOn.filter((d) => d < day).length;
      const groups = splitTotal(random, remaining, 4);
      const band = institution.ages[1] <= 4 ? ('0-4' as const) : ('5-17' as const);
      await tx.insert(institutionCounts).values(
        (['female', 'male'] as const).flatMap((sex, s) =>
          (['yes', 'no'] as const).map((disability, d) => ({
            institutionId: row.id,
            countedOn: day,
            ageBand: band,
            sex,
            disability,
            children: groups[s * 2 + d] ?? 0,
          })),
        ),
      );
    }
    for (const startedOn of leftOn) placeChild(random, startedOn, row.id, institution.ages);
  }

  function placeChild(
    random: Random,
    startedOn: string,
    institutionId: string,
    ages: readonly [number, number],
  ) {
    const person = demoPerson(random, organisation, true, new Date(`${startedOn}T06:00:00Z`));
    const born = addMonths(startedOn, -12 * random.int(ages[0], ages[1]) - random.int(1, 11));
    rows.persons.push({
      ...person,
      birthDate: born,
      birthYear: null,
      tags: ['child', 'deinstitutionalisation'],
      inChildProtection: true,
      functionalDifficulty: random.chance(0.45) ? 'yes' : 'no',
      createdAt: new Date(`${addMonths(startedOn, -4)}T04:00:00Z`),
    });
    const caseId = crypto.randomUUID();
    rows.cases.push({
      id: caseId,
      personId: person.id,
      organisationId: centre,
      kind: 'deinstitutionalisation',
      state: startedOn < '2021-01-01' ? 'closed' : 'implementation',
      workerId: worker,
      supervisorId: supervisor,
      openedOn: addMonths(startedOn, -4),
      closedOn: startedOn < '2021-01-01' ? addMonths(startedOn, 12) : null,
      closureReason: startedOn < '2021-01-01' ? 'goals_achieved' : null,
    });
    const type = random.pick(placementTypes);
    rows.records.push(
      {
        caseId,
        kind: 'current_arrangement',
        arrangement: 'residential_institution',
        recordedOn: addMonths(startedOn, -4),
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
        text: `Решение: ${type}.`,
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
    const carer = ['foster_care', 'guardianship'].includes(type) ? random.pick(fosterCarers) : null;
    const breaks = random.chance(0.08);
    const endedOn = breaks ? addMonths(startedOn, random.int(2, 10)) : null;
    const placementId = crypto.randomUUID();
    rows.placements.push({
      id: placementId,
      caseId,
      personId: person.id,
      organisationId: centre,
      type,
      carerId: carer?.id ?? null,
      institutionId,
      programmeId,
      startedOn,
      endedOn,
      ending: breaks ? 'breakdown' : null,
      breakdownReason: breaks ? random.pick(breakdownReasons) : null,
    });
    for (const visit of visitSchedule(startedOn)) {
      if (endedOn && visit.dueOn > endedOn) break;
      const done = visit.dueOn < '2021-12-01';
      const concerns = done && random.chance(0.07);
      rows.visits.push({
        placementId,
        ...visit,
        visitedOn: done ? visit.dueOn : null,
        findings: done ? (concerns ? concernsFound : random.pick(findings)) : '',
        concerns,
        visitedBy: done ? worker : null,
        escalatedTo: concerns ? [worker, supervisor] : [],
      });
      if (concerns) {
        for (const assigneeId of [worker, supervisor]) {
          rows.tasks.push({
            caseId,
            title: concernsFound,
            assigneeId,
            dueOn: visit.dueOn,
            doneOn: addMonths(visit.dueOn, 1),
          });
        }
      }
    }
  }

  const requests = await gatekeeping(tx, random, { centre, chuy, organisation }, rows);
  await insertAll(tx, persons, rows.persons);
  await insertAll(tx, gatekeepingRequests, requests);
  await insertAll(tx, cases, rows.cases);
  await insertAll(tx, careRecords, rows.records);
  await insertAll(tx, transitionSteps, rows.steps);
  await insertAll(tx, carePlacements, rows.placements);
  await insertAll(tx, placementVisits, rows.visits);
  await insertAll(tx, caseTasks, rows.tasks);
}

const outcomes: GatekeepingOutcome[] = [
  'prevented_family_support',
  'prevented_family_support',
  'prevented_family_support',
  'prevented_community_service',
  'prevented_community_service',
  'prevented_alternative_family_care',
  'placed',
];
const services: PreventionService[] = [
  'cash_benefit',
  'social_support',
  'day_care',
  'inclusive_education',
  'rehabilitation',
  'parenting_support',
];

/** The commission of Chüy region with its members and quarterly meetings; the requests it decided on, to insert. */
async function gatekeeping(
  tx: Transaction,
  random: Random,
  where: { centre: string; chuy: string | null; organisation: Parameters<typeof demoPerson>[1] },
  rows: { persons: (typeof persons.$inferInsert)[] },
) {
  const [commission] = await tx
    .insert(gatekeepingCommissions)
    .values({
      organisationId: where.centre,
      name: 'Чүй облусунун гейткипинг комиссиясы',
      regionId: where.chuy,
    })
    .returning();
  if (!commission) throw new Error('insert returned no row');
  await audited(tx, 'gatekeeping_commission', commission, where.centre);
  await tx.insert(commissionMembers).values([
    { commissionId: commission.id, name: 'Асель Маматова', position: 'Председатель, заместитель акима' },
    { commissionId: commission.id, name: 'Бакыт Алиев', position: 'Управление социального развития' },
    { commissionId: commission.id, name: 'Гүлзат Сыдыкова', position: 'Отдел поддержки семьи и детей' },
    { commissionId: commission.id, name: 'Нурлан Эсенов', position: 'Управление образования' },
    { commissionId: commission.id, name: 'Айжан Токтосунова', position: 'Центр семейной медицины' },
  ]);
  const meetings = await tx
    .insert(commissionMeetings)
    .values(
      Array.from({ length: 12 }, (_, i) => ({
        commissionId: commission.id,
        heldOn: addMonths('2018-09-20', i * 3),
        place: 'Кеңсе, Бишкек ш., Чүй пр. 114',
      })),
    )
    .returning();
  const requests: (typeof gatekeepingRequests.$inferInsert)[] = [];
  for (const meeting of meetings) {
    for (let n = random.int(3, 6); n > 0; n--) {
      const requestedOn = addMonths(meeting.heldOn, -1);
      const person = demoPerson(random, where.organisation, true, new Date(`${requestedOn}T06:00:00Z`));
      rows.persons.push({
        ...person,
        tags: ['child'],
        inChildProtection: true,
        createdAt: new Date(`${requestedOn}T04:00:00Z`),
      });
      const outcome = random.pick(outcomes);
      requests.push({
        commissionId: commission.id,
        personId: person.id,
        requestedOn,
        reason: 'Мать одна воспитывает троих детей, нет дохода.',
        meetingId: meeting.id,
        decidedOn: meeting.heldOn,
        outcome,
        reasons:
          outcome === 'placed'
            ? 'Угроза жизни ребёнка, родственники не найдены.'
            : 'Семья справится при поддержке.',
        preventionServices:
          outcome === 'placed'
            ? []
            : [random.pick(services), random.pick(services)].filter((s, i, a) => a.indexOf(s) === i),
      });
    }
  }
  return requests;
}
