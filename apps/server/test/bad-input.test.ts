import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCatalogues } from '../src/i18n/translate';
import { type ChildcareFixtures, childcareFixtures } from './childcare-fixtures';
import { askQuestion } from './consultation-fixtures';
import { type Client, createTestApp, fingerprint, personInput, type TestApp } from './harness';

/**
 * Every route that writes, given bad input by a user allowed to write there: a 4xx whose message is in the
 * user's language (Kyrgyz here), and nothing changed anywhere.
 */
let t: TestApp;
let admin: Client;
let supervisor: Client;
let expert: Client;
const ids: Record<string, string> = {};
const missing = '00000000-0000-4000-8000-000000000000';
let care: ChildcareFixtures;
let director: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@birge.test', 'ky');
  ids.organisation = await t.organisationId('Жаңырык — национальная');
  ids.user = await t.userId('secretariat@birge.test');
  ids.membership = (await admin.get(`/api/users/${ids.user}`)).body.user.memberships[0].id;
  ids.network = (await admin.get('/api/networks')).body.items[0].id;
  supervisor = await t.signIn('supervisor@birge.test', 'ky');
  care = await childcareFixtures(t);
  director = await t.signIn('institution.director@birge.test', 'ky');
  ids.centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  ids.person = (await supervisor.post('/api/persons', personInput(ids.centre))).body.id;
  ids.case = (
    await supervisor.post('/api/cases', {
      personId: ids.person,
      organisationId: ids.centre,
      kind: 'disability_support',
      openedOn: '2026-05-01',
    })
  ).body.id;
  ids.goal = (
    await supervisor.post(`/api/cases/${ids.case}/goals`, {
      domain: 'legal',
      description: 'Gets the benefit',
    })
  ).body.id;
  ids.task = (await supervisor.post(`/api/cases/${ids.case}/tasks`, { title: 'Call the family' })).body.id;
  ids.consent = (await supervisor.get(`/api/persons/${ids.person}`)).body.consents[0].id;
  ids.referral = (
    await supervisor.post('/api/referrals', {
      personId: ids.person,
      toOrganisationId: ids.organisation,
      service: 'Legal aid',
      consentOverrideReason: 'Urgent: hearing tomorrow, consent by phone',
    })
  ).body.id;
  expert = await t.signIn('expert@birge.test', 'ky');
  ids.qorgan = await t.organisationId('Қорған-М');
  ids.consultation = (await askQuestion(t.db, { text: 'Пособие по уходу за ребёнком', language: 'ky' })).id;
  ids.article = (
    await expert.post('/api/knowledge', {
      organisationId: ids.qorgan,
      topic: 'benefits',
      translations: [
        { language: 'kk', title: 'Жәрдемақы', body: 'Мүгедектігі бар балаға жәрдемақы туралы.' },
      ],
    })
  ).body.id;
  ids.workshop = (
    await supervisor.post('/api/workshops', {
      organisationId: ids.centre,
      kind: 'sewing',
      name: 'Тигүү цехи',
    })
  ).body.id;
  ids.trainee = (
    await supervisor.post(`/api/workshops/${ids.workshop}/trainees`, {
      personId: ids.person,
      startedOn: '2026-02-01',
    })
  ).body.id;
  ids.volunteer = (
    await supervisor.post('/api/volunteers', { organisationId: ids.centre, personId: ids.person })
  ).body.id;
});
afterAll(() => t.close());

/** A training of the Bishkek centre with one registered person, run by its coordinator. */
beforeAll(async () => {
  ids.activity = (
    await supervisor.post('/api/activities', {
      type: 'training',
      title: 'Тренинг',
      language: 'ky',
      startsAt: '2026-03-02T09:00:00+06:00',
      organisationId: ids.centre,
    })
  ).body.id;
  ids.attendee = (
    await supervisor.post(`/api/activities/${ids.activity}/attendees`, { personId: ids.person })
  ).body.id;
});

/** A programme of Janyryk, managed by its administrator: goal, outcome, output, an indicator computed from records. */
let manager: Client;
const programme: Record<'id' | 'goal' | 'output' | 'indicator', string> = {
  id: '',
  goal: '',
  output: '',
  indicator: '',
};
const programmeTitle = { ky: 'Мектептер', kk: 'Мектептер', ru: 'Школы', en: 'Schools' };
beforeAll(async () => {
  manager = await t.signIn('janyryk.admin@birge.test', 'ky');
  programme.id = (
    await manager.post('/api/programmes', {
      title: programmeTitle,
      description: { ky: '', kk: '', ru: '', en: '' },
      ownerOrganisationId: ids.organisation,
      status: 'implementation',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      currency: 'KGS',
    })
  ).body.id;
  const add = async (parentId: string | null, level: string, code: string) =>
    (
      await manager.post(`/api/programmes/${programme.id}/results`, {
        parentId,
        level,
        code,
        title: programmeTitle,
      })
    ).body.id;
  programme.goal = await add(null, 'goal', 'G');
  programme.output = await add(await add(programme.goal, 'outcome', '1'), 'output', '1.1');
  programme.indicator = (
    await manager.post(`/api/results/${programme.output}/indicators`, {
      code: '1.1.a',
      title: programmeTitle,
      unit: 'persons',
      definition: { measure: 'count', source: 'persons.registered' },
    })
  ).body.id;
});

const bad: Record<string, () => Promise<{ status: number; body: any }>> = {
  'POST /api/auth/sign-in': () => admin.post('/api/auth/sign-in', { email: 'admin@birge.test' }),
  'POST /api/auth/tokens/{token}': () =>
    admin.post(`/api/auth/tokens/${'x'.repeat(43)}`, { password: 'long enough pass' }),
  'PATCH /api/me': () => admin.patch('/api/me', { language: 'de', highContrast: 'yes' }),
  'POST /api/me/password': () =>
    admin.post('/api/me/password', { currentPassword: 'wrong password', newPassword: 'a good new password' }),
  'POST /api/me/totp/enable': () => admin.post('/api/me/totp/enable', { code: '12ab56' }),
  'POST /api/me/totp/disable': () => admin.post('/api/me/totp/disable', { password: 'not my password' }),
  'POST /api/me/tokens': () => admin.post('/api/me/tokens', { name: '' }),
  'DELETE /api/me/tokens/{id}': () => admin.delete(`/api/me/tokens/${missing}`),
  'POST /api/regions': () =>
    admin.post('/api/regions', {
      parentId: missing,
      level: 'district',
      names: {
        ky: 'Ала-Бука району',
        kk: 'Ала-Бука ауданы',
        ru: 'Ала-Букинский район',
        en: 'Ala-Buka District',
      },
    }),
  'POST /api/organisations': () =>
    admin.post('/api/organisations', { name: 'Жаңы уюм', type: 'club', website: 'ftp://x' }),
  'PATCH /api/organisations/{id}': () =>
    admin.patch(`/api/organisations/${ids.organisation}`, { email: 'not-an-email', version: 1 }),
  'POST /api/networks': () =>
    admin.post('/api/networks', { name: 'Жаңы тармак', leadOrganisationId: missing }),
  'PATCH /api/networks/{id}': () => admin.patch(`/api/networks/${ids.network}`, { name: 'Жаңы аты' }),
  'POST /api/networks/{id}/members': () =>
    admin.post(`/api/networks/${ids.network}/members`, { organisationId: 'janyryk' }),
  'DELETE /api/networks/{id}/members/{organisationId}': () =>
    admin.delete(`/api/networks/${ids.network}/members/${missing}`),
  'PATCH /api/users/{id}': () => admin.patch(`/api/users/${ids.user}`, { active: 'no', version: 1 }),
  'POST /api/users/invitations': () =>
    admin.post('/api/users/invitations', {
      email: 'new@birge.test',
      name: 'Жаңы',
      organisationId: ids.organisation,
      roles: ['boss'],
    }),
  'POST /api/users/{id}/reset-link': () => admin.post(`/api/users/${missing}/reset-link`),
  'POST /api/memberships': () =>
    admin.post('/api/memberships', { userId: ids.user, organisationId: ids.organisation, roles: [] }),
  'PATCH /api/memberships/{id}': () =>
    admin.patch(`/api/memberships/${ids.membership}`, { roles: ['viewer'], version: 99 }),
  'DELETE /api/memberships/{id}': () => admin.delete(`/api/memberships/${ids.membership}`),
  'POST /api/persons': () =>
    supervisor.post('/api/persons', personInput(ids.centre ?? '', { sex: 'x', birthDate: '31.12.1990' })),
  'POST /api/persons/duplicates': () =>
    supervisor.post('/api/persons/duplicates', { familyName: '', phones: 'none' }),
  'PATCH /api/persons/{id}': () =>
    supervisor.patch(`/api/persons/${ids.person}`, { disabilityStatus: 'group_4', version: 1 }),
  'POST /api/persons/{id}/links': () =>
    supervisor.post(`/api/persons/${ids.person}/links`, { relatedPersonId: ids.person, relation: 'sibling' }),
  'POST /api/persons/{id}/consents': () =>
    supervisor.post(`/api/persons/${ids.person}/consents`, {
      purpose: 'sharing',
      givenBy: 'person',
      method: 'paper',
      givenOn: '2026-05-01',
    }),
  'POST /api/persons/{id}/consents/{consentId}/withdraw': () =>
    supervisor.post(`/api/persons/${ids.person}/consents/${ids.consent}/withdraw`, {
      withdrawnOn: '2026-05-01',
      version: 7,
    }),
  'POST /api/persons/{id}/assessments': () =>
    supervisor.post(`/api/persons/${ids.person}/assessments`, {
      instrument: 'wg_ss',
      answers: { seeing: 'blind' },
      assessedOn: '2026-05-01',
    }),
  'POST /api/persons/{id}/merge': () =>
    supervisor.post(`/api/persons/${ids.person}/merge`, { duplicateId: ids.person, version: 1 }),
  'POST /api/cases': () =>
    supervisor.post('/api/cases', {
      personId: ids.person,
      organisationId: ids.centre,
      kind: 'holiday',
      openedOn: '2026-05-01',
    }),
  'POST /api/cases/{id}/transitions': () =>
    supervisor.post(`/api/cases/${ids.case}/transitions`, { to: 'implementation', version: 1 }),
  'POST /api/cases/{id}/approvals': () =>
    supervisor.post(`/api/cases/${ids.case}/approvals`, { what: 'budget', version: 1 }),
  'PATCH /api/cases/{id}/assignment': () =>
    supervisor.patch(`/api/cases/${ids.case}/assignment`, { workerId: 'me', version: 1 }),
  'PUT /api/cases/{id}/needs': () => supervisor.request('PUT', `/api/cases/${ids.case}/needs`, { needs: [] }),
  'POST /api/cases/{id}/goals': () =>
    supervisor.post(`/api/cases/${ids.case}/goals`, { domain: 'legal', description: '' }),
  'POST /api/cases/{id}/tasks': () =>
    supervisor.post(`/api/cases/${ids.case}/tasks`, { title: 'Call', dueOn: 'tomorrow' }),
  'POST /api/cases/{id}/services': () =>
    supervisor.post(`/api/cases/${ids.case}/services`, { type: 'massage', deliveredOn: '2026-05-01' }),
  'POST /api/cases/{id}/notes': () =>
    supervisor.post(`/api/cases/${ids.case}/notes`, { kind: 'gossip', happenedOn: '2026-05-01', text: 'x' }),
  'PATCH /api/cases/{id}/goals/{entryId}': () =>
    supervisor.patch(`/api/cases/${ids.case}/goals/${ids.goal}`, { status: 'done', version: 1 }),
  'PATCH /api/cases/{id}/tasks/{entryId}': () =>
    supervisor.patch(`/api/cases/${ids.case}/tasks/${ids.task}`, { doneOn: '2026-05-01', version: 5 }),
  'POST /api/referrals': () =>
    supervisor.post('/api/referrals', {
      personId: ids.person,
      toOrganisationId: ids.centre,
      service: 'Legal aid',
    }),
  'POST /api/referrals/{id}/decision': () =>
    supervisor.post(`/api/referrals/${ids.referral}/decision`, { decision: 'maybe', version: 1 }),
  'POST /api/referrals/{id}/completion': () =>
    supervisor.post(`/api/referrals/${ids.referral}/completion`, { outcome: '', version: 1 }),
  'POST /api/saved-filters': () => supervisor.post('/api/saved-filters', { name: 'x', query: 'sex=robot' }),
  'DELETE /api/saved-filters/{id}': () => supervisor.delete('/api/saved-filters/not-an-id'),
  'POST /api/referrals/{id}/withdrawal': () =>
    supervisor.post(`/api/referrals/${ids.referral}/withdrawal`, { reason: 'x', version: 1 }),
  'POST /api/consultations/{id}/claim': () =>
    expert.post(`/api/consultations/${ids.consultation}/claim`, { version: 'one' }),
  'POST /api/consultations/{id}/answers': () =>
    expert.post(`/api/consultations/${ids.consultation}/answers`, { text: '', version: 1 }),
  'POST /api/consultations/{id}/notes': () =>
    expert.post(`/api/consultations/${ids.consultation}/notes`, { text: '' }),
  'POST /api/consultations/{id}/handover': () =>
    expert.post(`/api/consultations/${ids.consultation}/handover`, { expertId: missing, version: 1 }),
  'POST /api/consultations/{id}/escalation': () =>
    expert.post(`/api/consultations/${ids.consultation}/escalation`, {
      consent: { givenBy: 'person', method: 'verbal', givenOn: '2026-06-01' },
      version: 1,
    }),
  'POST /api/consultations/{id}/closure': () =>
    expert.post(`/api/consultations/${ids.consultation}/closure`, { version: 0 }),
  'POST /api/knowledge': () =>
    expert.post('/api/knowledge', { organisationId: ids.qorgan, topic: 'weather', translations: [] }),
  'PATCH /api/knowledge/{id}': () =>
    expert.patch(`/api/knowledge/${ids.article}`, { status: 'deleted', version: 1 }),
  'PUT /api/knowledge/{id}/translations/{language}': () =>
    expert.request('PUT', `/api/knowledge/${ids.article}/translations/ru`, { title: '', body: 'x' }),
  // Indicators: a definition counting from a source no module registered, with a field the source lacks.
  'POST /api/indicators/preview': () =>
    admin.post('/api/indicators/preview', {
      definition: {
        measure: 'ratio',
        numerator: { measure: 'sum', source: 'cases.closed', filters: { attributes: { colour: ['red'] } } },
        denominator: { measure: 'count', source: 'nothing.here' },
      },
      from: '2026-01-01',
      to: '2027-01-01',
    }),
  // Programmes and logframes: the rules of a logframe broken, each in the manager's language.
  'POST /api/programmes': () =>
    manager.post('/api/programmes', {
      title: programmeTitle,
      description: { ky: '', kk: '', ru: '', en: '' },
      ownerOrganisationId: ids.organisation,
      status: 'running',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      currency: 'som',
      sectors: [{ code: '160', percentage: 100 }],
    }),
  'PATCH /api/programmes/{id}': () =>
    manager.patch(`/api/programmes/${programme.id}`, { endDate: '2025-01-01', version: 1 }),
  'POST /api/programmes/{id}/results': () =>
    manager.post(`/api/programmes/${programme.id}/results`, {
      parentId: programme.goal,
      level: 'output',
      code: '9',
      title: programmeTitle,
    }),
  'PATCH /api/results/{id}': () =>
    manager.patch(`/api/results/${programme.output}`, { code: 'G', version: 1 }),
  'DELETE /api/results/{id}': () => manager.delete(`/api/results/${programme.goal}`),
  'POST /api/results/{id}/indicators': () =>
    manager.post(`/api/results/${programme.output}/indicators`, {
      code: '1.1.b',
      title: programmeTitle,
      unit: 'persons',
      targets: [
        { periodStart: '2026-01-01', periodEnd: '2026-07-01', value: 10 },
        { periodStart: '2026-06-01', periodEnd: '2027-01-01', value: 10 },
      ],
    }),
  'PATCH /api/indicators/{id}': () =>
    manager.patch(`/api/indicators/${programme.indicator}`, {
      targets: [{ periodStart: '2025-01-01', periodEnd: '2026-01-01', value: 5 }],
      version: 1,
    }),
  'DELETE /api/indicators/{id}': () => manager.delete(`/api/indicators/${missing}`),
  'POST /api/indicators/{id}/manual-values': () =>
    manager.post(`/api/indicators/${programme.indicator}/manual-values`, {
      periodStart: '2026-01-01',
      periodEnd: '2026-04-01',
      value: 3,
    }),
  'PATCH /api/manual-values/{id}': () =>
    manager.patch(`/api/manual-values/${missing}`, { value: -1, version: 1 }),
  'DELETE /api/manual-values/{id}': () => manager.delete(`/api/manual-values/${missing}`),
  'POST /api/workshops': () =>
    supervisor.post('/api/workshops', { organisationId: ids.centre, kind: 'mine', name: '', capacity: 0 }),
  'POST /api/workshops/{id}/modules': () =>
    supervisor.post(`/api/workshops/${ids.workshop}/modules`, { title: '', hours: -1 }),
  'POST /api/workshops/{id}/trainees': () =>
    supervisor.post(`/api/workshops/${ids.workshop}/trainees`, {
      personId: ids.person,
      startedOn: '2026-02-30',
    }),
  'POST /api/workshop-trainees/{id}/modules': () =>
    supervisor.post(`/api/workshop-trainees/${ids.trainee}/modules`, {
      moduleId: missing,
      completedOn: '2026-03-01',
    }),
  'POST /api/workshop-trainees/{id}/outcome': () =>
    supervisor.post(`/api/workshop-trainees/${ids.trainee}/outcome`, {
      status: 'left',
      leftOn: '2026-03-01',
      version: 1,
    }),
  'POST /api/workshops/{id}/production': () =>
    supervisor.post(`/api/workshops/${ids.workshop}/production`, {
      producedOn: '2026-03-01',
      product: 'tomatoes',
      quantity: 0,
      unit: 'tonne',
    }),
  'POST /api/workshops/{id}/sales': () =>
    supervisor.post(`/api/workshops/${ids.workshop}/sales`, {
      soldOn: '2026-03-01',
      product: 'bread',
      quantity: 10,
      unit: 'piece',
      amount: 500,
      currency: 'USD',
      buyerKind: 'individual',
    }),
  'POST /api/volunteers': () =>
    supervisor.post('/api/volunteers', { organisationId: ids.centre, personId: ids.person, expert: true }),
  'PATCH /api/volunteers/{id}': () =>
    supervisor.patch(`/api/volunteers/${ids.volunteer}`, { availability: 'always', version: 1 }),
  'POST /api/volunteers/{id}/hours': () =>
    supervisor.post(`/api/volunteers/${ids.volunteer}/hours`, {
      workedOn: '2026-03-01',
      hours: 30,
      description: '',
    }),
  'GET /api/activities': () => supervisor.get('/api/activities?type=party'),
  'POST /api/activities': () =>
    supervisor.post('/api/activities', {
      type: 'training',
      title: '',
      language: 'ky',
      startsAt: 'tomorrow',
      organisationId: ids.centre,
    }),
  'PATCH /api/activities/{id}': () =>
    supervisor.patch(`/api/activities/${ids.activity}`, {
      endsAt: '2026-03-01T09:00:00+06:00',
      version: 1,
    }),
  'POST /api/activities/{id}/attendees': () =>
    supervisor.post(`/api/activities/${ids.activity}/attendees`, { personId: ids.person }),
  'PATCH /api/activities/{id}/attendees/{attendeeId}': () =>
    supervisor.patch(`/api/activities/${ids.activity}/attendees/${ids.attendee}`, {
      completed: true,
      completedOn: '2026-01-01',
    }),
  'DELETE /api/activities/{id}/attendees/{attendeeId}': () =>
    supervisor.delete(`/api/activities/${ids.activity}/attendees/${missing}`),
  'PUT /api/activities/{id}/attendance-counts': () =>
    supervisor.request('PUT', `/api/activities/${ids.activity}/attendance-counts`, {
      rows: [{ sex: 'other', ageBand: '18-29', disability: 'yes', count: 0 }],
    }),
  'POST /api/activities/{id}/materials': () => supervisor.post(`/api/activities/${ids.activity}/materials`),
  'DELETE /api/activities/{id}/materials/{materialId}': () =>
    supervisor.delete(`/api/activities/${ids.activity}/materials/${missing}`),
  'POST /api/monitoring-visits': () =>
    supervisor.post('/api/monitoring-visits', {
      organisationId: ids.centre,
      facilitatorId: ids.person,
      visitedOn: '2026-04-01',
    }),
  'POST /api/childcare/institutions': () =>
    director.post('/api/childcare/institutions', {
      organisationId: care.centre,
      capacity: 0,
      targetChildrenLeaving: -1,
    }),
  'POST /api/childcare/institutions/{id}/counts': () =>
    director.post(`/api/childcare/institutions/${care.institution}/counts`, {
      countedOn: '2026-05-01',
      rows: [{ ageBand: '30-59', sex: 'male', disability: 'no', children: -1 }],
    }),
  'POST /api/childcare/institutions/{id}/milestones': () =>
    director.post(`/api/childcare/institutions/${care.institution}/milestones`, {
      kind: 'party',
      title: '',
      dueOn: '2026-13-01',
    }),
  'PATCH /api/childcare/milestones/{id}': () =>
    director.patch(`/api/childcare/milestones/${care.milestone}`, { doneOn: 'soon', version: 1 }),
  'POST /api/childcare/commissions': () =>
    supervisor.post('/api/childcare/commissions', { organisationId: care.centre, name: '' }),
  'POST /api/childcare/commissions/{id}/members': () =>
    supervisor.post(`/api/childcare/commissions/${care.commission}/members`, { name: '', position: '' }),
  'POST /api/childcare/commissions/{id}/meetings': () =>
    supervisor.post(`/api/childcare/commissions/${care.commission}/meetings`, { heldOn: 'tomorrow' }),
  'POST /api/childcare/commissions/{id}/requests': () =>
    supervisor.post(`/api/childcare/commissions/${care.commission}/requests`, {
      personId: care.child,
      requestedOn: '2026-05-01',
      reason: '',
    }),
  'POST /api/childcare/gatekeeping-requests/{id}/decision': () =>
    supervisor.post(`/api/childcare/gatekeeping-requests/${care.request}/decision`, {
      meetingId: care.meeting,
      outcome: 'prevented_community_service',
      reasons: 'Жакында мектеп бар',
      version: 1,
    }),
  'POST /api/childcare/carers': () =>
    supervisor.post('/api/childcare/carers', {
      organisationId: care.centre,
      kind: 'neighbour',
      name: 'Асанова',
      capacity: 40,
    }),
  'PATCH /api/childcare/carers/{id}': () =>
    supervisor.patch(`/api/childcare/carers/${care.carer}`, {
      state: 'famous',
      on: '2026-05-01',
      version: 2,
    }),
  'POST /api/childcare/placements/{id}/end': () =>
    supervisor.post(`/api/childcare/placements/${care.placement}/end`, {
      ending: 'breakdown',
      endedOn: '2026-05-01',
      version: 1,
    }),
  'POST /api/childcare/placements/{id}/visits': () =>
    supervisor.post(`/api/childcare/placements/${care.placement}/visits`, {
      visitedOn: '2099-01-01',
      findings: 'Келечекте',
      concerns: false,
    }),
  'PATCH /api/childcare/transition-steps/{id}': () =>
    supervisor.patch(`/api/childcare/transition-steps/${missing}`, { doneOn: 'soon', version: 0 }),
  'POST /api/childcare/visits/{id}': () =>
    supervisor.post(`/api/childcare/visits/${care.visit}`, {
      visitedOn: '2026-02-01',
      findings: 'Баары жакшы',
      concerns: false,
      version: 1,
    }),
  'POST /api/cases/{id}/care-records': () =>
    supervisor.post(`/api/cases/${care.case}/care-records`, {
      kind: 'diary',
      recordedOn: '2026-05-01',
      text: '',
    }),
  'POST /api/cases/{id}/transition-steps': () =>
    supervisor.post(`/api/cases/${care.case}/transition-steps`, { step: '', responsible: '', dueOn: '' }),
  'POST /api/cases/{id}/care-placements': () =>
    supervisor.post(`/api/cases/${care.case}/care-placements`, {
      type: 'foster_care',
      startedOn: '2026-05-01',
      carerId: missing,
    }),
  'PUT /api/persons/{id}/job-profile': () =>
    supervisor.request('PUT', `/api/persons/${ids.person}/job-profile`, { education: 'phd', readiness: '' }),
  'PUT /api/employers/{id}': () =>
    supervisor.request('PUT', `/api/employers/${missing}`, {
      keeperOrganisationId: ids.centre,
      headcount: -1,
    }),
  'POST /api/vacancies': () =>
    supervisor.post('/api/vacancies', {
      employerId: missing,
      publisherOrganisationId: ids.centre,
      title: '',
    }),
  'PATCH /api/vacancies/{id}': () =>
    supervisor.patch(`/api/vacancies/${missing}`, { title: '', hours: 'sometimes', version: 1 }),
  'POST /api/vacancies/{id}/proposals': () =>
    supervisor.post(`/api/vacancies/${missing}/proposals`, { personId: 'someone' }),
  'PATCH /api/vacancy-proposals/{id}': () =>
    supervisor.patch(`/api/vacancy-proposals/${missing}`, { status: 'maybe', version: 1 }),
  'POST /api/activities/{id}/fair/registrations': () =>
    supervisor.post(`/api/activities/${ids.activity}/fair/registrations`, { role: 'visitor' }),
  'POST /api/activities/{id}/fair/interviews': () =>
    supervisor.post(`/api/activities/${ids.activity}/fair/interviews`, { scheduledAt: 'tomorrow' }),
  'PATCH /api/fair-interviews/{id}': () =>
    supervisor.patch(`/api/fair-interviews/${missing}`, { outcome: 'great', version: 1 }),
  'POST /api/placements': () =>
    supervisor.post('/api/placements', {
      personId: ids.person,
      employerId: missing,
      position: '',
      startedOn: '',
    }),
  'POST /api/placements/{id}/follow-ups': () =>
    supervisor.post(`/api/placements/${missing}/follow-ups`, { months: 2, checkedOn: '2026-01-01' }),
  'POST /api/public/questions': () =>
    admin.post('/api/public/questions', {
      formToken: 'x',
      topic: 'weather',
      language: 'ky',
      question: '',
      consent: false,
    }),
  'POST /api/public/questions/{token}/replies': () =>
    admin.post(`/api/public/questions/${'x'.repeat(43)}/replies`, { text: '' }),
  'POST /api/public/questions/{token}/rating': () =>
    admin.post(`/api/public/questions/${'x'.repeat(43)}/rating`, { rating: 9 }),
};

// Writes that take no input from the caller beyond being signed in.
const withoutInput = [
  'POST /api/auth/sign-out',
  'POST /api/auth/sign-out-everywhere',
  'POST /api/me/totp/setup',
];

describe('bad input', () => {
  it('has a case for every route that writes', async () => {
    const spec = (await t.anonymous().get('/api/openapi.json')).body;
    const writes = Object.entries(spec.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => method !== 'get')
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(writes.filter((route) => !(route in bad) && !withoutInput.includes(route))).toEqual([]);
  });

  for (const [route, send] of Object.entries(bad)) {
    it(`${route}: answers in Kyrgyz and changes nothing`, async () => {
      const before = await fingerprint(t.db);
      const { status, body } = await send();
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      const code = body.error.code as keyof (typeof serverCatalogues)['ky'];
      expect(body.error.message).toBe(serverCatalogues.ky[code]);
      for (const message of Object.values(body.error.fields ?? {})) expect(message).toMatch(/[а-яөүң]/i);
      expect(await fingerprint(t.db)).toBe(before);
    });
  }
});
