import { openDatabase } from '@birge/db';
import {
  consultationChannels,
  consultationTopics,
  isChildProtectionCase,
  needDomains,
  scoreAssessment,
  serviceTypes,
} from '@birge/domain';
import { demoPerson, demoShortSetAnswers, seededRandom } from '@birge/server/demo';
import { hashPassword } from '@birge/server/passwords';
import pg from 'pg';
import { copyRows } from './copy-rows';
import { copyEmployers, jobSeekerColumns, jobSeekersAmong } from './employment-data';
import { benchOptions, benchPassword } from './options';
import { regionShares } from './population';

// `npm run bench:data -- --persons 1000000`: a national-scale, deterministic data set in its own database.
const { persons: total, databaseUrl } = benchOptions();
const started = Date.now();
const random = seededRandom(218_000);
const now = new Date();
const log = (what: string) =>
  console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`);

const url = new URL(databaseUrl);
const databaseName = url.pathname.slice(1);
const adminUrl = new URL(databaseUrl);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${databaseName}"`);
await admin.end();
const handle = await openDatabase({ databaseUrl, poolSize: 1 });
await handle.migrate();
await handle.close();
log(`migrated ${databaseName}`);

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const client = await pool.connect();
const { rows: regionRows } = await client.query<{ id: string; code: string; country: 'KG' | 'KZ' }>(
  'select id, code, country from regions where code is not null',
);
const regionByCode = new Map(regionRows.map((r) => [r.code, r]));

// Organisations: about 2,000 per million persons, spread like the population.
const organisationCount = Math.max(20, Math.round(total / 500));
const organisations: {
  id: string;
  regionId: string;
  country: 'KG' | 'KZ';
  languages: string[];
  worker: string;
  supervisor: string;
}[] = [];
const types = [
  'ngo',
  'parent_group',
  'information_centre',
  'resource_group',
  'local_action_group',
  'health_facility',
  'school',
];
for (const { code, share } of regionShares) {
  const region = regionByCode.get(code);
  if (!region) continue;
  for (let i = 0; i < Math.max(1, Math.round(organisationCount * share)); i++) {
    organisations.push({
      id: crypto.randomUUID(),
      regionId: region.id,
      country: region.country,
      languages: region.country === 'KZ' ? ['kk', 'ru'] : ['ky', 'ru'],
      worker: crypto.randomUUID(),
      supervisor: crypto.randomUUID(),
    });
  }
}
await copyRows(
  client,
  'organisations',
  ['id', 'name', 'type', 'region_id', 'languages', 'accessibility'],
  organisations.map((o, i) => [
    o.id,
    `Organisation ${i + 1}`,
    types[i % types.length],
    o.regionId,
    o.languages,
    { stepFreeEntrance: i % 3 === 0 },
  ]),
);
const passwordHash = await hashPassword(benchPassword);
const nationalCoordinator = crypto.randomUUID();
await copyRows(
  client,
  'users',
  ['id', 'email', 'name', 'password_hash', 'language'],
  [
    [nationalCoordinator, 'national@bench.test', 'National coordinator', passwordHash, 'ru'],
    ...organisations.flatMap((o, i) => [
      [o.worker, `worker${i + 1}@bench.test`, `Case worker ${i + 1}`, passwordHash, 'ky'],
      [o.supervisor, `supervisor${i + 1}@bench.test`, `Supervisor ${i + 1}`, passwordHash, 'ru'],
    ]),
  ],
);
await copyRows(
  client,
  'memberships',
  ['user_id', 'organisation_id', 'roles'],
  organisations.flatMap((o) => [
    [o.worker, o.id, ['case_worker', 'child_protection']],
    [o.supervisor, o.id, ['coordinator', 'child_protection']],
    [nationalCoordinator, o.id, ['coordinator', 'child_protection']],
  ]),
);
// One national network of every organisation: what the benchmark's programme dashboard counts over.
const networkId = crypto.randomUUID();
await copyRows(
  client,
  'networks',
  ['id', 'name', 'lead_organisation_id'],
  [[networkId, 'National network', organisations[0]?.id]],
);
await copyRows(
  client,
  'network_members',
  ['network_id', 'organisation_id'],
  organisations.map((o) => [networkId, o.id]),
);
log(`${organisations.length} organisations in one network, ${organisations.length * 2 + 1} users`);

// Persons with everything the case work makes of them, twenty thousand at a time.
const cumulative: { until: number; organisations: typeof organisations }[] = [];
let sum = 0;
for (const { code, share } of regionShares) {
  const region = regionByCode.get(code);
  sum += share;
  cumulative.push({ until: sum, organisations: organisations.filter((o) => o.regionId === region?.id) });
}
const pickOrganisation = () => {
  const r = random.next() * sum;
  const bucket =
    cumulative.find((c) => r < c.until && c.organisations.length) ??
    cumulative.find((c) => c.organisations.length);
  return random.pick(bucket?.organisations ?? organisations);
};
const regionsOf = { KG: [] as string[], KZ: [] as string[] };
for (const { code } of regionShares) {
  const region = regionByCode.get(code);
  if (region) regionsOf[region.country].push(region.id);
}
const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const counts = {
  persons: 0,
  assessments: 0,
  cases: 0,
  tasks: 0,
  services: 0,
  notes: 0,
  needs: 0,
  referrals: 0,
  consultations: 0,
  jobSeekers: 0,
};
const states = [
  'referral_received',
  'assessment',
  'planning',
  'implementation',
  'implementation',
  'review',
  'closed',
];

for (let done = 0; done < total; ) {
  const size = Math.min(20_000, total - done);
  const persons = [];
  const consents = [];
  const assessments = [];
  const cases = [];
  const tasks = [];
  const services = [];
  const notes = [];
  const needs = [];
  const referrals = [];
  const consultations: Parameters<typeof copyRows>[3] = [];
  const adults: Parameters<typeof jobSeekersAmong>[0] = [];
  const messages: Parameters<typeof copyRows>[3] = [];
  for (let i = 0; i < size; i++) {
    const organisation = pickOrganisation();
    const person = demoPerson(random, organisation, random.chance(0.17), now);
    const child = person.tags.includes('child');
    adults.push({ id: person.id, regionId: person.regionId, child, country: organisation.country });
    // Registered with their consent, over the last four years: the dashboard's persons count by year.
    const registeredOn = iso(random.int(30, 1500));
    let functionalDifficulty: string | null = null;
    if (
      random.chance(0.8) &&
      (person.birthYear ?? Number(person.birthDate?.slice(0, 4))) <= now.getUTCFullYear() - 5
    ) {
      const answers = demoShortSetAnswers(random, person.disabilityStatus !== 'none');
      const result = scoreAssessment({ instrument: 'wg_ss', answers });
      functionalDifficulty = result.functionalDifficulty;
      assessments.push([
        person.id,
        organisation.id,
        'wg_ss',
        answers,
        result,
        functionalDifficulty,
        iso(random.int(10, 900)),
      ]);
    }
    const personRow = [
      person.id,
      person.ownerOrganisationId,
      person.familyName,
      person.givenName,
      person.patronymic,
      person.latinName,
      person.sex,
      person.birthDate,
      person.birthYear,
      person.regionId,
      person.phones,
      person.languages,
      person.disabilityStatus,
      person.tags,
      functionalDifficulty,
      person.nameKey,
      person.phoneKeys,
      `${registeredOn}T06:00:00Z`,
      false,
    ];
    persons.push(personRow);
    // About 200,000 consultations a million persons, most of them answered.
    if (random.chance(0.2)) {
      const consultationId = crypto.randomUUID();
      const asked = new Date(now.getTime() - random.int(1, 700) * 86_400_000);
      const status = random.pick([
        'answered',
        'answered',
        'closed',
        'closed',
        'waiting',
        'in_progress',
        'self_served',
      ]);
      const answered = ['answered', 'closed'].includes(status)
        ? new Date(asked.getTime() + random.int(1, 72) * 3_600_000)
        : null;
      consultations.push([
        consultationId,
        organisation.id,
        random.pick(consultationChannels),
        random.pick(consultationTopics),
        person.languages[0],
        status,
        asked,
        status === 'waiting' ? asked : null,
        answered,
        answered,
        status === 'closed' ? answered : null,
        answered && random.chance(0.6) ? random.int(3, 5) : null,
      ]);
      messages.push([
        consultationId,
        'person',
        'How do I apply for the disability benefit for my son?',
        null,
      ]);
      if (answered)
        messages.push([
          consultationId,
          'expert',
          'Apply at the district social protection office with the certificate.',
          organisation.worker,
        ]);
    }
    consents.push([
      person.id,
      'registration',
      child ? 'representative' : 'person',
      child ? 'Parent' : '',
      'paper',
      registeredOn,
    ]);
    if (random.chance(0.2)) {
      const caseId = crypto.randomUUID();
      const state = random.pick(states);
      const kind = child && random.chance(0.3) ? 'child_protection' : 'disability_support';
      // The case puts its person under child protection, as opening it through the API would.
      if (isChildProtectionCase(kind)) personRow[personRow.length - 1] = true;
      cases.push([
        caseId,
        person.id,
        organisation.id,
        kind,
        state,
        organisation.worker,
        organisation.supervisor,
        iso(random.int(20, 900)),
        state === 'closed' ? iso(random.int(1, 19)) : null,
        state === 'closed' ? 'goals_achieved' : null,
      ]);
      for (const domain of needDomains.slice(0, 2))
        needs.push([caseId, domain, random.pick(['low', 'medium', 'high'])]);
      for (let t = 0; t < 2; t++) {
        const due = random.int(-30, 30);
        tasks.push([
          caseId,
          'Home visit',
          organisation.worker,
          iso(-due),
          due < 0 && random.chance(0.5) ? iso(-due - 1) : null,
        ]);
      }
      for (let s = random.int(0, 3); s > 0; s--)
        services.push([
          caseId,
          random.pick(serviceTypes),
          organisation.id,
          iso(random.int(1, 600)),
          'Completed',
        ]);
      notes.push([
        caseId,
        'visit',
        iso(random.int(1, 90)),
        'Home visit: the family is coping.',
        organisation.worker,
      ]);
      if (random.chance(0.1)) {
        const to = pickOrganisation();
        if (to.id !== organisation.id) {
          referrals.push([
            person.id,
            caseId,
            organisation.id,
            to.id,
            'Rehabilitation',
            ['identity', 'contacts'],
            'Urgent need, consent by phone',
            random.pick(['pending', 'accepted', 'declined', 'completed']),
            organisation.worker,
          ]);
        }
      }
    }
  }
  await copyRows(
    client,
    'persons',
    [
      'id',
      'owner_organisation_id',
      'family_name',
      'given_name',
      'patronymic',
      'latin_name',
      'sex',
      'birth_date',
      'birth_year',
      'region_id',
      'phones',
      'languages',
      'disability_status',
      'tags',
      'functional_difficulty',
      'name_key',
      'phone_keys',
      'created_at',
      'in_child_protection',
    ],
    persons,
  );
  const jobSeekers = jobSeekersAmong(adults, regionsOf);
  await copyRows(client, 'job_seeker_profiles', jobSeekerColumns, jobSeekers);
  await copyRows(
    client,
    'consents',
    ['person_id', 'purpose', 'given_by', 'representative_name', 'method', 'given_on'],
    consents,
  );
  await copyRows(
    client,
    'functioning_assessments',
    [
      'person_id',
      'organisation_id',
      'instrument',
      'answers',
      'result',
      'functional_difficulty',
      'assessed_on',
    ],
    assessments,
  );
  await copyRows(
    client,
    'cases',
    [
      'id',
      'person_id',
      'organisation_id',
      'kind',
      'state',
      'worker_id',
      'supervisor_id',
      'opened_on',
      'closed_on',
      'closure_reason',
    ],
    cases,
  );
  await copyRows(client, 'case_needs', ['case_id', 'domain', 'level'], needs);
  await copyRows(client, 'case_tasks', ['case_id', 'title', 'assignee_id', 'due_on', 'done_on'], tasks);
  await copyRows(
    client,
    'case_services',
    ['case_id', 'type', 'provider_organisation_id', 'delivered_on', 'outcome'],
    services,
  );
  await copyRows(client, 'case_notes', ['case_id', 'kind', 'happened_on', 'text', 'author_id'], notes);
  await copyRows(
    client,
    'referrals',
    [
      'person_id',
      'case_id',
      'from_organisation_id',
      'to_organisation_id',
      'service',
      'shared_fields',
      'consent_override_reason',
      'status',
      'referred_by',
    ],
    referrals,
  );
  await copyRows(
    client,
    'consultations',
    [
      'id',
      'organisation_id',
      'channel',
      'topic',
      'language',
      'status',
      'asked_at',
      'waiting_since',
      'first_answered_at',
      'answered_at',
      'closed_at',
      'rating',
    ],
    consultations,
  );
  await copyRows(client, 'consultation_messages', ['consultation_id', 'kind', 'body', 'author_id'], messages);
  done += size;
  counts.persons += persons.length;
  counts.consultations += consultations.length;
  counts.jobSeekers += jobSeekers.length;
  counts.assessments += assessments.length;
  counts.cases += cases.length;
  counts.tasks += tasks.length;
  counts.services += services.length;
  counts.notes += notes.length;
  counts.needs += needs.length;
  counts.referrals += referrals.length;
  if (done % 100_000 === 0 || done === total) log(`${done.toLocaleString('en')} persons`);
}
// Employers kept by the organisations of their region, with vacancies, and one of them with its own staff.
const { employers, vacancies } = await copyEmployers(client, total, organisations);
const employerUser = crypto.randomUUID();
await copyRows(
  client,
  'users',
  ['id', 'email', 'name', 'password_hash', 'language'],
  [[employerUser, 'employer@bench.test', 'Employer staff', passwordHash, 'ru']],
);
await copyRows(
  client,
  'memberships',
  ['user_id', 'organisation_id', 'roles'],
  [[employerUser, employers[0], ['employer']]],
);
log(`${employers.length} employers with ${vacancies} vacancies, ${counts.jobSeekers} job seekers`);
await client.query('ANALYZE');
client.release();
await pool.end();
log(`done: ${JSON.stringify(counts)}`);
