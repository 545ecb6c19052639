import {
  consents,
  employerDetails,
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
import { addDays, addMonths, type LeavingReason, premisesSchema, today as todayIs } from '@birge/domain';
import { eq, inArray } from 'drizzle-orm';
import { auditAll } from './audited';
import { demoJobProfile } from './demo-job-profiles';
import type { DemoSetting } from './load-demo';
import { loadDemoFairs } from './load-demo-fairs';
import { loadDemoJobSeekers } from './load-demo-job-seekers';
import { insertAll } from './load-demo-people';
import { type TraineeRows, youngTrainee } from './load-demo-workshops';
import { type Random, seededRandom } from './random';

type Profile = typeof jobSeekerProfiles.$inferInsert;
const profileOf = (random: Random, personId: string, regionId: string | null, consentOn: string | null) =>
  demoJobProfile(random, { id: personId, regionId }, [], consentOn);
type Placement = typeof placements.$inferInsert;

/** The demo's employers with their size and how many persons with disabilities they employ. */
const employerFacts = [
  ['nanBakery', 'lagBishkek', 'food', 45, 1],
  ['bishkekCall', 'lagBishkek', 'services', 120, 7],
  ['oshTextile', 'agentsOfChange', 'manufacturing', 260, 9],
  ['almaMarket', 'qorgan', 'retail', 310, 6],
] as const;

/** The employers' details, and vacancies in Bishkek, Osh and Almaty. */
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
  return rows;
}

const leavingReasons: LeavingReason[] = [
  'resigned',
  'health',
  'workplace_barriers',
  'moved',
  'contract_ended',
];

/**
 * Follow-ups due by today, each finding the person still employed, or not; one that does not ends the placement
 * on a day since the last check, with the reason, and none follows it.
 */
function followUpsOf(random: Random, placement: Placement & { id: string }, today: string) {
  const rows: (typeof placementFollowUps.$inferInsert)[] = [];
  let lastAtWork = placement.startedOn;
  for (const months of [1, 3, 6]) {
    const checkedOn = addDays(addMonths(placement.startedOn, months), random.int(0, 6));
    if (checkedOn > today) break;
    const stillEmployed = random.chance(0.88);
    rows.push({ placementId: placement.id, months, checkedOn, stillEmployed });
    if (!stillEmployed) {
      const left = addDays(lastAtWork, random.int(1, 30));
      placement.endedOn = left < checkedOn ? left : checkedOn;
      placement.leavingReason = random.pick(leavingReasons);
      break;
    }
    lastAtWork = checkedOn;
  }
  return rows;
}

/**
 * Agents of Change's villagers placed in jobs since 2023, and graduates of the Nooken greenhouse placed by
 * their action group, with follow-ups at 1, 3 and 6 months. The greenhouse trainees get job-seeker profiles,
 * most with consent to be shown to employers.
 */
async function loadPlacements(tx: Transaction, setting: DemoSetting, random: Random) {
  const today = todayIs();
  const agents = setting.orgId('agentsOfChange');
  const [agentsRow] = await tx.select().from(organisations).where(eq(organisations.id, agents));
  const rows: TraineeRows = { persons: [], consents: [], assessments: [] };
  const profiles: Profile[] = [];
  const placed: (Placement & { id: string })[] = [];
  const employers = ['oshTextile', 'nanBakery', 'bishkekCall'].map((key) => setting.orgId(key));
  for (let i = 0; i < 24; i++) {
    const startedOn = addDays('2023-03-01', i * 40);
    const villager = {
      id: agents,
      regionId: agentsRow?.regionId ?? null,
      country: 'KG' as const,
      languages: ['ky'],
    };
    const personId = youngTrainee(random, villager, addDays(startedOn, -30), rows);
    profiles.push({
      ...profileOf(random, personId, villager.regionId, addDays(startedOn, -30)),
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
  // Each group's first trainee has not yet been asked, so every demo shows a profile employers cannot see.
  const asked = new Set<string>();
  for (const trainee of trainees) {
    const consentOn = random.chance(0.8) && asked.has(trainee.organisationId) ? '2026-01-15' : null;
    asked.add(trainee.organisationId);
    profiles.push(profileOf(random, trainee.personId, trainee.regionId, consentOn));
  }
  await insertAll(tx, jobSeekerProfiles, profiles);
  const followUps = placed.flatMap((p) => followUpsOf(random, p, today));
  await insertAll(tx, placements, placed);
  await auditAll(tx, 'placement', placed, (row) => row.organisationId as string);
  await insertAll(tx, placementFollowUps, followUps);
}

/** Employment: employers, vacancies, job seekers, Qorgan-M's fairs and the villagers' placements. */
export async function loadDemoEmployment(tx: Transaction, setting: DemoSetting) {
  const random = seededRandom(2024);
  await loadEmployers(tx, setting);
  await loadDemoJobSeekers(tx, setting, random);
  await loadDemoFairs(tx, setting, random);
  await loadPlacements(tx, setting, random);
}
