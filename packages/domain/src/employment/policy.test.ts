import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import type { Role } from '../access/roles';
import { personPolicy } from '../persons/policy';
import { consentInForce, employerView } from './employer-view';
import {
  actsAsEmployerOnly,
  employerPolicy,
  jobProfilePolicy,
  mayHandKeepingTo,
  mayPublishVacancy,
  placementPolicy,
  vacancyPolicy,
} from './policy';

const ngo = '00000000-0000-4000-8000-000000000001';
const employer = '00000000-0000-4000-8000-000000000002';
const actor = (roles: Role[], organisationId = ngo): Actor => ({
  userId: '00000000-0000-4000-8000-00000000000a',
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});
const otherNgo = '00000000-0000-4000-8000-000000000003';
const vacancy = { employerId: employer, publisherOrganisationId: ngo };
const keptByNgo = { employerId: employer, keeperOrganisationId: ngo };
const admin: Actor = { userId: 'a', platformAdmin: true, memberships: [] };
const person = { ownerOrganisationId: ngo, child: false, sharedWith: [] };

describe('employment policy', () => {
  it.each([
    ['coordinator', ngo, true, true, true],
    ['case_worker', ngo, true, false, true],
    ['employer', employer, true, true, false],
    ['viewer', ngo, false, false, false],
    ['expert', ngo, false, false, false],
  ] as const)('%s: reads the vacancy %s, changes it %s, proposes %s', (role, org, read, update, propose) => {
    const a = actor([role], org);
    expect(vacancyPolicy.read(a, vacancy)).toBe(read);
    expect(vacancyPolicy.update(a, vacancy)).toBe(update);
    expect(vacancyPolicy.propose(a, vacancy)).toBe(propose);
  });

  it.each([
    ['its staff, for the employer itself', actor(['employer'], employer), employer, true],
    ['its staff, for the NGO keeping it', actor(['employer'], employer), ngo, false],
    ['the keeper’s coordinator, for the keeper', actor(['coordinator']), ngo, true],
    ['the keeper’s coordinator, for the employer', actor(['coordinator']), employer, false],
    ['the keeper’s case worker', actor(['case_worker']), ngo, false],
    ['another NGO’s coordinator, for itself', actor(['coordinator'], otherNgo), otherNgo, false],
  ] as const)('a vacancy is published by %s: %s', (_, a, publisher, allowed) => {
    expect(mayPublishVacancy(a, keptByNgo, publisher)).toBe(allowed);
  });

  it.each([
    ['the employer’s staff, to the employer', actor(['employer'], employer), employer, true],
    ['the employer’s staff, to an NGO', actor(['employer'], employer), otherNgo, false],
    ['an NGO’s coordinator, to their NGO', actor(['coordinator'], otherNgo), otherNgo, true],
    ['an NGO’s viewer, to their NGO', actor(['viewer'], otherNgo), otherNgo, false],
    ['an NGO’s coordinator, to the employer', actor(['coordinator'], otherNgo), employer, false],
    ['the platform administrator, anywhere', admin, otherNgo, true],
  ] as const)('the keeping of an employer’s details is handed by %s: %s', (_, a, keeper, allowed) => {
    expect(mayHandKeepingTo(a, employer, keeper)).toBe(allowed);
  });

  it('lets the employer’s staff, its keeper’s coordinators and the platform administrator keep its details', () => {
    expect(employerPolicy.update(actor(['employer'], employer), keptByNgo)).toBe(true);
    expect(employerPolicy.update(actor(['coordinator']), keptByNgo)).toBe(true);
    expect(employerPolicy.update(admin, keptByNgo)).toBe(true);
    expect(employerPolicy.update(actor(['coordinator'], otherNgo), keptByNgo)).toBe(false);
  });

  it('never opens a person, a profile or a placement to an employer’s staff', () => {
    const staff = actor(['employer'], employer);
    const theirPerson = { ...person, ownerOrganisationId: employer };
    expect(personPolicy.read(staff, theirPerson)).toBe(false);
    expect(jobProfilePolicy.read(staff, theirPerson)).toBe(false);
    expect(placementPolicy.read(staff, { organisationId: employer, child: false })).toBe(false);
    expect(actsAsEmployerOnly(staff)).toBe(true);
    expect(actsAsEmployerOnly(actor(['case_worker']))).toBe(false);
  });

  it('lets the case workers of the person’s organisation keep the profile and the placement', () => {
    expect(jobProfilePolicy.update(actor(['case_worker']), person)).toBe(true);
    expect(
      placementPolicy.recordFollowUp(actor(['case_worker']), { organisationId: ngo, child: false }),
    ).toBe(true);
    expect(placementPolicy.recordFollowUp(actor(['expert']), { organisationId: ngo, child: false })).toBe(
      false,
    );
  });
});

describe('what an employer sees of a job seeker', () => {
  const profile = {
    profileId: 'p1',
    givenName: 'Айгерим',
    familyName: 'Садыкова',
    education: 'vocational',
    skills: ['baking'],
    experience: '',
    sectors: ['food'],
    hours: ['part_time'],
    regionIds: [],
    accommodationsNeeded: ['job_coach'],
    readiness: 'ready',
    consentGivenOn: '2026-01-10',
    consentWithdrawnOn: null,
    showContacts: false,
    showFunctioning: false,
  };
  const facts = { phones: ['+996555000111'], functionalDifficulty: 'yes' };

  it('is nothing without consent in force', () => {
    expect(employerView({ ...profile, consentGivenOn: null }, facts)).toBeNull();
    expect(employerView({ ...profile, consentWithdrawnOn: '2026-02-01' }, facts)).toBeNull();
    expect(consentInForce(profile)).toBe(true);
  });

  it('is the profile with a shortened name; contacts and functioning only as consented', () => {
    const view = employerView(profile, facts);
    expect(view).toMatchObject({
      name: 'Айгерим С.',
      phones: [],
      functionalDifficulty: null,
      skills: ['baking'],
    });
    expect(view).not.toHaveProperty('familyName');
    expect(employerView({ ...profile, showContacts: true, showFunctioning: true }, facts)).toMatchObject({
      phones: ['+996555000111'],
      functionalDifficulty: 'yes',
    });
  });
});
