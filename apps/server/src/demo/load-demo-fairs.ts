import {
  activities,
  consents,
  fairInterviews,
  fairRegistrations,
  functioningAssessments,
  jobSeekerProfiles,
  organisations,
  persons,
  type Transaction,
} from '@birge/db';
import { accessibilitySchema, addDays, type InterviewOutcome } from '@birge/domain';
import { auditAll } from './audited';
import { demoJobProfile } from './demo-job-profiles';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import { type TraineeRows, youngTrainee } from './load-demo-workshops';
import type { Random } from './random';

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

/** The Kazakh employers who came to the fairs, as organisations of the directory. */
async function loadFairEmployers(tx: Transaction, setting: DemoSetting) {
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
  return kazakh.map((k) => k.id);
}

/**
 * Qorgan-M's six job fairs (2024–2025): 125 job seekers registered, each once, and 65 employer registrations,
 * with interviews and what came of them: the figures of the inclusive society programme's logframe.
 */
export async function loadDemoFairs(tx: Transaction, setting: DemoSetting, random: Random) {
  const employerIds = await loadFairEmployers(tx, setting);
  const qorgan = setting.orgId('qorgan');
  const fairs = Array.from({ length: 6 }, (_, i) => {
    const [code, city] = fairPlaces[i % 3] as (typeof fairPlaces)[number];
    return {
      id: crypto.randomUUID(),
      type: 'job_fair' as const,
      title: `Бос жұмыс орындары жәрмеңкесі: ${city}, ${i + 1}`,
      language: 'kk' as const,
      startsAt: new Date(`${addDays('2024-04-18', i * 95)}T10:00:00+05:00`),
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
  const profiles: (typeof jobSeekerProfiles.$inferInsert)[] = [];
  const registrations: (typeof fairRegistrations.$inferInsert)[] = [];
  const interviews: (typeof fairInterviews.$inferInsert)[] = [];
  const seekersPer = [21, 21, 21, 21, 21, 20];
  const employersPer = [11, 11, 11, 11, 11, 10];
  fairs.forEach((fair, f) => {
    const on = fair.startsAt.toISOString().slice(0, 10);
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
      const personId = youngTrainee(random, organisation, addDays(on, -20), rows);
      profiles.push(
        demoJobProfile(
          random,
          { id: personId, regionId: fair.regionId },
          [],
          random.chance(0.85) ? addDays(on, -20) : null,
        ),
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
