import {
  caseNeeds,
  caseNotes,
  caseServices,
  cases,
  caseTasks,
  consents,
  functioningAssessments,
  personLinks,
  persons,
  referrals,
  type Transaction,
} from '@birge/db';
import { isChildProtectionCase, needDomains, scoreAssessment, serviceTypes } from '@birge/domain';
import type { PgTable } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record-audit';
import { demoPerson, demoShortSetAnswers } from './demo-persons';
import { type Random, seededRandom } from './random';

type DemoOrganisation = {
  id: string;
  key: string;
  regionId: string | null;
  country: 'KG' | 'KZ';
  languages: string[];
};

/** How many people each organisation works with, and what share are children. */
const caseloads: Record<string, { people: number; children: number; caseKind: string }> = {
  infoBishkek: { people: 90, children: 0.45, caseKind: 'disability_support' },
  infoOsh: { people: 45, children: 0.4, caseKind: 'disability_support' },
  lagBishkek: { people: 30, children: 0.1, caseKind: 'employment_support' },
  lagNooken: { people: 30, children: 0.2, caseKind: 'employment_support' },
  shaidanSchool: { people: 30, children: 0.9, caseKind: 'disability_support' },
  rehabBishkek: { people: 40, children: 0.3, caseKind: 'disability_support' },
  qorgan: { people: 55, children: 0.2, caseKind: 'disability_support' },
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

function isoDaysAgo(now: Date, days: number) {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Many rows in few statements: one insert per two hundred rows keeps the demo load fast. */
export async function insertAll<T extends PgTable>(tx: Transaction, table: T, rows: T['$inferInsert'][]) {
  for (let i = 0; i < rows.length; i += 200) await tx.insert(table).values(rows.slice(i, i + 200));
}

function tasksFor(random: Random, caseId: string, workerId: string | null, now: Date) {
  return Array.from({ length: random.int(1, 3) }, () => {
    const due = random.int(-20, 30);
    return {
      caseId,
      title: random.pick([
        'Үйгө баруу',
        'Үй-бүлөгө чалуу',
        'Майыптык тууралуу маалымкатты алуу',
        'Жөлөкпулга арыз берүү',
        'Мектеп менен жолугушуу',
      ]),
      assigneeId: workerId,
      dueOn: isoDaysAgo(now, -due),
      doneOn: due < 0 && random.chance(0.5) ? isoDaysAgo(now, -due - 1) : null,
    };
  });
}

/**
 * A few hundred invented persons across the demo organisations, with their consents, functioning
 * assessments, cases (plans, tasks, services, follow-ups) and referrals between organisations.
 */
export async function loadDemoPeople(
  tx: Transaction,
  organisations: DemoOrganisation[],
  workers: { caseworker: string; supervisor: string; rehabWorker: string },
) {
  const random = seededRandom(2026);
  const now = new Date();
  const byKey = new Map(organisations.map((o) => [o.key, o]));
  const people = [];
  const consentRows = [];
  const assessmentRows = [];
  const caseRows = [];
  const needRows = [];
  const taskRows = [];
  const serviceRows = [];
  const noteRows = [];
  const linkRows = [];
  for (const [key, load] of Object.entries(caseloads)) {
    const organisation = byKey.get(key);
    if (!organisation) continue;
    for (let i = 0; i < load.people; i++) {
      const person = demoPerson(random, organisation, random.chance(load.children), now);
      const child = person.tags.includes('child');
      people.push(person);
      consentRows.push({
        personId: person.id,
        purpose: 'registration' as const,
        givenBy: child ? ('representative' as const) : ('person' as const),
        representativeName: child ? `${person.familyName} (parent)` : '',
        method: random.pick(['paper', 'verbal', 'digital'] as const),
        givenOn: isoDaysAgo(now, random.int(30, 700)),
      });
      if (child && random.chance(0.6)) {
        const parent = demoPerson(random, organisation, false, now);
        parent.tags = ['parent'];
        parent.disabilityStatus = 'none';
        people.push(parent);
        linkRows.push(
          { personId: parent.id, relatedPersonId: person.id, relation: 'parent' },
          { personId: person.id, relatedPersonId: parent.id, relation: 'child' },
        );
      }
      const age = person.birthDate
        ? now.getUTCFullYear() - Number(person.birthDate.slice(0, 4))
        : now.getUTCFullYear() - (person.birthYear ?? now.getUTCFullYear());
      if (age >= 5 && random.chance(0.8)) {
        const answers = demoShortSetAnswers(random, person.disabilityStatus !== 'none' || random.chance(0.3));
        const result = scoreAssessment({ instrument: 'wg_ss', answers });
        assessmentRows.push({
          personId: person.id,
          organisationId: organisation.id,
          instrument: 'wg_ss',
          answers,
          result,
          functionalDifficulty: result.functionalDifficulty,
          assessedOn: isoDaysAgo(now, random.int(10, 400)),
        });
        Object.assign(person, { functionalDifficulty: result.functionalDifficulty });
      }
      if (random.chance(0.5)) {
        const caseId = crypto.randomUUID();
        const state = random.pick(states);
        const inBishkekCentre = key === 'infoBishkek';
        const workerId = inBishkekCentre
          ? workers.caseworker
          : key === 'rehabBishkek'
            ? workers.rehabWorker
            : null;
        const planned = !['referral_received', 'assessment', 'planning'].includes(state);
        const kind = child && random.chance(0.3) ? 'child_protection' : load.caseKind;
        if (isChildProtectionCase(kind)) Object.assign(person, { inChildProtection: true });
        caseRows.push({
          id: caseId,
          personId: person.id,
          organisationId: organisation.id,
          kind,
          state,
          workerId,
          supervisorId: inBishkekCentre ? workers.supervisor : null,
          openedOn: isoDaysAgo(now, random.int(20, 600)),
          closedOn: state === 'closed' ? isoDaysAgo(now, random.int(1, 19)) : null,
          closureReason: state === 'closed' ? 'goals_achieved' : null,
          planApprovedBy: planned && inBishkekCentre ? workers.supervisor : null,
          planApprovedAt: planned ? now : null,
        });
        if (state !== 'referral_received') {
          for (const domain of needDomains.slice(0, random.int(2, 5))) {
            needRows.push({ caseId, domain, level: random.pick(['low', 'medium', 'high'] as const) });
          }
        }
        if (state !== 'closed') taskRows.push(...tasksFor(random, caseId, workerId, now));
        if (planned) {
          for (let s = random.int(0, 3); s > 0; s--) {
            serviceRows.push({
              caseId,
              type: random.pick(serviceTypes),
              providerOrganisationId: organisation.id,
              deliveredOn: isoDaysAgo(now, random.int(1, 300)),
              outcome: random.pick(['Аткарылды', 'Улантылууда', 'Кыймылы жакшырды', 'Жөлөкпул дайындалды']),
            });
          }
          noteRows.push({
            caseId,
            kind: 'visit' as const,
            happenedOn: isoDaysAgo(now, random.int(1, 60)),
            text: 'Үйгө барылды: үй-бүлө кыйынчылыкты жеңип жатат, кийинки жолугушуу макулдашылды.',
          });
        }
      }
    }
  }
  await insertAll(tx, persons, people);
  await insertAll(tx, personLinks, linkRows);
  await insertAll(tx, consents, consentRows);
  await insertAll(tx, functioningAssessments, assessmentRows);
  await insertAll(tx, cases, caseRows);
  await insertAll(tx, caseNeeds, needRows);
  await insertAll(tx, caseTasks, taskRows);
  await insertAll(tx, caseServices, serviceRows);
  await insertAll(tx, caseNotes, noteRows);
  const referralCount = await loadDemoReferrals(tx, random, now, people, byKey, workers);
  await recordAudit(
    tx,
    { actorId: null, clientAddress: 'demo' },
    {
      action: 'demo.loadPeople',
      recordType: 'demo',
      recordId: 'people',
      organisationId: null,
      after: {
        persons: people.length,
        cases: caseRows.length,
        assessments: assessmentRows.length,
        referrals: referralCount,
      },
    },
  );
}

/** Referrals from the Bishkek information centre to the rehabilitation centre, in every status. */
async function loadDemoReferrals(
  tx: Transaction,
  random: Random,
  now: Date,
  people: { id: string; ownerOrganisationId: string; tags: string[] }[],
  byKey: Map<string, DemoOrganisation>,
  workers: { caseworker: string; rehabWorker: string },
) {
  const from = byKey.get('infoBishkek');
  const to = byKey.get('rehabBishkek');
  if (!from || !to) return 0;
  const referred = people
    .filter((p) => p.ownerOrganisationId === from.id && !p.tags.includes('parent'))
    .slice(0, 20);
  const statuses = [
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'pending',
    'pending',
    'declined',
    'completed',
  ] as const;
  for (const [i, person] of referred.entries()) {
    const status = statuses[i % statuses.length] ?? 'pending';
    const consentId = crypto.randomUUID();
    await tx.insert(consents).values({
      id: consentId,
      personId: person.id,
      purpose: 'sharing',
      sharedWithOrganisationId: to.id,
      givenBy: person.tags.includes('child') ? 'representative' : 'person',
      representativeName: person.tags.includes('child') ? 'Parent' : '',
      method: 'paper',
      givenOn: isoDaysAgo(now, 40),
    });
    await tx.insert(referrals).values({
      personId: person.id,
      fromOrganisationId: from.id,
      toOrganisationId: to.id,
      service: random.pick(['Физиотерапия', 'Логопед', 'Жардамчы каражатты тандоо', 'Психологиялык колдоо']),
      reason: 'Маалымат борбору көрсөтпөгөн реабилитация керек.',
      sharedFields: ['identity', 'contacts', 'disability', 'functioning'],
      consentId,
      status,
      decisionReason: status === 'declined' ? 'Бул чейректе орун жок, мартта кайра жөнөтүңүз.' : '',
      outcome: status === 'completed' ? '10 сеанстан турган курс аяктады.' : '',
      referredBy: workers.caseworker,
      decidedBy: status === 'pending' ? null : workers.rehabWorker,
      decidedAt: status === 'pending' ? null : now,
    });
  }
  return referred.length;
}
