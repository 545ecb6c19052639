import { consents, persons, type Transaction, volunteerHours, volunteers } from '@birge/db';
import { volunteerAvailabilities, volunteerSkills } from '@birge/domain';
import { recordAudit } from '../audit/record-audit';
import { demoPerson } from './demo-persons';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import { seededRandom } from './random';

const expertAreas = [
  'Еңбек құқығы',
  'Инклюзивті білім беру',
  'Ерте араласу',
  'Мүгедектігі бар адамдарды жұмысқа орналастыру',
  'Психологиялық қолдау',
  'Реабилитация',
];
/** Where Qorgan-M's programme worked: Turkistan and Karaganda regions, and Shymkent. */
const regionCodes = ['KZ-61', 'KZ-35', 'KZ-79'];
const tasks = [
  'Жәрмеңкеде қатысушыларды қарсы алу',
  'Ымдау тіліне аудару',
  'Ата-аналарға кеңес беру',
  'Онлайн семинар өткізу',
  'Шағын грант өтінімдерін қарау',
  'Жұмыс берушілермен кездесу',
];

const programmeDays = (() => {
  const first = Date.parse('2024-03-01T00:00:00Z');
  const last = Date.parse('2025-10-31T00:00:00Z');
  return { first, span: Math.round((last - first) / 86_400_000) };
})();

/**
 * Qorgan-M's roster for its inclusive-society programme (March 2024 – October 2025): 2,000 volunteers who gave
 * their time, 200 of them experts, each with a few entries of hours.
 */
export async function loadDemoVolunteers(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(2024);
  const qorgan = setting.orgId('qorgan');
  const programmeId = setting.programmeId('inclusiveSociety');
  const personRows: (typeof persons.$inferInsert)[] = [];
  const consentRows: (typeof consents.$inferInsert)[] = [];
  const volunteerRows: (typeof volunteers.$inferInsert)[] = [];
  const hourRows: (typeof volunteerHours.$inferInsert)[] = [];
  for (let i = 0; i < 2000; i++) {
    const expert = i % 10 === 0;
    const joined = programmeDays.first + random.int(0, programmeDays.span - 60) * 86_400_000;
    const joinedOn = new Date(joined).toISOString().slice(0, 10);
    const regionId = setting.regionId(random.pick(regionCodes));
    const person = demoPerson(
      random,
      { id: qorgan, regionId, country: 'KZ', languages: ['kk', 'ru'] },
      false,
      new Date(joined),
    );
    personRows.push({ ...person, tags: ['volunteer'], createdAt: new Date(joined) });
    consentRows.push({
      personId: person.id,
      purpose: 'registration',
      givenBy: 'person',
      method: random.pick(['paper', 'digital'] as const),
      givenOn: joinedOn,
    });
    const volunteerId = crypto.randomUUID();
    volunteerRows.push({
      id: volunteerId,
      organisationId: qorgan,
      personId: person.id,
      skills: [random.pick(volunteerSkills), random.pick(volunteerSkills)].filter(
        (s, k, all) => all.indexOf(s) === k,
      ),
      languages: random.chance(0.7) ? ['kk', 'ru'] : [random.pick(['kk', 'ru'] as const)],
      expert,
      expertise: expert ? random.pick(expertAreas) : '',
      availability: random.pick(volunteerAvailabilities),
      status: random.chance(0.85) ? 'active' : 'inactive',
    });
    for (let n = random.int(1, 4); n > 0; n--) {
      const worked = joined + random.int(0, 59) * 86_400_000;
      hourRows.push({
        volunteerId,
        workedOn: new Date(worked).toISOString().slice(0, 10),
        hours: expert ? random.int(2, 6) : random.int(1, 8) / 2 + 1,
        programmeId,
        description: random.pick(tasks),
      });
    }
  }
  await insertAll(tx, persons, personRows);
  await insertAll(tx, consents, consentRows);
  await insertAll(tx, volunteers, volunteerRows);
  await insertAll(tx, volunteerHours, hourRows);
  await recordAudit(
    tx,
    { actorId: null, clientAddress: 'demo' },
    {
      action: 'demo.loadVolunteers',
      recordType: 'demo',
      recordId: 'volunteers',
      organisationId: qorgan,
      after: { volunteers: volunteerRows.length, hours: hourRows.length },
    },
  );
}
