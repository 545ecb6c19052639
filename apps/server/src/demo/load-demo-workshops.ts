import {
  consents,
  functioningAssessments,
  organisations,
  persons,
  productionRecords,
  type Transaction,
  traineeModules,
  workshopModules,
  workshopSales,
  workshops,
  workshopTrainees,
} from '@birge/db';
import { scoreAssessment } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { demoPerson, demoShortSetAnswers } from './demo-persons';
import { splitTotal } from './demo-split';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import { type Random, seededRandom } from './random';

type Organisation = { id: string; regionId: string | null; country: 'KG' | 'KZ'; languages: string[] };
export type TraineeRows = Pick<Rows, 'persons' | 'consents' | 'assessments'>;
type Rows = {
  persons: (typeof persons.$inferInsert)[];
  consents: (typeof consents.$inferInsert)[];
  assessments: (typeof functioningAssessments.$inferInsert)[];
  trainees: (typeof workshopTrainees.$inferInsert)[];
  done: (typeof traineeModules.$inferInsert)[];
};

const greenhouseModules: [string, number][] = [
  ['Жылуулук жана суу: теплицаны кароо', 24],
  ['Көчөт өстүрүү', 32],
  ['Помидор жана бадыраң: отургузуу, кароо', 48],
  ['Түшүм жыйноо жана сактоо', 24],
  ['Базарга чыгаруу жана сатуу', 16],
];
const bakeryModules: [string, number][] = [
  ['Гигиена и безопасность на кухне', 8],
  ['Тесто и выпечка хлеба', 40],
  ['Обслуживание гостей кафе', 16],
];
/** The harvests the logframe counts, to the kilogram, each year of the programme. */
const yearlyHarvest = { tomatoes: 6000, cucumbers: 2000 };
const years = [2017, 2018, 2019];

const day = (year: number, month: number, date: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

/** Young people of 17 to 29 with a functional difficulty the Washington Group questions find, as trainees. */
export function youngTrainee(
  random: Random,
  organisation: Organisation,
  startedOn: string,
  rows: TraineeRows,
) {
  const person = demoPerson(random, organisation, false, new Date(`${startedOn}T06:00:00Z`));
  const born = Number(startedOn.slice(0, 4)) - random.int(17, 29);
  const answers = demoShortSetAnswers(random, true);
  const result = scoreAssessment({ instrument: 'wg_ss', answers });
  rows.persons.push({
    ...person,
    birthDate: day(born, random.int(1, 12), random.int(1, 28)),
    birthYear: null,
    disabilityStatus: random.pick(['group_2', 'group_3', 'group_3']),
    tags: ['trainee'],
    functionalDifficulty: result.functionalDifficulty,
    createdAt: new Date(`${startedOn}T04:00:00Z`),
  });
  rows.consents.push({
    personId: person.id,
    purpose: 'registration',
    givenBy: 'person',
    method: 'paper',
    givenOn: startedOn,
  });
  rows.assessments.push({
    personId: person.id,
    organisationId: organisation.id,
    instrument: 'wg_ss',
    answers,
    result,
    functionalDifficulty: result.functionalDifficulty,
    assessedOn: startedOn,
  });
  return person.id;
}

async function insertWorkshop(
  tx: Transaction,
  fields: typeof workshops.$inferInsert,
  modules: [string, number][],
) {
  const [workshop] = await tx.insert(workshops).values(fields).returning();
  if (!workshop) throw new Error('insert returned no row');
  const moduleRows = await tx
    .insert(workshopModules)
    .values(modules.map(([title, hours], i) => ({ workshopId: workshop.id, position: i + 1, title, hours })))
    .returning({ id: workshopModules.id });
  return { workshop, moduleIds: moduleRows.map((m) => m.id) };
}

async function organisation(tx: Transaction, id: string): Promise<Organisation> {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id));
  return { id, regionId: row?.regionId ?? null, country: 'KG', languages: ['ky'] };
}

/**
 * The greenhouse of the Nooken local action group (2017–2019): 42 young people trained, 14 a season, and its
 * harvests, which add up to exactly 6,000 kg of tomatoes and 2,000 kg of cucumbers a year, with their sales.
 * Beside it, the Bishkek group's bakery-café with its first trainees today.
 */
export async function loadDemoWorkshops(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(2017);
  const rows: Rows = { persons: [], consents: [], assessments: [], trainees: [], done: [] };
  const nooken = await organisation(tx, setting.orgId('lagNooken'));
  const greenhouse = await insertWorkshop(
    tx,
    {
      organisationId: nooken.id,
      kind: 'greenhouse',
      name: 'Ноокен теплицасы',
      regionId: nooken.regionId,
      address: 'Ноокен району, Масы айылы, Ленин көч., 12',
      programmeId: setting.programmeId('jobInclusion'),
      capacity: 16,
    },
    greenhouseModules,
  );
  const production: (typeof productionRecords.$inferInsert)[] = [];
  const sales: (typeof workshopSales.$inferInsert)[] = [];
  for (const year of years) {
    for (let i = 0; i < 14; i++) {
      const startedOn = day(year, 2, random.int(1, 28));
      const personId = youngTrainee(random, nooken, startedOn, rows);
      const traineeId = crypto.randomUUID();
      rows.trainees.push({
        id: traineeId,
        workshopId: greenhouse.workshop.id,
        personId,
        startedOn,
        status: 'completed',
        completedOn: day(year, 11, random.int(1, 28)),
      });
      greenhouse.moduleIds.forEach((moduleId, m) => {
        rows.done.push({
          traineeId,
          moduleId,
          completedOn: day(year, Math.min(3 + m * 2, 10), random.int(1, 28)),
        });
      });
    }
    for (const [product, total] of Object.entries(yearlyHarvest)) {
      const harvests = splitTotal(random, total, product === 'tomatoes' ? 48 : 32);
      harvests.forEach((quantity, i) => {
        const month = 6 + Math.floor((i * 5) / harvests.length);
        production.push({
          workshopId: greenhouse.workshop.id,
          producedOn: day(year, month, random.int(1, 28)),
          product,
          quantity,
          unit: 'kg',
        });
      });
      // Most of the harvest is sold at the Nooken bazaar and to the district school's canteen.
      for (let month = 7; month <= 10; month++) {
        const quantity = Math.round((total * 0.2) / 10) * 10;
        sales.push({
          workshopId: greenhouse.workshop.id,
          soldOn: day(year, month, 28),
          product,
          quantity,
          unit: 'kg',
          amount: quantity * (product === 'tomatoes' ? 45 : 35),
          currency: 'KGS',
          buyerKind: month === 9 ? 'public_institution' : 'individual',
        });
      }
    }
    for (const [product, unit, quantity] of [
      ['peppers', 'kg', 600],
      ['greens', 'kg', 250],
    ] as const) {
      production.push({
        workshopId: greenhouse.workshop.id,
        producedOn: day(year, 8, 15),
        product,
        quantity,
        unit,
      });
    }
  }

  const bishkek = await organisation(tx, setting.orgId('lagBishkek'));
  const bakery = await insertWorkshop(
    tx,
    {
      organisationId: bishkek.id,
      kind: 'bakery_cafe',
      name: 'Пекарня-кафе «Бирге нан»',
      regionId: bishkek.regionId,
      address: 'Бишкек, ул. Киевская, 77',
      capacity: 10,
    },
    bakeryModules,
  );
  // The bakery-café opened four months ago, whatever the day the demo is loaded.
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 6; i++) {
    const startedOn = daysAgo(120 - i);
    const personId = youngTrainee(random, bishkek, startedOn, rows);
    const traineeId = crypto.randomUUID();
    rows.trainees.push({ id: traineeId, workshopId: bakery.workshop.id, personId, startedOn });
    if (i % 2 === 0 && bakery.moduleIds[0])
      rows.done.push({ traineeId, moduleId: bakery.moduleIds[0], completedOn: daysAgo(90) });
  }
  for (const month of [1, 2, 3]) {
    production.push(
      {
        workshopId: bakery.workshop.id,
        producedOn: daysAgo(month * 30 + 5),
        product: 'bread',
        quantity: 320,
        unit: 'piece',
      },
      {
        workshopId: bakery.workshop.id,
        producedOn: daysAgo(month * 30 + 4),
        product: 'pastries',
        quantity: 180,
        unit: 'piece',
      },
    );
    sales.push({
      workshopId: bakery.workshop.id,
      soldOn: daysAgo(month * 30 - 10),
      product: 'bread',
      quantity: 300,
      unit: 'piece',
      amount: 9000,
      currency: 'KGS',
      buyerKind: 'business',
    });
  }

  await insertAll(tx, persons, rows.persons);
  await insertAll(tx, consents, rows.consents);
  await insertAll(tx, functioningAssessments, rows.assessments);
  await insertAll(tx, workshopTrainees, rows.trainees);
  await insertAll(tx, traineeModules, rows.done);
  await insertAll(tx, productionRecords, production);
  await insertAll(tx, workshopSales, sales);
  await recordAudit(
    tx,
    { actorId: null, clientAddress: 'demo' },
    {
      action: 'demo.loadWorkshops',
      recordType: 'demo',
      recordId: 'workshops',
      organisationId: null,
      after: {
        workshops: 2,
        trainees: rows.trainees.length,
        production: production.length,
        sales: sales.length,
      },
    },
  );
}
