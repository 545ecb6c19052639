import { cases } from '@birge/db';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { personInput, type TestApp } from './harness';

export type ChildcareFixtures = Record<
  | 'centre'
  | 'institution'
  | 'milestone'
  | 'commission'
  | 'meeting'
  | 'child'
  | 'request'
  | 'carer'
  | 'case'
  | 'placement'
  | 'visit'
  | 'step',
  string
>;

/** A child of the Bishkek centre, consent given by the mother. */
export function childInput(centre: string, givenName: string) {
  return personInput(centre, {
    familyName: 'Осмонова',
    givenName,
    birthDate: '2016-03-14',
    phones: [],
    registrationConsent: {
      givenBy: 'representative',
      representativeName: 'Осмонова Айнура',
      method: 'paper',
      givenOn: '2026-01-10',
    },
  });
}

/** The id of a record the API created, failing the test with the answer when it did not. */
function ok<T extends { status: number; body: { id: string } }>(r: T, status = 201) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body.id;
}

/**
 * The child-protection work of the Bishkek centre, by the API: the Kant institution registered and counted, a
 * commission with a meeting and a request for Айсулуу still waiting, a foster family assessed, trained and
 * approved, and Айсулуу's deinstitutionalisation case with its placement decision and a foster placement from
 * Kant with its visit schedule.
 */
export async function childcareFixtures(t: TestApp): Promise<ChildcareFixtures> {
  const director = await t.signIn('institution.director@birge.test');
  const supervisor = await t.signIn('supervisor@birge.test');
  const worker = await t.signIn('caseworker@birge.test');
  const centre = await t.organisationId('Информационный центр «Жаңырык» — Бишкек');
  const kant = await t.organisationId('Кантский');
  const institution = ok(
    await director.post('/api/childcare/institutions', {
      organisationId: kant,
      capacity: 120,
      targetChildrenLeaving: 80,
    }),
  );
  await director.post(`/api/childcare/institutions/${institution}/counts`, {
    countedOn: '2026-01-01',
    rows: [
      { ageBand: '5-17', sex: 'female', disability: 'yes', children: 12 },
      { ageBand: '5-17', sex: 'male', disability: 'no', children: 20 },
    ],
  });
  const milestone = ok(
    await director.post(`/api/childcare/institutions/${institution}/milestones`, {
      kind: 'staff_retrained',
      title: 'Персонал переобучен',
      dueOn: '2026-09-01',
    }),
  );
  const commission = ok(
    await supervisor.post('/api/childcare/commissions', { organisationId: centre, name: 'Чүй комиссиясы' }),
  );
  const meeting = ok(
    await supervisor.post(`/api/childcare/commissions/${commission}/meetings`, { heldOn: '2026-02-15' }),
  );
  const child = ok(await worker.post('/api/persons', childInput(centre, 'Айсулуу')));
  const request = ok(
    await worker.post(`/api/childcare/commissions/${commission}/requests`, {
      personId: child,
      requestedOn: '2026-02-01',
      institutionId: institution,
      reason: 'Мать уехала на заработки',
    }),
  );
  const carer = ok(
    await worker.post('/api/childcare/carers', {
      organisationId: centre,
      kind: 'foster_family',
      name: 'Бейшеевдер үй-бүлөсү',
      capacity: 2,
    }),
  );
  for (const [version, state] of ['assessed', 'trained', 'approved'].entries()) {
    ok(
      await supervisor.patch(`/api/childcare/carers/${carer}`, {
        state,
        on: '2026-01-20',
        version: version + 1,
      }),
      200,
    );
  }
  const caseId = ok(
    await worker.post('/api/cases', {
      personId: child,
      organisationId: centre,
      kind: 'deinstitutionalisation',
      workerId: await t.userId('caseworker@birge.test'),
      supervisorId: await t.userId('supervisor@birge.test'),
      openedOn: '2026-01-15',
    }),
  );
  const step = ok(
    await worker.post(`/api/cases/${caseId}/transition-steps`, {
      step: 'Знакомство с приёмной семьёй',
      responsible: 'Социальный работник',
      dueOn: '2026-02-20',
    }),
  );
  ok(
    await worker.post(`/api/cases/${caseId}/care-records`, {
      kind: 'placement_decision',
      recordedOn: '2026-02-25',
      text: 'Приёмная семья Бейшеевых',
    }),
  );
  const placed = await worker.post(`/api/cases/${caseId}/care-placements`, {
    type: 'foster_care',
    startedOn: '2026-03-01',
    carerId: carer,
    institutionId: institution,
  });
  const placement = ok({ status: placed.status, body: placed.body.placement ?? placed.body });
  return {
    centre,
    institution,
    milestone,
    commission,
    meeting,
    child,
    request,
    carer,
    case: caseId,
    placement,
    visit: placed.body.visits[0].id,
    step,
  };
}

/** A birth date that makes a person this many years old, and a month, today. */
export function bornYearsAgo(years: number): string {
  const day = new Date();
  day.setUTCDate(1);
  day.setUTCFullYear(day.getUTCFullYear() - years);
  day.setUTCMonth(day.getUTCMonth() - 1);
  return day.toISOString().slice(0, 10);
}

export type CareLeaver = Record<'person' | 'case' | 'placement' | 'request' | 'record', string> & {
  birthDate: string;
};

/**
 * Бермет, just eighteen, left the Kant institution for a kinship placement as a child: registered as the adult
 * she is now, her deinstitutionalisation case (worked by `workerId`, who has since lost the child-protection
 * role), what she said she wanted, the placement, and a request the commission once heard.
 */
export async function careLeaverFixtures(
  t: TestApp,
  care: ChildcareFixtures,
  workerId: string,
): Promise<CareLeaver> {
  const worker = await t.signIn('caseworker@birge.test');
  const birthDate = bornYearsAgo(18);
  const person = ok(
    await worker.post(
      '/api/persons',
      personInput(care.centre, { familyName: 'Сатыбалдиева', givenName: 'Бермет', birthDate, phones: [] }),
    ),
  );
  const caseId = ok(
    await worker.post('/api/cases', {
      personId: person,
      organisationId: care.centre,
      kind: 'deinstitutionalisation',
      supervisorId: await t.userId('supervisor@birge.test'),
      openedOn: '2026-01-10',
    }),
  );
  // Birge gives a case only to a colleague who may open it; a role taken away later leaves the case with them.
  await t.db.update(cases).set({ workerId }).where(eq(cases.id, caseId));
  const record = ok(
    await worker.post(`/api/cases/${caseId}/care-records`, {
      kind: 'child_views',
      recordedOn: '2026-01-12',
      text: 'Хочет жить у тёти в Токмоке',
    }),
  );
  ok(
    await worker.post(`/api/cases/${caseId}/care-records`, {
      kind: 'placement_decision',
      recordedOn: '2026-01-25',
      text: 'Родственная опека у тёти в Токмоке',
    }),
  );
  const placed = await worker.post(`/api/cases/${caseId}/care-placements`, {
    type: 'kinship_care',
    startedOn: '2026-02-01',
    institutionId: care.institution,
  });
  const placement = ok({ status: placed.status, body: placed.body.placement ?? placed.body });
  const request = ok(
    await worker.post(`/api/childcare/commissions/${care.commission}/requests`, {
      personId: person,
      requestedOn: '2026-01-05',
      reason: 'Тётя просит опеку',
    }),
  );
  return { person, birthDate, case: caseId, placement, request, record };
}
