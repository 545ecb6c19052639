import {
  activities,
  consents,
  employerDetails,
  fairInterviews,
  fairRegistrations,
  functioningAssessments,
  jobSeekerProfiles,
  organisations,
  persons,
  placementFollowUps,
  placements,
  type Transaction,
  vacancies,
  workshops,
  workshopTrainees,
} from '@birge/db';
import { accessibilitySchema, type InterviewOutcome, premisesSchema, skills } from '@birge/domain';
import { eq, inArray } from 'drizzle-orm';
import { auditAll } from './audited';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import { type TraineeRows, youngTrainee } from './load-demo-workshops';
import { type Random, seededRandom } from './random';

type Profile = typeof jobSeekerProfiles.$inferInsert;
type Placement = typeof placements.$inferInsert;

/** The demo's employers with their size and how many persons with disabilities they employ. */
const employerFacts = [
  ['nanBakery', 'lagBishkek', 'food', 45, 1],
  ['bishkekCall', 'lagBishkek', 'services', 120, 7],
  ['oshTextile', 'agentsOfChange', 'manufacturing', 260, 9],
  ['almaMarket', 'qorgan', 'retail', 310, 6],
] as const;

/** Kazakh employers who came to Qorgan-M's fairs in Turkistan, Karaganda and Shymkent. */
const fairEmployers = [
  ['ТОО «Шымкент Нан»', 'KZ-79'],
  ['ТОО «Оңтүстік Тоқыма»', 'KZ-79'],
  ['ТОО «Шымкент Сервис»', 'KZ-79'],
  ['ИП «Айгерим Дизайн»', 'KZ-79'],
  ['ТОО «Қарағанды Көмір Сервис»', 'KZ-35'],
  ['ТОО «Сарыарқа Маркет»', 'KZ-35'],
  ['ТОО «Теміртау Құрылыс»', 'KZ-35'],
  ['ТОО «Қарағанды IT»', 'KZ-35'],
  ['ТОО «Түркістан Агро»', 'KZ-61'],
  ['ТОО «Кентау Тігін»', 'KZ-61'],
  ['ТОО «Түркістан Қонақүй»', 'KZ-61'],
  ['ТОО «Жібек Жолы Логистик»', 'KZ-61'],
] as const;
const fairPlaces = [
  ['KZ-79', 'Шымкент'],
  ['KZ-35', 'Қарағанды'],
  ['KZ-61', 'Түркістан'],
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (on: string, days: number) =>
  day(new Date(Date.parse(`${on}T00:00:00Z`) + days * 86_400_000));
const plusMonths = (on: string, months: number) => {
  const d = new Date(`${on}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return day(d);
};

function profileOf(
  random: Random,
  personId: string,
  regionId: string | null,
  consentOn: string | null,
): Profile {
  return {
    personId,
    education: random.pick(['secondary', 'secondary', 'vocational', 'higher']),
    skills: [random.pick(skills), random.pick(skills)].filter((s, i, all) => all.indexOf(s) === i),
    sectors: [random.pick(['food', 'retail', 'manufacturing', 'services', 'agriculture'] as const)],
    hours: [random.pick(['full_time', 'part_time', 'flexible'] as const)],
    regionIds: regionId ? [regionId] : [],
    accommodationsNeeded: random.chance(0.5)
      ? [
          random.pick([
            'flexible_hours',
            'job_coach',
            'adapted_tasks',
            'transport',
            'accessible_workplace',
          ] as const),
        ]
      : [],
    readiness: random.pick(['training', 'ready', 'ready', 'working']),
    consentGivenOn: consentOn,
    consentGivenBy: consentOn ? 'person' : null,
  };
}

/** The employers' details, the fair employers of Kazakhstan, and vacancies in Bishkek, Osh and Almaty. */
async function loadEmployers(tx: Transaction, setting: DemoSetting) {
  const details = employerFacts.map(([key, keeper, sector, headcount, employed]) => ({
    id: crypto.randomUUID(),
    organisationId: setting.orgId(key),
    keeperOrganisationId: setting.orgId(keeper),
    sector,
    headcount,
    employeesWithDisabilities: employed,
    contacts: [{ name: 'Отдел кадров', position: 'HR', phone: '+996 312 900 100', email: '' }],
    premises: premisesSchema.parse({ stepFreeEntrance: true, accessibleToilet: key !== 'oshTextile' }),
  }));
  const kazakh = fairEmployers.map(([name, code]) => ({
    id: crypto.randomUUID(),
    name,
    type: 'employer' as const,
    regionId: setting.regionId(code),
    languages: ['kk' as const, 'ru' as const],
    accessibility: accessibilitySchema.parse({}),
  }));
  await insertAll(tx, organisations, kazakh);
  await auditAll(tx, 'organisation', kazakh, (row) => row.id as string);
  await insertAll(tx, employerDetails, details);
  await auditAll(tx, 'employer_details', details, (row) => row.organisationId as string);
  const vacancy = (
    key: string,
    publisher: string,
    region: string,
    fields: Partial<typeof vacancies.$inferInsert>,
  ) => ({
    id: crypto.randomUUID(),
    employerId: setting.orgId(key),
    publisherOrganisationId: setting.orgId(publisher),
    regionId: setting.regionId(region) ?? '',
    title: '',
    hours: 'full_time' as const,
    currency: 'KGS' as const,
    status: 'open' as const,
    ...fields,
  });
  const rows = [
    vacancy('nanBakery', 'lagBishkek', 'KG-GB', {
      title: 'Помощник пекаря',
      sector: 'food',
      hours: 'part_time',
      payFrom: 18000,
      payTo: 24000,
      skills: ['baking', 'cleaning'],
      accommodationsOffered: ['job_coach', 'flexible_hours', 'adapted_tasks'],
      openings: 2,
    }),
    vacancy('nanBakery', 'nanBakery', 'KG-GB', {
      title: 'Продавец в магазине',
      sector: 'retail',
      payFrom: 22000,
      payTo: 28000,
      skills: ['sales', 'customer_service'],
      accommodationsOffered: ['accessible_workplace'],
    }),
    vacancy('bishkekCall', 'lagBishkek', 'KG-GB', {
      title: 'Оператор колл-центра',
      sector: 'services',
      hours: 'shifts',
      payFrom: 25000,
      payTo: 35000,
      skills: ['computer_basics', 'customer_service', 'languages'],
      accommodationsOffered: ['accessible_workplace', 'assistive_technology', 'flexible_hours'],
      openings: 5,
    }),
    vacancy('oshTextile', 'agentsOfChange', 'KG-GO', {
      title: 'Тигүүчү',
      sector: 'manufacturing',
      payFrom: 16000,
      payTo: 22000,
      skills: ['sewing'],
      accommodationsOffered: ['transport', 'job_coach', 'adapted_tasks'],
      openings: 8,
    }),
    vacancy('almaMarket', 'qorgan', 'KZ-75', {
      title: 'Кассир',
      sector: 'retail',
      currency: 'KZT',
      payFrom: 180000,
      payTo: 230000,
      skills: ['sales', 'computer_basics'],
      accommodationsOffered: ['accessible_workplace', 'sign_language', 'flexible_hours'],
      openings: 3,
    }),
  ];
  await insertAll(tx, vacancies, rows);
  await auditAll(tx, 'vacancy', rows, (row) => row.employerId as string);
  return { kazakh: kazakh.map((k) => k.id), vacancies: rows };
}

/**
 * Qorgan-M's six job fairs (2024–2025): 125 job seekers registered, each once, and 65 employer registrations,
 * with interviews and what came of them: the figures of the inclusive society programme's logframe.
 */
async function loadFairs(tx: Transaction, setting: DemoSetting, random: Random, employerIds: string[]) {
  const qorgan = setting.orgId('qorgan');
  const fairs = Array.from({ length: 6 }, (_, i) => {
    const [code, city] = fairPlaces[i % 3] as (typeof fairPlaces)[number];
    return {
      id: crypto.randomUUID(),
      type: 'job_fair' as const,
      title: `Бос жұмыс орындары жәрмеңкесі: ${city}, ${i + 1}`,
      language: 'kk' as const,
      startsAt: new Date(`${plusDays('2024-04-18', i * 95)}T10:00:00+05:00`),
      organisationId: qorgan,
      regionId: setting.regionId(code),
      place: city,
      programmeId: setting.programmeId('inclusiveSociety'),
      status: 'held' as const,
    };
  });
  await insertAll(tx, activities, fairs);
  await auditAll(tx, 'activity', fairs, () => qorgan);
  const rows: TraineeRows = { persons: [], consents: [], assessments: [] };
  const profiles: Profile[] = [];
  const registrations: (typeof fairRegistrations.$inferInsert)[] = [];
  const interviews: (typeof fairInterviews.$inferInsert)[] = [];
  const seekersPer = [21, 21, 21, 21, 21, 20];
  const employersPer = [11, 11, 11, 11, 11, 10];
  fairs.forEach((fair, f) => {
    const on = day(fair.startsAt);
    const organisation = {
      id: qorgan,
      regionId: fair.regionId,
      country: 'KZ' as const,
      languages: ['kk', 'ru'],
    };
    const employersHere = employerIds.slice(f % 2, (f % 2) + (employersPer[f] ?? 0)).map((employerId) => ({
      id: crypto.randomUUID(),
      activityId: fair.id,
      role: 'employer' as const,
      employerId,
    }));
    registrations.push(...employersHere);
    for (let s = 0; s < (seekersPer[f] ?? 0); s++) {
      const personId = youngTrainee(random, organisation, plusDays(on, -20), rows);
      profiles.push(
        profileOf(random, personId, fair.regionId, random.chance(0.85) ? plusDays(on, -20) : null),
      );
      const registration = {
        id: crypto.randomUUID(),
        activityId: fair.id,
        role: 'job_seeker' as const,
        personId,
        accessibilityNeeds: random.chance(0.3)
          ? [random.pick(['step_free_access', 'sign_language', 'easy_read'] as const)]
          : [],
      };
      registrations.push(registration);
      if (random.chance(0.6))
        interviews.push({
          activityId: fair.id,
          seekerRegistrationId: registration.id,
          employerRegistrationId: random.pick(employersHere).id,
          scheduledAt: new Date(`${on}T${String(random.int(11, 16))}:00:00+05:00`),
          outcome: random.pick<InterviewOutcome>([
            'no_show',
            'not_suitable',
            'second_interview',
            'offer',
            'hired',
          ]),
        });
    }
  });
  await insertAll(tx, persons, rows.persons);
  await insertAll(tx, consents, rows.consents);
  await insertAll(tx, functioningAssessments, rows.assessments);
  await insertAll(tx, jobSeekerProfiles, profiles);
  await insertAll(tx, fairRegistrations, registrations);
  await insertAll(tx, fairInterviews, interviews);
}

/** Follow-ups due by today, each finding the person still employed, or not, and none after they left. */
function followUpsOf(random: Random, placement: Placement & { id: string }, today: string) {
  const rows: (typeof placementFollowUps.$inferInsert)[] = [];
  for (const months of [1, 3, 6]) {
    const checkedOn = plusDays(plusMonths(placement.startedOn, months), random.int(0, 6));
    if (checkedOn > today) break;
    const stillEmployed = random.chance(0.88);
    rows.push({ placementId: placement.id, months, checkedOn, stillEmployed });
    if (!stillEmployed) break;
  }
  return rows;
}

/**
 * Agents of Change's villagers placed in jobs since 2023, and graduates of the Nooken greenhouse placed by
 * their action group, with follow-ups at 1, 3 and 6 months. The greenhouse trainees get job-seeker profiles,
 * most with consent to be shown to employers.
 */
async function loadPlacements(tx: Transaction, setting: DemoSetting, random: Random) {
  const today = day(new Date());
  const agents = setting.orgId('agentsOfChange');
  const [agentsRow] = await tx.select().from(organisations).where(eq(organisations.id, agents));
  const rows: TraineeRows = { persons: [], consents: [], assessments: [] };
  const profiles: Profile[] = [];
  const placed: (Placement & { id: string })[] = [];
  const employers = ['oshTextile', 'nanBakery', 'bishkekCall'].map((key) => setting.orgId(key));
  for (let i = 0; i < 24; i++) {
    const startedOn = plusDays('2023-03-01', i * 40);
    const villager = {
      id: agents,
      regionId: agentsRow?.regionId ?? null,
      country: 'KG' as const,
      languages: ['ky'],
    };
    const personId = youngTrainee(random, villager, plusDays(startedOn, -30), rows);
    profiles.push({
      ...profileOf(random, personId, villager.regionId, plusDays(startedOn, -30)),
      readiness: 'working',
    });
    placed.push({
      id: crypto.randomUUID(),
      personId,
      organisationId: agents,
      employerId: random.pick(employers),
      position: random.pick(['Тигүүчү', 'Нан бышыруучу', 'Оператор', 'Сатуучу']),
      startedOn,
      jobCoach: random.chance(0.4),
      accommodationsProvided: random.chance(0.5) ? ['job_coach'] : [],
      programmeId: setting.programmeId('villagersEmployment'),
    });
  }
  await insertAll(tx, persons, rows.persons);
  await insertAll(tx, consents, rows.consents);
  await insertAll(tx, functioningAssessments, rows.assessments);

  const trainees = await tx
    .select({
      personId: workshopTrainees.personId,
      organisationId: workshops.organisationId,
      regionId: workshops.regionId,
    })
    .from(workshopTrainees)
    .innerJoin(workshops, eq(workshops.id, workshopTrainees.workshopId))
    .where(inArray(workshops.organisationId, [setting.orgId('lagNooken'), setting.orgId('lagBishkek')]));
  for (const trainee of trainees)
    profiles.push(
      profileOf(random, trainee.personId, trainee.regionId, random.chance(0.8) ? '2026-01-15' : null),
    );
  await insertAll(tx, jobSeekerProfiles, profiles);
  await insertAll(tx, placements, placed);
  await auditAll(tx, 'placement', placed, (row) => row.organisationId as string);
  await insertAll(
    tx,
    placementFollowUps,
    placed.flatMap((p) => followUpsOf(random, p, today)),
  );
}

/** Employment: employers, vacancies, job seekers, Qorgan-M's fairs and the villagers' placements. */
export async function loadDemoEmployment(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(2024);
  const { kazakh } = await loadEmployers(tx, setting);
  await loadFairs(tx, setting, random, kazakh);
  await loadPlacements(tx, setting, random);
}
