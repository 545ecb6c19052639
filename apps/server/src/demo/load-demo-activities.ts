import {
  activities,
  attendanceCounts,
  attendees,
  consents,
  monitoringVisits,
  persons,
  type Transaction,
} from '@birge/db';
import type { ActivityType, AttendanceAgeBand, FactDisability, FactSex } from '@birge/domain';
import { auditAll } from './audited';
import { demoPerson } from './demo-persons';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import { seededRandom } from './random';

type Planned = {
  type: ActivityType;
  title: string;
  language: 'ky' | 'ru' | 'kk';
  day: string;
  days?: number;
  organisation: string;
  region: string | null;
  place?: string;
  onlineLink?: string;
  capacity?: number;
  trainsFacilitators?: boolean;
};

const sexes: FactSex[] = ['female', 'male'];
const disabilities: FactDisability[] = ['yes', 'no', 'undetermined'];

/** A counted sheet of exactly `total` participants, spread over sex, age band and disability. */
function sheet(random: ReturnType<typeof seededRandom>, total: number, bands: AttendanceAgeBand[]) {
  const cells = sexes.flatMap((sex) =>
    bands.flatMap((ageBand) => disabilities.map((disability) => ({ sex, ageBand, disability }))),
  );
  const weights = cells.map(() => random.int(1, 10));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w * total) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i] = (counts[i] ?? 0) + 1;
  return cells
    .map((cell, i) => ({ ...cell, role: 'participant' as const, count: counts[i] ?? 0 }))
    .filter((row) => row.count > 0);
}

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+06:00`);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The activities behind the programmes' figures: Janyryk's 182 facilitators trained in six trainings of
 * facilitators and each visited at work by the monitor, its eight regional workshops and the national forum of
 * 450; the information centres' sessions for 1,500 parents; Qorgan-M's six online seminars with 290 taking part.
 */
export async function loadDemoActivities(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(182);
  const region = (code: string | null) => (code ? setting.regionId(code) : null);
  const rows: (typeof activities.$inferInsert & { id: string })[] = [];
  const add = (programme: Parameters<DemoSetting['programmeId']>[0], p: Planned) => {
    const id = crypto.randomUUID();
    rows.push({
      id,
      organisationId: setting.orgId(p.organisation),
      programmeId: setting.programmeId(programme),
      type: p.type,
      title: p.title,
      language: p.language,
      startsAt: at(p.day),
      endsAt: at(plusDays(p.day, (p.days ?? 1) - 1), 17),
      regionId: region(p.region),
      place: p.place ?? '',
      onlineLink: p.onlineLink ?? '',
      capacity: p.capacity ?? null,
      status: 'held',
      trainsFacilitators: p.trainsFacilitators ?? false,
      createdAt: at(p.day),
    });
    return id;
  };

  // Janyryk's trainings of facilitators, 2017–2018, in the three regions the facilitators work in.
  const totRegions = [
    ['KG-GB', 'Бишкек, ул. Токтогула 125'],
    ['KG-C', 'Кант, Дом культуры'],
    ['KG-J', 'Жалал-Абад, ул. Ленина 30'],
  ] as const;
  const trainings = [31, 31, 30, 30, 30, 30].map((size, i) => {
    const [code, place] = totRegions[i % 3] as (typeof totRegions)[number];
    const day = plusDays('2017-03-06', i * 75);
    return {
      size,
      code,
      end: plusDays(day, 2),
      id: add('jobInclusion', {
        type: 'training',
        title: `Фасилитаторлорду даярдоо тренинги №${i + 1}`,
        language: 'ky',
        day,
        days: 3,
        organisation: 'janyryk',
        region: code,
        place,
        capacity: 32,
        trainsFacilitators: true,
      }),
    };
  });
  const workshopPlaces = ['KG-GB', 'KG-C', 'KG-J', 'KG-GB', 'KG-C', 'KG-J', 'KG-J', 'KG-GB'];
  for (const [i, code] of workshopPlaces.entries())
    add('jobInclusion', {
      type: 'workshop',
      title: `Региональный семинар по трудовой инклюзии №${i + 1}`,
      language: 'ru',
      day: plusDays('2017-09-12', i * 90),
      organisation: i % 2 ? 'lagNooken' : 'lagBishkek',
      region: code,
      place: code === 'KG-GB' ? 'Бишкек' : code === 'KG-C' ? 'Токмок' : 'Ноокен',
    });
  const forum = add('jobInclusion', {
    type: 'forum',
    title: 'Национальный форум «Работа для всех»',
    language: 'ru',
    day: '2019-10-15',
    days: 2,
    organisation: 'janyryk',
    region: 'KG-GB',
    place: 'Бишкек, Дом дружбы',
    capacity: 500,
  });
  const sessionPlaces = [
    ['infoBishkek', 'KG-GB', 'Бишкек'],
    ['infoOsh', 'KG-GO', 'Ош'],
    ['infoOsh', 'KG-J', 'Жалал-Абад'],
  ] as const;
  const sessions = Array.from({ length: 12 }, (_, i) => {
    const [organisation, code, place] = sessionPlaces[i % 3] as (typeof sessionPlaces)[number];
    return add('parentsLeadership', {
      type: 'information_session',
      title: `Ата-энелер үчүн маалымат сессиясы: ${place}`,
      language: 'ky',
      day: plusDays('2016-04-14', i * 110),
      organisation,
      region: code,
      place,
    });
  });
  const seminars = Array.from({ length: 6 }, (_, i) =>
    add('inclusiveSociety', {
      type: 'online_seminar',
      title: `Онлайн-семинар: құқықтар мен жәрдемақылар, ${i + 1}-бөлім`,
      language: 'kk',
      day: plusDays('2024-04-10', i * 90),
      organisation: 'qorgan',
      region: null,
      onlineLink: `https://meet.qorgan.kz/seminar-${i + 1}`,
      capacity: 100,
    }),
  );
  await insertAll(tx, activities, rows);
  await auditAll(tx, 'activity', rows, (row) => row.organisationId as string);

  // The facilitators: young people and parents from the network's member groups, registered when trained.
  const janyryk = setting.orgId('janyryk');
  const facilitators = trainings.flatMap((training) =>
    Array.from({ length: training.size }, () => ({
      ...demoPerson(
        random,
        { id: janyryk, regionId: region(training.code), country: 'KG', languages: ['ky', 'ru'] },
        false,
        new Date('2017-01-01T00:00:00Z'),
      ),
      tags: ['facilitator'],
      createdAt: at(training.end),
      training,
    })),
  );
  await insertAll(
    tx,
    persons,
    facilitators.map(({ training: _t, ...person }) => person),
  );
  await auditAll(tx, 'person', facilitators, () => janyryk);
  await insertAll(
    tx,
    consents,
    facilitators.map((f) => ({
      personId: f.id,
      purpose: 'registration' as const,
      givenBy: 'person' as const,
      method: 'paper' as const,
      givenOn: f.training.end,
    })),
  );
  await insertAll(
    tx,
    attendees,
    facilitators.map((f) => ({
      activityId: f.training.id,
      personId: f.id,
      role: 'participant' as const,
      completedOn: f.training.end,
    })),
  );
  // Every facilitator visited by the monitor at least once in 2018–2019, some twice.
  const monitorId = setting.userId('monitor@birge.test');
  const visits = facilitators.flatMap((f, i) =>
    Array.from({ length: i % 4 === 0 ? 2 : 1 }, (_, n) => ({
      id: crypto.randomUUID(),
      organisationId: janyryk,
      facilitatorId: f.id,
      monitorId,
      visitedOn: plusDays('2018-02-01', (i * 3 + n * 200) % 680),
      programmeId: setting.programmeId('jobInclusion'),
      regionId: f.regionId,
      place: 'Жамааттык борбор',
      findings: random.pick([
        'Жыйын жакшы уюштурулган, катышуучулар активдүү.',
        'Материалдар түшүнүктүү, бирок убакыт жетпей калды.',
        'Ата-энелердин суроолоруна так жооп берди.',
      ]),
      score: random.int(3, 5),
      followUpNeeded: random.chance(0.2),
    })),
  );
  await insertAll(tx, monitoringVisits, visits);
  await auditAll(tx, 'monitoring_visit', visits, () => janyryk);

  const counted = [
    ...sheet(random, 450, ['18-29', '30-59', '60+']).map((row) => ({ ...row, activityId: forum })),
    {
      activityId: forum,
      sex: 'female' as const,
      ageBand: '30-59' as const,
      disability: 'no' as const,
      role: 'speaker' as const,
      count: 12,
    },
    ...sessions.flatMap((id) =>
      sheet(random, 125, ['18-29', '30-59', '60+']).map((row) => ({ ...row, activityId: id })),
    ),
    ...[50, 45, 48, 52, 47, 48].flatMap((total, i) =>
      sheet(random, total, ['18-29', '30-59']).map((row) => ({ ...row, activityId: seminars[i] as string })),
    ),
  ];
  await insertAll(tx, attendanceCounts, counted);
}
