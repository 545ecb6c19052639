import type { Role } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CareLeaver,
  type ChildcareFixtures,
  careLeaverFixtures,
  childcareFixtures,
  childInput,
} from './childcare-fixtures';
import { addAccount, askQuestion } from './consultation-fixtures';
import { type Client, createTestApp, fingerprint, personInput, type TestApp } from './harness';

/**
 * Walks every route of the API as the administrator of another organisation (Qorgan-M, in Kazakhstan) against
 * the records of the Janyryk network. The directory of organisations and networks and the list of regions are
 * shared by everyone signed in; users, memberships, tokens and the audit trail belong to their organisation.
 */
let t: TestApp;
let outsider: Client;
const ids = {} as Record<
  | 'organisation'
  | 'user'
  | 'membership'
  | 'token'
  | 'network'
  | 'member'
  | 'qorganUser'
  | 'centre'
  | 'rehab'
  | 'qorgan'
  | 'person'
  | 'consent'
  | 'case'
  | 'goal'
  | 'task'
  | 'referral'
  | 'savedFilter'
  | 'consultation'
  | 'message'
  | 'article'
  | 'workshop'
  | 'module'
  | 'trainee'
  | 'volunteer',
  string
>;

beforeAll(async () => {
  t = await createTestApp();
  const owner = await t.signIn('janyryk.admin@birge.test');
  ids.organisation = await t.organisationId('Жаңырык — национальная');
  ids.user = await t.userId('secretariat@birge.test');
  const user = await owner.get(`/api/users/${ids.user}`);
  ids.membership = user.body.user.memberships[0].id;
  ids.token = (await owner.post('/api/me/tokens', { name: 'Janyryk integration' })).body.id;
  const networks = await owner.get('/api/networks');
  ids.network = networks.body.items.find(
    (n: { leadOrganisationId: string }) => n.leadOrganisationId === ids.organisation,
  ).id;
  ids.member = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  ids.qorganUser = await t.userId('expert@birge.test');
  outsider = await t.signIn('qorgan.admin@birge.test');
  await personFixtures();
});

/** The Bishkek centre's child-protection work: a named child in a request, a case, a placement and a visit. */
let care: ChildcareFixtures;
beforeAll(async () => {
  care = await childcareFixtures(t);
});

/** What an outsider sees of the child-protection work: counts, never the child's name. */
const namesNoChild = (body: unknown) => expect(JSON.stringify(body)).not.toContain('Айсулуу');

/**
 * A programme of Janyryk with the Bishkek centre as implementer: a goal, an outcome, an output, an indicator
 * with a value entered by hand.
 */
const programme: Record<'id' | 'goal' | 'output' | 'indicator' | 'manualValue', string> = {
  id: '',
  goal: '',
  output: '',
  indicator: '',
  manualValue: '',
};
beforeAll(async () => {
  const owner = await t.signIn('janyryk.admin@birge.test');
  const title = { ky: 'Мектептер', kk: 'Мектептер', ru: 'Школы', en: 'Schools' };
  programme.id = (
    await owner.post('/api/programmes', {
      title,
      description: { ky: '', kk: '', ru: '', en: '' },
      ownerOrganisationId: ids.organisation,
      status: 'implementation',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      currency: 'KGS',
      participants: [{ organisationId: ids.centre, role: 'implementing' }],
    })
  ).body.id;
  const add = async (parentId: string | null, level: string, code: string) =>
    (await owner.post(`/api/programmes/${programme.id}/results`, { parentId, level, code, title })).body.id;
  programme.goal = await add(null, 'goal', 'G');
  programme.output = await add(await add(programme.goal, 'outcome', '1'), 'output', '1.1');
  programme.indicator = (
    await owner.post(`/api/results/${programme.output}/indicators`, { code: '1.1.a', title, unit: 'schools' })
  ).body.id;
  programme.manualValue = (
    await owner.post(`/api/indicators/${programme.indicator}/manual-values`, {
      periodStart: '2026-01-01',
      periodEnd: '2026-04-01',
      value: 3,
    })
  ).body.id;
});

/** A training of the Bishkek centre with its person registered and completing it, a material, a visit. */
const activity: Record<'id' | 'attendee' | 'material', string> = { id: '', attendee: '', material: '' };
beforeAll(async () => {
  const supervisor = await t.signIn('supervisor@birge.test');
  activity.id = (
    await supervisor.post('/api/activities', {
      type: 'training',
      title: 'Тренинг фасилитаторов',
      language: 'ru',
      startsAt: '2026-03-02T09:00:00+06:00',
      organisationId: ids.centre,
      trainsFacilitators: true,
    })
  ).body.id;
  activity.attendee = (
    await supervisor.post(`/api/activities/${activity.id}/attendees`, { personId: ids.person })
  ).body.id;
  await supervisor.patch(`/api/activities/${activity.id}/attendees/${activity.attendee}`, {
    completed: true,
  });
  const uploaded = await t.app.inject({
    method: 'POST',
    url: `/api/activities/${activity.id}/materials?name=agenda.txt&type=text/plain`,
    headers: {
      cookie: supervisor.cookie,
      'x-csrf-token': supervisor.csrfToken,
      'content-type': 'application/octet-stream',
    },
    payload: Buffer.from('agenda'),
  });
  activity.material = uploaded.json().id;
  await supervisor.post('/api/monitoring-visits', {
    organisationId: ids.centre,
    facilitatorId: ids.person,
    visitedOn: '2026-04-01',
  });
});

/**
 * Employment at the Bishkek centre: its person's consented profile, the bakery's details kept by the centre, a
 * vacancy it published with the person proposed, a job fair with an interview, a placement followed up.
 */
const work: Record<
  'bakery' | 'region' | 'vacancy' | 'proposal' | 'fair' | 'interview' | 'placement',
  string
> = {
  bakery: '',
  region: '',
  vacancy: '',
  proposal: '',
  fair: '',
  interview: '',
  placement: '',
};
beforeAll(async () => {
  const supervisor = await t.signIn('supervisor@birge.test');
  work.bakery = await t.organisationId('Нан-Ай');
  const bishkek = (await supervisor.get('/api/regions?country=KG')).body.items.find(
    (r: { code: string }) => r.code === 'KG-GB',
  ).id;
  work.region = bishkek;
  await supervisor.request('PUT', `/api/persons/${ids.person}/job-profile`, {
    education: 'secondary',
    skills: ['sewing'],
    regionIds: [bishkek],
    readiness: 'ready',
    consent: { givenOn: '2026-05-01', givenBy: 'person' },
  });
  await supervisor.request('PUT', `/api/employers/${work.bakery}`, {
    keeperOrganisationId: ids.centre,
    headcount: 40,
    employeesWithDisabilities: 1,
  });
  work.vacancy = (
    await supervisor.post('/api/vacancies', {
      employerId: work.bakery,
      publisherOrganisationId: ids.centre,
      title: 'Швея',
      regionId: bishkek,
      hours: 'full_time',
      currency: 'KGS',
      skills: ['sewing'],
    })
  ).body.id;
  work.proposal = (
    await supervisor.post(`/api/vacancies/${work.vacancy}/proposals`, { personId: ids.person })
  ).body.id;
  work.fair = (
    await supervisor.post('/api/activities', {
      type: 'job_fair',
      title: 'Ярмарка вакансий',
      language: 'ru',
      startsAt: '2026-04-02T10:00:00+06:00',
      organisationId: ids.centre,
      status: 'held',
    })
  ).body.id;
  const seeker = await supervisor.post(`/api/activities/${work.fair}/fair/registrations`, {
    role: 'job_seeker',
    personId: ids.person,
  });
  const company = await supervisor.post(`/api/activities/${work.fair}/fair/registrations`, {
    role: 'employer',
    employerId: work.bakery,
  });
  work.interview = (
    await supervisor.post(`/api/activities/${work.fair}/fair/interviews`, {
      seekerRegistrationId: seeker.body.id,
      employerRegistrationId: company.body.id,
      scheduledAt: '2026-04-02T11:00:00+06:00',
    })
  ).body.id;
  work.placement = (
    await supervisor.post('/api/placements', {
      personId: ids.person,
      employerId: work.bakery,
      position: 'Швея',
      startedOn: '2026-04-10',
    })
  ).body.id;
  await supervisor.post(`/api/placements/${work.placement}/follow-ups`, {
    months: 1,
    checkedOn: '2026-05-11',
    stillEmployed: true,
  });
});

/** A person of the Bishkek information centre with a case, a consent and a referral to the rehabilitation centre. */
async function personFixtures() {
  const worker = await t.signIn('caseworker@birge.test');
  ids.centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  ids.rehab = await t.organisationId('Городской реабилитационный центр');
  ids.qorgan = await t.organisationId('Қорған-М');
  const person = await worker.post(
    '/api/persons',
    personInput(ids.centre, { familyName: 'Сыдыкова', givenName: 'Толгонай' }),
  );
  ids.person = person.body.id;
  const consent = await worker.post(`/api/persons/${ids.person}/consents`, {
    purpose: 'sharing',
    sharedWithOrganisationId: ids.rehab,
    givenBy: 'person',
    method: 'paper',
    givenOn: '2026-05-01',
  });
  ids.consent = consent.body.id;
  const opened = await worker.post('/api/cases', {
    personId: ids.person,
    organisationId: ids.centre,
    kind: 'disability_support',
    openedOn: '2026-05-01',
  });
  ids.case = opened.body.id;
  ids.goal = (
    await worker.post(`/api/cases/${ids.case}/goals`, { domain: 'education', description: 'Goes to school' })
  ).body.id;
  ids.task = (await worker.post(`/api/cases/${ids.case}/tasks`, { title: 'Meet the school' })).body.id;
  const referral = await worker.post('/api/referrals', {
    personId: ids.person,
    toOrganisationId: ids.rehab,
    service: 'Physiotherapy',
  });
  ids.referral = referral.body.id;
  ids.savedFilter = (
    await worker.post('/api/saved-filters', { name: 'Children', query: 'tag=child' })
  ).body.id;
  // A question held by the centre, and a draft article of the centre's knowledge base.
  const question = await askQuestion(t.db, {
    text: 'Как оформить пособие по уходу?',
    organisationId: ids.centre,
  });
  ids.consultation = question.id;
  const supervisor = await t.signIn('supervisor@birge.test');
  ids.message = (await supervisor.get(`/api/consultations/${ids.consultation}`)).body.messages[0].id;
  const article = await supervisor.post('/api/knowledge', {
    organisationId: ids.centre,
    topic: 'benefits',
    translations: [
      { language: 'ru', title: 'Черновик центра', body: 'Черновик о пособии по уходу за ребёнком.' },
    ],
  });
  ids.article = article.body.id;
  // A workshop of the centre with a trainee, and the centre's volunteer.
  ids.workshop = (
    await supervisor.post('/api/workshops', {
      organisationId: ids.centre,
      kind: 'sewing',
      name: 'Швейный цех',
    })
  ).body.id;
  ids.module = (
    await supervisor.post(`/api/workshops/${ids.workshop}/modules`, { title: 'Крой', hours: 10 })
  ).body.id;
  ids.trainee = (
    await supervisor.post(`/api/workshops/${ids.workshop}/trainees`, {
      personId: ids.person,
      startedOn: '2026-02-01',
    })
  ).body.id;
  await supervisor.post(`/api/workshops/${ids.workshop}/production`, {
    producedOn: '2026-03-01',
    product: 'garments',
    quantity: 12,
    unit: 'piece',
  });
  ids.volunteer = (
    await supervisor.post('/api/volunteers', {
      organisationId: ids.centre,
      personId: ids.person,
      skills: ['legal'],
    })
  ).body.id;
}

const wgAnswers = {
  seeing: 'no_difficulty',
  hearing: 'no_difficulty',
  walking: 'cannot_do_at_all',
  cognition: 'no_difficulty',
  selfCare: 'no_difficulty',
  communication: 'no_difficulty',
};
afterAll(() => t.close());

type Case =
  | { denied: () => Promise<{ status: number }> }
  | { check: () => Promise<void>; audited?: true }
  | { notScoped: string };

const cases: Record<string, Case> = {
  'GET /api/health': { notScoped: 'public health check' },
  'POST /api/auth/sign-in': { notScoped: 'acts on the credentials given' },
  'GET /api/session': { notScoped: 'the caller’s own session' },
  'POST /api/auth/sign-out': { notScoped: 'the caller’s own session' },
  'POST /api/auth/sign-out-everywhere': { notScoped: 'the caller’s own sessions' },
  'GET /api/auth/tokens/{token}': { notScoped: 'needs the secret of a one-time link' },
  'POST /api/auth/tokens/{token}': { notScoped: 'needs the secret of a one-time link' },
  'PATCH /api/me': { notScoped: 'the caller’s own account' },
  'POST /api/me/password': { notScoped: 'the caller’s own account' },
  'POST /api/me/totp/setup': { notScoped: 'the caller’s own account' },
  'POST /api/me/totp/enable': { notScoped: 'the caller’s own account' },
  'POST /api/me/totp/disable': { notScoped: 'the caller’s own account' },
  'GET /api/me/tokens': {
    check: async () => {
      const { body } = await outsider.get('/api/me/tokens');
      expect(body.items.map((token: { id: string }) => token.id)).not.toContain(ids.token);
    },
  },
  'POST /api/me/tokens': { notScoped: 'creates a token for the caller only' },
  'DELETE /api/me/tokens/{id}': { denied: () => outsider.delete(`/api/me/tokens/${ids.token}`) },
  'GET /api/regions': { notScoped: 'shared reference data' },
  'POST /api/regions': {
    denied: () =>
      outsider.post('/api/regions', {
        parentId: ids.organisation,
        level: 'district',
        names: { ky: 'Район', kk: 'Аудан', ru: 'Район', en: 'District' },
      }),
  },
  'GET /api/organisations': { notScoped: 'the shared directory' },
  'POST /api/organisations': {
    denied: () => outsider.post('/api/organisations', { name: 'Shadow', type: 'ngo' }),
  },
  'GET /api/organisations/{id}': {
    check: async () => {
      const { body } = await outsider.get(`/api/organisations/${ids.organisation}`);
      expect(body.abilities.update).toBe(false);
    },
  },
  'PATCH /api/organisations/{id}': {
    denied: () =>
      outsider.patch(`/api/organisations/${ids.organisation}`, { name: 'Taken over', version: 1 }),
  },
  'GET /api/organisations/{id}/workers': {
    denied: () => outsider.get(`/api/organisations/${ids.centre}/workers`),
  },
  'GET /api/networks': { notScoped: 'the shared directory' },
  'POST /api/networks': {
    denied: () => outsider.post('/api/networks', { name: 'Hijacked', leadOrganisationId: ids.organisation }),
  },
  'GET /api/networks/{id}': {
    check: async () => {
      const { body } = await outsider.get(`/api/networks/${ids.network}`);
      expect(body.abilities.update).toBe(false);
    },
  },
  'PATCH /api/networks/{id}': {
    denied: () => outsider.patch(`/api/networks/${ids.network}`, { name: 'Renamed', version: 1 }),
  },
  'POST /api/networks/{id}/members': {
    denied: () => outsider.post(`/api/networks/${ids.network}/members`, { organisationId: ids.qorganUser }),
  },
  'DELETE /api/networks/{id}/members/{organisationId}': {
    denied: () => outsider.delete(`/api/networks/${ids.network}/members/${ids.member}`),
  },
  'GET /api/users': {
    check: async () => {
      const { body } = await outsider.get('/api/users?limit=200');
      const emails = body.items.map((u: { email: string }) => u.email);
      expect(emails).toContain('expert@birge.test');
      expect(
        emails.filter(
          (e: string) => !['qorgan.admin@birge.test', 'expert@birge.test', 'grants@birge.test'].includes(e),
        ),
      ).toEqual([]);
    },
  },
  'GET /api/users/{id}': { denied: () => outsider.get(`/api/users/${ids.user}`) },
  'PATCH /api/users/{id}': {
    denied: () => outsider.patch(`/api/users/${ids.user}`, { active: false, version: 1 }),
  },
  'POST /api/users/invitations': {
    denied: () =>
      outsider.post('/api/users/invitations', {
        email: 'spy@birge.test',
        name: 'Spy',
        organisationId: ids.organisation,
        roles: ['administrator'],
      }),
  },
  'POST /api/users/{id}/reset-link': { denied: () => outsider.post(`/api/users/${ids.user}/reset-link`) },
  'POST /api/memberships': {
    denied: () =>
      outsider.post('/api/memberships', {
        userId: ids.qorganUser,
        organisationId: ids.organisation,
        roles: ['administrator'],
      }),
  },
  'PATCH /api/memberships/{id}': {
    denied: () => outsider.patch(`/api/memberships/${ids.membership}`, { roles: ['viewer'], version: 1 }),
  },
  'DELETE /api/memberships/{id}': { denied: () => outsider.delete(`/api/memberships/${ids.membership}`) },
  'GET /api/persons': {
    check: async () => {
      const { body } = await outsider.get(`/api/persons?q=${encodeURIComponent('Сыдыкова Толгонай')}`);
      expect(body.items).toEqual([]);
    },
  },
  'POST /api/persons': {
    denied: () => outsider.post('/api/persons', personInput(ids.centre, { givenName: 'Чужой' })),
  },
  'GET /api/persons/export': {
    // An export is itself audited; the outsider's export must not hold the centre's person.
    audited: true,
    check: async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/persons/export?format=csv',
        headers: { cookie: outsider.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(ids.person);
    },
  },
  'POST /api/persons/duplicates': {
    check: async () => {
      const probe = personInput(ids.qorgan, { familyName: 'Сыдыкова', givenName: 'Толгонай' });
      expect((await outsider.post('/api/persons/duplicates', probe)).body.items).toEqual([]);
    },
  },
  'GET /api/persons/{id}': { denied: () => outsider.get(`/api/persons/${ids.person}`) },
  'PATCH /api/persons/{id}': {
    denied: () => outsider.patch(`/api/persons/${ids.person}`, { notes: 'Seen', version: 1 }),
  },
  'POST /api/persons/{id}/links': {
    denied: () =>
      outsider.post(`/api/persons/${ids.person}/links`, { relatedPersonId: ids.person, relation: 'sibling' }),
  },
  'POST /api/persons/{id}/consents': {
    denied: () =>
      outsider.post(`/api/persons/${ids.person}/consents`, {
        purpose: 'sharing',
        sharedWithOrganisationId: ids.qorgan,
        givenBy: 'person',
        method: 'verbal',
        givenOn: '2026-06-01',
      }),
  },
  'POST /api/persons/{id}/consents/{consentId}/withdraw': {
    denied: () =>
      outsider.post(`/api/persons/${ids.person}/consents/${ids.consent}/withdraw`, {
        withdrawnOn: '2026-06-01',
        version: 1,
      }),
  },
  'POST /api/persons/{id}/assessments': {
    denied: () =>
      outsider.post(`/api/persons/${ids.person}/assessments`, {
        instrument: 'wg_ss',
        answers: wgAnswers,
        assessedOn: '2026-06-01',
      }),
  },
  'POST /api/persons/{id}/merge': {
    denied: () => outsider.post(`/api/persons/${ids.person}/merge`, { duplicateId: ids.person, version: 1 }),
  },
  'GET /api/cases': {
    check: async () => {
      const { body } = await outsider.get('/api/cases?limit=200');
      expect(body.items.map((c: { id: string }) => c.id)).not.toContain(ids.case);
    },
  },
  'POST /api/cases': {
    denied: () =>
      outsider.post('/api/cases', {
        personId: ids.person,
        organisationId: ids.qorgan,
        kind: 'disability_support',
        openedOn: '2026-06-01',
      }),
  },
  'GET /api/caseload': {
    check: async () => {
      expect((await outsider.get('/api/caseload')).body.cases).toEqual([]);
    },
  },
  'GET /api/cases/{id}': { denied: () => outsider.get(`/api/cases/${ids.case}`) },
  'GET /api/cases/{id}/summary.pdf': { denied: () => outsider.get(`/api/cases/${ids.case}/summary.pdf`) },
  'POST /api/cases/{id}/transitions': {
    denied: () => outsider.post(`/api/cases/${ids.case}/transitions`, { to: 'assessment', version: 1 }),
  },
  'POST /api/cases/{id}/approvals': {
    denied: () => outsider.post(`/api/cases/${ids.case}/approvals`, { what: 'plan', version: 1 }),
  },
  'PATCH /api/cases/{id}/assignment': {
    denied: () => outsider.patch(`/api/cases/${ids.case}/assignment`, { workerId: null, version: 1 }),
  },
  'PUT /api/cases/{id}/needs': {
    denied: () =>
      outsider.request('PUT', `/api/cases/${ids.case}/needs`, {
        needs: [{ domain: 'legal', level: 'high' }],
      }),
  },
  'POST /api/cases/{id}/goals': {
    denied: () =>
      outsider.post(`/api/cases/${ids.case}/goals`, { domain: 'legal', description: 'Take over' }),
  },
  'POST /api/cases/{id}/tasks': {
    denied: () => outsider.post(`/api/cases/${ids.case}/tasks`, { title: 'Take over' }),
  },
  'POST /api/cases/{id}/services': {
    denied: () =>
      outsider.post(`/api/cases/${ids.case}/services`, { type: 'legal_aid', deliveredOn: '2026-06-01' }),
  },
  'POST /api/cases/{id}/notes': {
    denied: () =>
      outsider.post(`/api/cases/${ids.case}/notes`, {
        kind: 'note',
        happenedOn: '2026-06-01',
        text: 'Hello',
      }),
  },
  'PATCH /api/cases/{id}/goals/{entryId}': {
    denied: () =>
      outsider.patch(`/api/cases/${ids.case}/goals/${ids.goal}`, { status: 'dropped', version: 1 }),
  },
  'PATCH /api/cases/{id}/tasks/{entryId}': {
    denied: () =>
      outsider.patch(`/api/cases/${ids.case}/tasks/${ids.task}`, { doneOn: '2026-06-01', version: 1 }),
  },
  'GET /api/referrals': {
    check: async () => {
      for (const direction of ['received', 'sent']) {
        const { body } = await outsider.get(`/api/referrals?direction=${direction}`);
        expect(body.items.map((r: { id: string }) => r.id)).not.toContain(ids.referral);
      }
    },
  },
  'POST /api/referrals': {
    denied: () =>
      outsider.post('/api/referrals', {
        personId: ids.person,
        toOrganisationId: ids.qorgan,
        service: 'Legal aid',
      }),
  },
  'GET /api/referrals/{id}': { denied: () => outsider.get(`/api/referrals/${ids.referral}`) },
  'GET /api/referrals/{id}/letter.pdf': {
    denied: () => outsider.get(`/api/referrals/${ids.referral}/letter.pdf`),
  },
  'POST /api/referrals/{id}/decision': {
    denied: () =>
      outsider.post(`/api/referrals/${ids.referral}/decision`, { decision: 'accept', version: 1 }),
  },
  'POST /api/referrals/{id}/completion': {
    denied: () => outsider.post(`/api/referrals/${ids.referral}/completion`, { outcome: 'Done', version: 1 }),
  },
  'POST /api/referrals/{id}/withdrawal': {
    denied: () =>
      outsider.post(`/api/referrals/${ids.referral}/withdrawal`, { reason: 'Mine now', version: 1 }),
  },
  'GET /api/saved-filters': { notScoped: 'the caller’s own filters (another’s: see DELETE)' },
  'POST /api/saved-filters': { notScoped: 'saves for the caller only' },
  'DELETE /api/saved-filters/{id}': {
    denied: () => outsider.delete(`/api/saved-filters/${ids.savedFilter}`),
  },
  'GET /api/consultations': {
    check: async () => {
      const { body } = await outsider.get('/api/consultations?view=all&limit=200');
      expect(body.items.map((c: { id: string }) => c.id)).not.toContain(ids.consultation);
    },
  },
  'GET /api/consultations/figures': {
    denied: () =>
      outsider.get(`/api/consultations/figures?organisationId=${ids.centre}&from=2026-01-01&to=2027-01-01`),
  },
  'GET /api/consultations/{id}': { denied: () => outsider.get(`/api/consultations/${ids.consultation}`) },
  'GET /api/consultations/{id}/messages/{messageId}/attachments/{index}': {
    denied: () =>
      outsider.get(`/api/consultations/${ids.consultation}/messages/${ids.message}/attachments/0`),
  },
  'POST /api/consultations/{id}/claim': {
    denied: () => outsider.post(`/api/consultations/${ids.consultation}/claim`, { version: 1 }),
  },
  'POST /api/consultations/{id}/answers': {
    denied: () =>
      outsider.post(`/api/consultations/${ids.consultation}/answers`, { text: 'Mine', version: 1 }),
  },
  'POST /api/consultations/{id}/notes': {
    denied: () => outsider.post(`/api/consultations/${ids.consultation}/notes`, { text: 'Seen' }),
  },
  'POST /api/consultations/{id}/handover': {
    denied: () =>
      outsider.post(`/api/consultations/${ids.consultation}/handover`, {
        expertId: ids.qorganUser,
        version: 1,
      }),
  },
  'POST /api/consultations/{id}/escalation': {
    denied: () =>
      outsider.post(`/api/consultations/${ids.consultation}/escalation`, {
        personId: ids.person,
        consent: { givenBy: 'person', method: 'verbal', givenOn: '2026-06-01' },
        version: 1,
      }),
  },
  'POST /api/consultations/{id}/closure': {
    denied: () => outsider.post(`/api/consultations/${ids.consultation}/closure`, { version: 1 }),
  },
  'GET /api/knowledge': {
    check: async () => {
      const { body } = await outsider.get(
        `/api/knowledge?q=${encodeURIComponent('черновик пособии')}&language=ru`,
      );
      expect(body.items).toEqual([]);
    },
  },
  'POST /api/knowledge': {
    denied: () =>
      outsider.post('/api/knowledge', {
        organisationId: ids.centre,
        topic: 'rights',
        translations: [
          { language: 'ru', title: 'Чужая статья', body: 'Статья от имени другой организации.' },
        ],
      }),
  },
  'GET /api/knowledge/{id}': { denied: () => outsider.get(`/api/knowledge/${ids.article}`) },
  'PATCH /api/knowledge/{id}': {
    denied: () => outsider.patch(`/api/knowledge/${ids.article}`, { status: 'published', version: 1 }),
  },
  'PUT /api/knowledge/{id}/translations/{language}': {
    denied: () =>
      outsider.request('PUT', `/api/knowledge/${ids.article}/translations/kk`, {
        title: 'Басқа мәтін',
        body: 'Басқа ұйымның атынан жазылған мәтін.',
      }),
  },
  'GET /api/knowledge/{id}/versions': {
    denied: () => outsider.get(`/api/knowledge/${ids.article}/versions`),
  },
  // Indicators: the sources are the same list for everyone; a preview counts only the caller's own work.
  'GET /api/indicator-sources': { notScoped: 'the same list of sources for everyone signed in' },
  'POST /api/indicators/preview': {
    check: async () => {
      const definition = {
        measure: 'count',
        source: 'persons.registered',
        filters: { organisationIds: [ids.centre] },
      };
      const { status, body } = await outsider.post('/api/indicators/preview', {
        definition,
        from: '2000-01-01',
        to: '2100-01-01',
      });
      expect(status).toBe(200);
      expect(body.value).toBe(0);
    },
  },
  // Programmes and logframes: hidden from organisations that neither own nor take part in them.
  'GET /api/programmes': {
    check: async () => {
      const { body } = await outsider.get('/api/programmes');
      expect(body.items.map((p: { id: string }) => p.id)).not.toContain(programme.id);
    },
  },
  'POST /api/programmes': {
    denied: () =>
      outsider.post('/api/programmes', {
        title: { ky: 'Чет', kk: 'Бөтен', ru: 'Чужая', en: 'Foreign' },
        description: { ky: '', kk: '', ru: '', en: '' },
        ownerOrganisationId: ids.organisation,
        status: 'implementation',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        currency: 'KZT',
      }),
  },
  'GET /api/programmes/{id}': { denied: () => outsider.get(`/api/programmes/${programme.id}`) },
  'PATCH /api/programmes/{id}': {
    denied: () => outsider.patch(`/api/programmes/${programme.id}`, { budget: 1, version: 1 }),
  },
  'POST /api/programmes/{id}/results': {
    denied: () =>
      outsider.post(`/api/programmes/${programme.id}/results`, {
        parentId: programme.goal,
        level: 'outcome',
        code: '9',
        title: { ky: 'Чет', kk: 'Бөтен', ru: 'Чужой', en: 'Foreign' },
      }),
  },
  'PATCH /api/results/{id}': {
    denied: () => outsider.patch(`/api/results/${programme.output}`, { code: '9.9', version: 1 }),
  },
  'DELETE /api/results/{id}': { denied: () => outsider.delete(`/api/results/${programme.output}`) },
  'POST /api/results/{id}/indicators': {
    denied: () =>
      outsider.post(`/api/results/${programme.output}/indicators`, {
        code: '9.9.a',
        title: { ky: 'Чет', kk: 'Бөтен', ru: 'Чужой', en: 'Foreign' },
        unit: 'persons',
      }),
  },
  'PATCH /api/indicators/{id}': {
    denied: () => outsider.patch(`/api/indicators/${programme.indicator}`, { unit: 'trees', version: 1 }),
  },
  'DELETE /api/indicators/{id}': { denied: () => outsider.delete(`/api/indicators/${programme.indicator}`) },
  'POST /api/indicators/{id}/manual-values': {
    denied: () =>
      outsider.post(`/api/indicators/${programme.indicator}/manual-values`, {
        periodStart: '2026-01-01',
        periodEnd: '2026-04-01',
        value: 100,
      }),
  },
  'PATCH /api/manual-values/{id}': {
    denied: () => outsider.patch(`/api/manual-values/${programme.manualValue}`, { value: 100, version: 1 }),
  },
  'DELETE /api/manual-values/{id}': {
    denied: () => outsider.delete(`/api/manual-values/${programme.manualValue}`),
  },
  'GET /api/programmes/{id}/dashboard': {
    denied: () => outsider.get(`/api/programmes/${programme.id}/dashboard?period=year`),
  },
  'GET /api/indicators/{id}/values': {
    denied: () =>
      outsider.get(`/api/indicators/${programme.indicator}/values?period=total&disaggregateBy=sex`),
  },
  'GET /api/indicators/{id}/records': {
    denied: () =>
      outsider.get(
        `/api/indicators/${programme.indicator}/records?periodStart=2026-01-01&periodEnd=2027-01-01`,
      ),
  },
  'GET /api/activities': {
    check: async () => {
      expect((await outsider.get('/api/activities')).body.items).toEqual([]);
    },
  },
  'POST /api/activities': {
    denied: () =>
      outsider.post('/api/activities', {
        type: 'forum',
        title: 'Shadow forum',
        language: 'ru',
        startsAt: '2026-03-02T09:00:00+06:00',
        organisationId: ids.centre,
      }),
  },
  'GET /api/activities/{id}': { denied: () => outsider.get(`/api/activities/${activity.id}`) },
  'PATCH /api/activities/{id}': {
    denied: () => outsider.patch(`/api/activities/${activity.id}`, { status: 'cancelled', version: 1 }),
  },
  'POST /api/activities/{id}/attendees': {
    denied: () => outsider.post(`/api/activities/${activity.id}/attendees`, { personId: ids.person }),
  },
  'PATCH /api/activities/{id}/attendees/{attendeeId}': {
    denied: () =>
      outsider.patch(`/api/activities/${activity.id}/attendees/${activity.attendee}`, { completed: false }),
  },
  'DELETE /api/activities/{id}/attendees/{attendeeId}': {
    denied: () => outsider.delete(`/api/activities/${activity.id}/attendees/${activity.attendee}`),
  },
  'PUT /api/activities/{id}/attendance-counts': {
    denied: () => outsider.request('PUT', `/api/activities/${activity.id}/attendance-counts`, { rows: [] }),
  },
  'POST /api/activities/{id}/materials': {
    denied: () => outsider.post(`/api/activities/${activity.id}/materials?name=x.txt`),
  },
  'GET /api/activities/{id}/materials/{materialId}': {
    denied: () => outsider.get(`/api/activities/${activity.id}/materials/${activity.material}`),
  },
  'DELETE /api/activities/{id}/materials/{materialId}': {
    denied: () => outsider.delete(`/api/activities/${activity.id}/materials/${activity.material}`),
  },
  'GET /api/facilitators': {
    check: async () => {
      expect((await outsider.get('/api/facilitators')).body.items).toEqual([]);
    },
  },
  'POST /api/monitoring-visits': {
    denied: () =>
      outsider.post('/api/monitoring-visits', {
        organisationId: ids.centre,
        facilitatorId: ids.person,
        visitedOn: '2026-04-02',
      }),
  },
  'GET /api/programmes/{id}/report.xlsx': {
    denied: () => outsider.get(`/api/programmes/${programme.id}/report.xlsx?language=kk`),
  },
  'GET /api/programmes/{id}/report.pdf': {
    denied: () => outsider.get(`/api/programmes/${programme.id}/report.pdf?language=kk`),
  },
  'GET /api/programmes/{id}/iati.xml': {
    denied: () => outsider.get(`/api/programmes/${programme.id}/iati.xml`),
  },
  'GET /api/public/question-form': { notScoped: 'public: issues a signed start time' },
  'POST /api/public/questions': { notScoped: 'public: a new question to the configured organisation' },
  'GET /api/public/questions/{token}': { notScoped: 'needs the secret of a private link' },
  'POST /api/public/questions/{token}/replies': { notScoped: 'needs the secret of a private link' },
  'POST /api/public/questions/{token}/rating': { notScoped: 'needs the secret of a private link' },
  'GET /api/public/knowledge': {
    check: async () => {
      const { body } = await t.anonymous().get(`/api/public/knowledge?q=${encodeURIComponent('черновик')}`);
      expect(body.items).toEqual([]);
    },
  },
  'GET /api/public/knowledge/{id}': {
    denied: () => t.anonymous().get(`/api/public/knowledge/${ids.article}`),
  },
  // Workshops and volunteers: named persons, seen only inside the organisation that runs them.
  'GET /api/workshops': {
    check: async () => {
      const { body } = await outsider.get(`/api/workshops?organisationId=${ids.centre}`);
      expect(body.items).toEqual([]);
    },
  },
  'POST /api/workshops': {
    denied: () =>
      outsider.post('/api/workshops', { organisationId: ids.centre, kind: 'crafts', name: 'Чужой' }),
  },
  'GET /api/workshops/{id}': { denied: () => outsider.get(`/api/workshops/${ids.workshop}`) },
  'POST /api/workshops/{id}/modules': {
    denied: () => outsider.post(`/api/workshops/${ids.workshop}/modules`, { title: 'Чужой', hours: 2 }),
  },
  'POST /api/workshops/{id}/trainees': {
    denied: () =>
      outsider.post(`/api/workshops/${ids.workshop}/trainees`, {
        personId: ids.person,
        startedOn: '2026-03-01',
      }),
  },
  'POST /api/workshop-trainees/{id}/modules': {
    denied: () =>
      outsider.post(`/api/workshop-trainees/${ids.trainee}/modules`, {
        moduleId: ids.module,
        completedOn: '2026-03-01',
      }),
  },
  'POST /api/workshop-trainees/{id}/outcome': {
    denied: () =>
      outsider.post(`/api/workshop-trainees/${ids.trainee}/outcome`, {
        status: 'left',
        leftOn: '2026-03-01',
        leavingReason: 'Чужое решение',
        version: 1,
      }),
  },
  'GET /api/workshops/{id}/production': {
    denied: () => outsider.get(`/api/workshops/${ids.workshop}/production`),
  },
  'POST /api/workshops/{id}/production': {
    denied: () =>
      outsider.post(`/api/workshops/${ids.workshop}/production`, {
        producedOn: '2026-03-02',
        product: 'items',
        quantity: 1,
        unit: 'piece',
      }),
  },
  'GET /api/workshops/{id}/sales': { denied: () => outsider.get(`/api/workshops/${ids.workshop}/sales`) },
  'POST /api/workshops/{id}/sales': {
    denied: () =>
      outsider.post(`/api/workshops/${ids.workshop}/sales`, {
        soldOn: '2026-03-02',
        product: 'garments',
        quantity: 1,
        unit: 'piece',
        amount: 100,
        currency: 'KZT',
        buyerKind: 'individual',
      }),
  },
  'GET /api/workshops/{id}/totals': { denied: () => outsider.get(`/api/workshops/${ids.workshop}/totals`) },
  'GET /api/volunteers': {
    check: async () => {
      const { body } = await outsider.get(`/api/volunteers?organisationId=${ids.centre}`);
      expect(body.items).toEqual([]);
    },
  },
  'POST /api/volunteers': {
    denied: () => outsider.post('/api/volunteers', { organisationId: ids.centre, personId: ids.person }),
  },
  'GET /api/volunteers/{id}': { denied: () => outsider.get(`/api/volunteers/${ids.volunteer}`) },
  'PATCH /api/volunteers/{id}': {
    denied: () => outsider.patch(`/api/volunteers/${ids.volunteer}`, { status: 'inactive', version: 1 }),
  },
  'POST /api/volunteers/{id}/hours': {
    denied: () =>
      outsider.post(`/api/volunteers/${ids.volunteer}/hours`, {
        workedOn: '2026-03-01',
        hours: 2,
        description: 'Чужие часы',
      }),
  },
  // Child protection: institutions' and commissions' numbers for everyone signed in, children for no outsider.
  'GET /api/childcare/figures': {
    check: async () => namesNoChild((await outsider.get('/api/childcare/figures')).body),
  },
  'GET /api/childcare/institutions': {
    check: async () => namesNoChild((await outsider.get('/api/childcare/institutions')).body),
  },
  'POST /api/childcare/institutions': {
    denied: () =>
      outsider.post('/api/childcare/institutions', {
        organisationId: care.centre,
        capacity: 10,
        targetChildrenLeaving: 5,
      }),
  },
  'GET /api/childcare/institutions/{id}': {
    check: async () =>
      namesNoChild((await outsider.get(`/api/childcare/institutions/${care.institution}`)).body),
  },
  'POST /api/childcare/institutions/{id}/counts': {
    denied: () =>
      outsider.post(`/api/childcare/institutions/${care.institution}/counts`, {
        countedOn: '2026-05-01',
        rows: [{ ageBand: '5-17', sex: 'male', disability: 'no', children: 1 }],
      }),
  },
  'POST /api/childcare/institutions/{id}/milestones': {
    denied: () =>
      outsider.post(`/api/childcare/institutions/${care.institution}/milestones`, {
        kind: 'other',
        title: 'Чужой',
        dueOn: '2026-05-01',
      }),
  },
  'PATCH /api/childcare/milestones/{id}': {
    denied: () =>
      outsider.patch(`/api/childcare/milestones/${care.milestone}`, { doneOn: '2026-05-01', version: 1 }),
  },
  'GET /api/childcare/commissions': {
    check: async () => namesNoChild((await outsider.get('/api/childcare/commissions')).body),
  },
  'POST /api/childcare/commissions': {
    denied: () => outsider.post('/api/childcare/commissions', { organisationId: care.centre, name: 'Чужая' }),
  },
  'GET /api/childcare/commissions/{id}': {
    check: async () => {
      const { body } = await outsider.get(`/api/childcare/commissions/${care.commission}`);
      expect(body.requests).toBeNull();
      namesNoChild(body);
    },
  },
  'POST /api/childcare/commissions/{id}/members': {
    denied: () =>
      outsider.post(`/api/childcare/commissions/${care.commission}/members`, {
        name: 'Чужой',
        position: 'Нет',
      }),
  },
  'POST /api/childcare/commissions/{id}/meetings': {
    denied: () =>
      outsider.post(`/api/childcare/commissions/${care.commission}/meetings`, { heldOn: '2026-05-01' }),
  },
  'POST /api/childcare/commissions/{id}/requests': {
    denied: () =>
      outsider.post(`/api/childcare/commissions/${care.commission}/requests`, {
        personId: care.child,
        requestedOn: '2026-05-01',
        reason: 'Чужой',
      }),
  },
  'POST /api/childcare/gatekeeping-requests/{id}/decision': {
    denied: () =>
      outsider.post(`/api/childcare/gatekeeping-requests/${care.request}/decision`, {
        meetingId: care.meeting,
        outcome: 'placed',
        reasons: 'Чужое решение',
        version: 1,
      }),
  },
  'GET /api/childcare/carers': {
    check: async () => expect((await outsider.get('/api/childcare/carers')).body.items).toEqual([]),
  },
  'POST /api/childcare/carers': {
    denied: () =>
      outsider.post('/api/childcare/carers', {
        organisationId: care.centre,
        kind: 'guardian',
        name: 'Чужой',
        capacity: 1,
      }),
  },
  'PATCH /api/childcare/carers/{id}': {
    denied: () =>
      outsider.patch(`/api/childcare/carers/${care.carer}`, {
        state: 'suspended',
        on: '2026-05-01',
        version: 2,
      }),
  },
  'GET /api/childcare/placements': {
    check: async () => expect((await outsider.get('/api/childcare/placements')).body.items).toEqual([]),
  },
  'GET /api/childcare/placements/{id}': {
    denied: () => outsider.get(`/api/childcare/placements/${care.placement}`),
  },
  'POST /api/childcare/placements/{id}/end': {
    denied: () =>
      outsider.post(`/api/childcare/placements/${care.placement}/end`, {
        ending: 'planned',
        endedOn: '2026-05-01',
        version: 1,
      }),
  },
  'POST /api/childcare/placements/{id}/visits': {
    denied: () =>
      outsider.post(`/api/childcare/placements/${care.placement}/visits`, {
        visitedOn: '2026-04-01',
        findings: 'Чужой',
        concerns: false,
      }),
  },
  'PATCH /api/childcare/transition-steps/{id}': {
    denied: () =>
      outsider.patch(`/api/childcare/transition-steps/${care.step}`, { doneOn: '2026-05-01', version: 1 }),
  },
  'POST /api/childcare/visits/{id}': {
    denied: () =>
      outsider.post(`/api/childcare/visits/${care.visit}`, {
        visitedOn: '2026-04-01',
        findings: 'Чужой',
        concerns: false,
        version: 1,
      }),
  },
  'GET /api/cases/{id}/care': { denied: () => outsider.get(`/api/cases/${care.case}/care`) },
  'POST /api/cases/{id}/care-records': {
    denied: () =>
      outsider.post(`/api/cases/${care.case}/care-records`, {
        kind: 'child_views',
        recordedOn: '2026-05-01',
        text: 'Чужой',
      }),
  },
  'POST /api/cases/{id}/transition-steps': {
    denied: () =>
      outsider.post(`/api/cases/${care.case}/transition-steps`, {
        step: 'Чужой',
        responsible: 'Чужой',
        dueOn: '2026-05-01',
      }),
  },
  'POST /api/cases/{id}/care-placements': {
    denied: () =>
      outsider.post(`/api/cases/${care.case}/care-placements`, {
        type: 'kinship_care',
        startedOn: '2026-05-01',
      }),
  },
  'GET /api/job-seekers': {
    check: async () => expect((await outsider.get('/api/job-seekers')).body.items).toEqual([]),
  },
  'GET /api/persons/{id}/job-profile': {
    denied: () => outsider.get(`/api/persons/${ids.person}/job-profile`),
  },
  'PUT /api/persons/{id}/job-profile': {
    denied: () =>
      outsider.request('PUT', `/api/persons/${ids.person}/job-profile`, {
        education: 'none',
        readiness: 'exploring',
      }),
  },
  'GET /api/employers': { notScoped: 'the shared directory of employers, like that of organisations' },
  'GET /api/employers/{id}': { notScoped: 'the shared directory of employers, like that of organisations' },
  'PUT /api/employers/{id}': {
    denied: () =>
      outsider.request('PUT', `/api/employers/${work.bakery}`, {
        keeperOrganisationId: ids.qorgan,
        headcount: 1,
        employeesWithDisabilities: 0,
      }),
  },
  'GET /api/vacancies': {
    // Vacancies are open to every organisation that supports job seekers; who was proposed is not.
    check: async () => {
      const { body } = await outsider.get('/api/vacancies');
      expect(JSON.stringify(body)).not.toContain('Сыдыкова');
    },
  },
  'POST /api/vacancies': {
    denied: () =>
      outsider.post('/api/vacancies', {
        employerId: work.bakery,
        publisherOrganisationId: ids.centre,
        title: 'Чужая',
        regionId: work.region,
        hours: 'full_time',
        currency: 'KGS',
      }),
  },
  'GET /api/vacancies/{id}': {
    check: async () => {
      const { body } = await outsider.get(`/api/vacancies/${work.vacancy}`);
      expect(body.proposals).toEqual([]);
      expect(body.abilities.update).toBe(false);
    },
  },
  'PATCH /api/vacancies/{id}': {
    denied: () =>
      outsider.patch(`/api/vacancies/${work.vacancy}`, {
        title: 'Чужая',
        regionId: work.region,
        hours: 'full_time',
        currency: 'KGS',
        version: 1,
      }),
  },
  'GET /api/vacancies/{id}/candidates': {
    check: async () => {
      const { body } = await outsider.get(`/api/vacancies/${work.vacancy}/candidates`);
      expect(JSON.stringify(body)).not.toContain('Сыдыкова');
    },
  },
  'POST /api/vacancies/{id}/proposals': {
    denied: () => outsider.post(`/api/vacancies/${work.vacancy}/proposals`, { personId: ids.person }),
  },
  'PATCH /api/vacancy-proposals/{id}': {
    denied: () => outsider.patch(`/api/vacancy-proposals/${work.proposal}`, { status: 'hired', version: 1 }),
  },
  'GET /api/activities/{id}/fair': { denied: () => outsider.get(`/api/activities/${work.fair}/fair`) },
  'POST /api/activities/{id}/fair/registrations': {
    denied: () =>
      outsider.post(`/api/activities/${work.fair}/fair/registrations`, {
        role: 'employer',
        employerId: work.bakery,
      }),
  },
  'POST /api/activities/{id}/fair/interviews': {
    denied: () =>
      outsider.post(`/api/activities/${work.fair}/fair/interviews`, {
        seekerRegistrationId: work.interview,
        employerRegistrationId: work.interview,
        scheduledAt: '2026-04-02T12:00:00+06:00',
      }),
  },
  'PATCH /api/fair-interviews/{id}': {
    denied: () => outsider.patch(`/api/fair-interviews/${work.interview}`, { outcome: 'hired', version: 1 }),
  },
  'GET /api/placements': {
    check: async () => expect((await outsider.get('/api/placements')).body.items).toEqual([]),
  },
  'POST /api/placements': {
    denied: () =>
      outsider.post('/api/placements', {
        personId: ids.person,
        employerId: work.bakery,
        position: 'Чужая',
        startedOn: '2026-04-10',
      }),
  },
  'GET /api/placements/{id}': { denied: () => outsider.get(`/api/placements/${work.placement}`) },
  'POST /api/placements/{id}/follow-ups': {
    denied: () =>
      outsider.post(`/api/placements/${work.placement}/follow-ups`, {
        months: 3,
        checkedOn: '2026-07-10',
        stillEmployed: false,
      }),
  },
  'GET /api/audit': {
    check: async () => {
      const { body } = await outsider.get('/api/audit?limit=200');
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.every((e: { organisationId: string }) => e.organisationId !== ids.organisation)).toBe(
        true,
      );
    },
  },
};

describe('another organisation’s records', () => {
  it('has a case for every route of the API', async () => {
    const spec = (await t.anonymous().get('/api/openapi.json')).body;
    const routes = Object.entries(spec.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.filter((route) => !(route in cases))).toEqual([]);
  });

  for (const [route, routeCase] of Object.entries(cases)) {
    if ('notScoped' in routeCase) continue;
    it(`${route}: neither shows nor changes them`, async () => {
      const except = 'audited' in routeCase ? ['audit_events'] : [];
      const before = await fingerprint(t.db, except);
      if ('denied' in routeCase) {
        const { status } = await routeCase.denied();
        expect([403, 404]).toContain(status);
      } else {
        await routeCase.check();
      }
      expect(await fingerprint(t.db, except)).toBe(before);
    });
  }
});

/**
 * A young child (Айсулуу) and a care leaver just eighteen (Бермет), both of the Bishkek centre, walked through
 * every route that can name a person, by those of the same centre who do not hold child protection — a case
 * worker, an administrator, an expert — and by the platform administrator: each sees counts, never the person.
 * Those who hold child protection there see them as before.
 */
const protectedPersons = {
  reader: {} as Record<'caseWorker' | 'administrator' | 'expert' | 'platform', Client>,
  holder: {} as Record<'caseWorker' | 'supervisor' | 'administrator', Client>,
  leaver: {} as CareLeaver,
  ids: {} as Record<
    'parent' | 'consultation' | 'escalatedCase' | 'referral' | 'registered' | 'asked',
    string
  >,
};
beforeAll(async () => {
  const { reader, holder, ids: extra } = protectedPersons;
  const account = async (name: string, roles: Role[]) => {
    const email = `centre.${name}@birge.test`;
    return { id: await addAccount(t.db, email, ids.centre, roles), client: () => t.signIn(email) };
  };
  const worker = await account('worker', ['case_worker']);
  const administrator = await account('administrator', ['administrator']);
  const expert = await account('expert', ['expert']);
  const guardian = await account('guardian', ['administrator', 'child_protection']);
  reader.caseWorker = await worker.client();
  reader.administrator = await administrator.client();
  reader.expert = await expert.client();
  reader.platform = await t.signIn('admin@birge.test');
  holder.caseWorker = await t.signIn('caseworker@birge.test');
  holder.supervisor = await t.signIn('supervisor@birge.test');
  holder.administrator = await guardian.client();
  // Бермет's case is her worker's, who does not hold child protection: her caseload must still not name her.
  const leaver = await careLeaverFixtures(t, care, worker.id);
  protectedPersons.leaver = leaver;
  const { supervisor } = holder;
  const expectCreated = (r: { status: number; body: { id: string } }) => {
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id;
  };
  extra.parent = expectCreated(
    await supervisor.post(
      '/api/persons',
      personInput(ids.centre, { familyName: 'Сатыбалдиев', givenName: 'Кубат', phones: [] }),
    ),
  );
  await supervisor.post(`/api/persons/${extra.parent}/links`, {
    relatedPersonId: leaver.person,
    relation: 'child',
  });
  for (const personId of [care.child, leaver.person]) {
    await supervisor.post(`/api/activities/${activity.id}/attendees`, { personId });
    await supervisor.post(`/api/workshops/${ids.workshop}/trainees`, { personId, startedOn: '2026-02-01' });
    await supervisor.post(`/api/activities/${work.fair}/fair/registrations`, {
      role: 'job_seeker',
      personId,
    });
  }
  expectCreated(
    await supervisor.post('/api/volunteers', {
      organisationId: ids.centre,
      personId: leaver.person,
      skills: ['legal'],
    }),
  );
  await supervisor.request('PUT', `/api/persons/${leaver.person}/job-profile`, {
    education: 'secondary',
    skills: ['sewing'],
    regionIds: [work.region],
    readiness: 'ready',
    consent: { givenOn: '2026-05-01', givenBy: 'person' },
  });
  expectCreated(
    await supervisor.post(`/api/vacancies/${work.vacancy}/proposals`, {
      personId: leaver.person,
      note: 'Бермет хочет шить',
    }),
  );
  await supervisor.post(`/api/persons/${leaver.person}/consents`, {
    purpose: 'sharing',
    sharedWithOrganisationId: ids.rehab,
    givenBy: 'person',
    method: 'paper',
    givenOn: '2026-05-01',
  });
  extra.referral = expectCreated(
    await holder.caseWorker.post('/api/referrals', {
      personId: leaver.person,
      toOrganisationId: ids.rehab,
      service: 'Physiotherapy',
    }),
  );
  extra.consultation = (
    await askQuestion(t.db, { text: 'Как получить жильё?', organisationId: ids.centre })
  ).id;
  const escalated = await supervisor.post(`/api/consultations/${extra.consultation}/escalation`, {
    personId: leaver.person,
    caseKind: 'employment_support',
    consent: { givenBy: 'person', method: 'verbal', givenOn: '2026-06-01' },
    summary: '',
    version: 1,
  });
  expect(escalated.status, JSON.stringify(escalated.body)).toBe(201);
  extra.escalatedCase = escalated.body.caseId;
  const owner = await t.signIn('janyryk.admin@birge.test');
  const indicator = async (code: string, source: string) =>
    expectCreated(
      await owner.post(`/api/results/${programme.output}/indicators`, {
        code,
        title: { ky: code, kk: code, ru: code, en: code },
        unit: 'persons',
        definition: { measure: 'count', source, filters: { organisationIds: [ids.centre] } },
      }),
    );
  extra.registered = await indicator('1.1.b', 'persons.registered');
  extra.asked = await indicator('1.1.c', 'consultations.asked');
});

/** Everything that would give either person away: their names, birth dates, and what was written about them. */
const givenAway = () => [
  'Айсулуу',
  'Бермет',
  '2016-03-14',
  protectedPersons.leaver.birthDate,
  'Хочет жить у тёти',
  'Тётя просит опеку',
  'Мать уехала на заработки',
];

async function exported(client: Client, format: 'csv' | 'xlsx'): Promise<string> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/persons/export?format=${format}`,
    headers: { cookie: client.cookie },
  });
  if (format === 'csv' || response.statusCode !== 200) return response.body;
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const cells: unknown[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(row.values)));
  return JSON.stringify(cells);
}

/** Every audit entry of the records that name either person. */
async function auditOfProtected(client: Client) {
  const { leaver, ids: extra } = protectedPersons;
  const records = [
    care.child,
    care.case,
    care.placement,
    care.request,
    care.visit,
    leaver.person,
    leaver.case,
    leaver.placement,
    leaver.request,
    leaver.record,
    extra.referral,
  ];
  return Promise.all(records.map((id) => client.get(`/api/audit?recordId=${id}&limit=200`)));
}

type Walk = {
  read: (client: Client) => Promise<unknown>;
  /** Who holds child protection in the centre and sees, on this route, what the others must not. */
  holder: keyof typeof protectedPersons.holder;
  shows: ('Айсулуу' | 'Бермет')[];
};

const both: Walk['shows'] = ['Айсулуу', 'Бермет'];
const q = (name: string) => encodeURIComponent(name);

const walks: Record<string, Walk> = {
  'GET /api/persons': { read: (c) => c.get('/api/persons?limit=200'), holder: 'supervisor', shows: both },
  'GET /api/persons?q=': {
    read: async (c) => [
      await c.get(`/api/persons?q=${q('Айсулуу')}`),
      await c.get(`/api/persons?q=${q('Бермет')}`),
    ],
    holder: 'supervisor',
    shows: both,
  },
  'POST /api/persons/duplicates': {
    read: async (c) => [
      await c.post('/api/persons/duplicates', childInput(ids.centre, 'Айсулуу')),
      await c.post(
        '/api/persons/duplicates',
        personInput(ids.centre, {
          familyName: 'Сатыбалдиева',
          givenName: 'Бермет',
          birthDate: protectedPersons.leaver.birthDate,
          phones: [],
        }),
      ),
    ],
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/persons/export?format=csv': {
    read: (c) => exported(c, 'csv'),
    holder: 'administrator',
    shows: both,
  },
  'GET /api/persons/export?format=xlsx': {
    read: (c) => exported(c, 'xlsx'),
    holder: 'administrator',
    shows: both,
  },
  'GET /api/persons/{id}': {
    read: async (c) => [
      await c.get(`/api/persons/${care.child}`),
      await c.get(`/api/persons/${protectedPersons.leaver.person}`),
    ],
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/persons/{id} of her father': {
    read: (c) => c.get(`/api/persons/${protectedPersons.ids.parent}`),
    holder: 'supervisor',
    shows: ['Бермет'],
  },
  'GET /api/cases': { read: (c) => c.get('/api/cases?limit=200'), holder: 'supervisor', shows: both },
  'GET /api/caseload': { read: (c) => c.get('/api/caseload'), holder: 'caseWorker', shows: ['Айсулуу'] },
  'GET /api/cases/{id}': {
    read: async (c) => [
      await c.get(`/api/cases/${care.case}`),
      await c.get(`/api/cases/${protectedPersons.leaver.case}`),
      await c.get(`/api/cases/${protectedPersons.ids.escalatedCase}`),
    ],
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/referrals': {
    read: async (c) => [
      await c.get('/api/referrals?direction=sent'),
      await c.get('/api/referrals?direction=received'),
    ],
    holder: 'supervisor',
    shows: ['Бермет'],
  },
  'GET /api/referrals/{id}': {
    read: (c) => c.get(`/api/referrals/${protectedPersons.ids.referral}`),
    holder: 'supervisor',
    shows: ['Бермет'],
  },
  'GET /api/audit': { read: auditOfProtected, holder: 'administrator', shows: both },
  'GET /api/activities/{id}': {
    read: (c) => c.get(`/api/activities/${activity.id}`),
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/workshops/{id}': {
    read: (c) => c.get(`/api/workshops/${ids.workshop}`),
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/volunteers': {
    read: async (c) => [
      await c.get(`/api/volunteers?organisationId=${ids.centre}`),
      await c.get(`/api/volunteers?q=${q('Бермет')}`),
    ],
    holder: 'supervisor',
    shows: ['Бермет'],
  },
  'GET /api/job-seekers': { read: (c) => c.get('/api/job-seekers'), holder: 'supervisor', shows: ['Бермет'] },
  'GET /api/vacancies/{id}': {
    read: (c) => c.get(`/api/vacancies/${work.vacancy}`),
    holder: 'supervisor',
    shows: ['Бермет'],
  },
  'GET /api/vacancies/{id}/candidates': {
    read: (c) => c.get(`/api/vacancies/${work.vacancy}/candidates`),
    holder: 'supervisor',
    shows: ['Бермет'],
  },
  'GET /api/indicators/{id}/records': {
    read: async (c) => {
      const year = new Date().getUTCFullYear();
      const period = `periodStart=${year}-01-01&periodEnd=${year + 1}-01-01`;
      const { registered, asked } = protectedPersons.ids;
      return [
        await c.get(`/api/indicators/${registered}/records?${period}&limit=200`),
        await c.get(`/api/indicators/${asked}/records?${period}&limit=200`),
      ];
    },
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/consultations/{id}': {
    read: (c) => c.get(`/api/consultations/${protectedPersons.ids.consultation}`),
    holder: 'supervisor',
    shows: [],
  },
  'GET /api/childcare/figures': {
    read: (c) => c.get('/api/childcare/figures'),
    holder: 'supervisor',
    shows: [],
  },
  'GET /api/childcare/institutions/{id}': {
    read: async (c) => [
      await c.get('/api/childcare/institutions'),
      await c.get(`/api/childcare/institutions/${care.institution}`),
    ],
    holder: 'supervisor',
    shows: [],
  },
  'GET /api/childcare/commissions/{id}': {
    read: async (c) => [
      await c.get('/api/childcare/commissions'),
      await c.get(`/api/childcare/commissions/${care.commission}`),
    ],
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/childcare/carers': {
    read: (c) => c.get('/api/childcare/carers'),
    holder: 'supervisor',
    shows: [],
  },
  'GET /api/childcare/placements': {
    read: (c) => c.get('/api/childcare/placements'),
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/childcare/placements/{id}': {
    read: async (c) => [
      await c.get(`/api/childcare/placements/${care.placement}`),
      await c.get(`/api/childcare/placements/${protectedPersons.leaver.placement}`),
    ],
    holder: 'supervisor',
    shows: both,
  },
  'GET /api/cases/{id}/care': {
    read: async (c) => [
      await c.get(`/api/cases/${care.case}/care`),
      await c.get(`/api/cases/${protectedPersons.leaver.case}/care`),
    ],
    holder: 'supervisor',
    shows: [],
  },
};

describe('a child and a care leaver of eighteen, in their own organisation', () => {
  for (const [route, walk] of Object.entries(walks)) {
    it(`${route}: counts them for those without child protection, names them for those with it`, async () => {
      for (const [who, client] of Object.entries(protectedPersons.reader)) {
        const seen = JSON.stringify(await walk.read(client));
        for (const secret of givenAway()) expect(seen, `${who} reads ${secret}`).not.toContain(secret);
      }
      const held = JSON.stringify(await walk.read(protectedPersons.holder[walk.holder]));
      for (const name of walk.shows) expect(held).toContain(name);
    });
  }

  it('gives no case summary or referral letter of them to those without child protection', async () => {
    const { leaver, ids: extra } = protectedPersons;
    const pdf = (client: Client, url: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } }).then((r) => r.statusCode);
    for (const client of Object.values(protectedPersons.reader)) {
      for (const caseId of [care.case, leaver.case])
        expect(await pdf(client, `/api/cases/${caseId}/summary.pdf`)).toBe(404);
      expect(await pdf(client, `/api/referrals/${extra.referral}/letter.pdf`)).toBe(404);
    }
    expect(await pdf(protectedPersons.holder.supervisor, `/api/cases/${leaver.case}/summary.pdf`)).toBe(200);
  });

  it('lists the audit entries about them, who did what and when, without what changed', async () => {
    const entries = (
      pages: { body: { items: { redacted: boolean; changes: object; action: string }[] } }[],
    ) => pages.flatMap((p) => p.body.items);
    for (const reader of [protectedPersons.reader.administrator, protectedPersons.reader.platform]) {
      const seen = entries(await auditOfProtected(reader));
      expect(seen.map((e) => e.action)).toContain('person.register');
      expect(seen.every((e) => e.redacted && Object.keys(e.changes).length === 0)).toBe(true);
    }
    const held = entries(await auditOfProtected(protectedPersons.holder.administrator));
    expect(held.some((e) => e.redacted)).toBe(false);
  });

  it('lets those without child protection neither work on them nor open a child-protection case', async () => {
    const { caseWorker, expert } = protectedPersons.reader;
    const { leaver, ids: extra } = protectedPersons;
    const before = await fingerprint(t.db, ['audit_events']);
    expect(
      (await caseWorker.patch(`/api/persons/${leaver.person}`, { notes: 'Seen', version: 1 })).status,
    ).toBe(404);
    expect(
      (
        await caseWorker.post(`/api/cases/${leaver.case}/notes`, {
          kind: 'note',
          happenedOn: '2026-06-01',
          text: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await caseWorker.post(`/api/cases/${leaver.case}/care-records`, {
          kind: 'child_views',
          recordedOn: '2026-06-01',
          text: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await caseWorker.post('/api/cases', {
          personId: protectedPersons.ids.parent,
          organisationId: ids.centre,
          kind: 'deinstitutionalisation',
          openedOn: '2026-06-01',
        })
      ).status,
    ).toBe(403);
    expect(await fingerprint(t.db, ['audit_events'])).toBe(before);
    const question = await askQuestion(t.db, { text: 'Как продлить пособие?', organisationId: ids.centre });
    const fingerprinted = await fingerprint(t.db, ['audit_events']);
    const escalation = await expert.post(`/api/consultations/${question.id}/escalation`, {
      personId: leaver.person,
      caseKind: 'disability_support',
      consent: { givenBy: 'person', method: 'verbal', givenOn: '2026-06-01' },
      summary: '',
      version: 1,
    });
    expect(escalation.status).toBe(400);
    expect(JSON.stringify(escalation.body)).not.toContain('Бермет');
    expect(await fingerprint(t.db, ['audit_events'])).toBe(fingerprinted);
    expect((await expert.get(`/api/cases/${extra.escalatedCase}`)).status).toBe(404);
  });
});

describe('a child and a care leaver at a job fair, in their own organisation', () => {
  it('GET /api/activities/{id}/fair: counts them for those without child protection', async () => {
    for (const [who, client] of Object.entries(protectedPersons.reader)) {
      const seen = JSON.stringify(await client.get(`/api/activities/${work.fair}/fair`));
      for (const secret of givenAway()) expect(seen, `${who} reads ${secret}`).not.toContain(secret);
    }
    const held = JSON.stringify(
      await protectedPersons.holder.supervisor.get(`/api/activities/${work.fair}/fair`),
    );
    for (const name of both) expect(held).toContain(name);
  });
});
