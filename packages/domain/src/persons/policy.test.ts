import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import type { Role } from '../access/roles';
import { casePolicy, mayBeAssigned, mayOpenCase } from '../cases/policy';
import { referralPolicy } from '../referrals/policy';
import {
  mayExportPersons,
  mayListWorkers,
  mayNamePerson,
  personPolicy,
  personScopes,
  sharedPartsFor,
} from './policy';

const HOME = 'home-org';
const OTHER = 'other-org';
const actor = (roles: Role[], organisationId = HOME, userId = 'u'): Actor => ({
  userId,
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});
const adult = { ownerOrganisationId: HOME, child: false, sharedWith: [] };
const child = { ...adult, child: true };
const sharedAdult = {
  ...adult,
  sharedWith: [{ organisationId: OTHER, parts: ['identity', 'contacts'] as const }],
};

describe('person policy', () => {
  it.each([
    ['a case worker of the owner, an adult', actor(['case_worker']), adult, 'read', true],
    ['a case worker of the owner, a child', actor(['case_worker']), child, 'read', false],
    [
      'a case worker with child protection, a child',
      actor(['case_worker', 'child_protection']),
      child,
      'read',
      true,
    ],
    ['a viewer of the owner', actor(['viewer']), adult, 'read', false],
    ['a monitor of the owner', actor(['monitor']), adult, 'read', false],
    ['an expert of the owner, reading', actor(['expert']), adult, 'read', true],
    ['an expert of the owner, changing', actor(['expert']), adult, 'update', false],
    ['an administrator of another organisation', actor(['administrator'], OTHER), adult, 'read', false],
    [
      'the platform administrator',
      { userId: 'p', platformAdmin: true, memberships: [] },
      adult,
      'read',
      false,
    ],
    ['a case worker, overriding consent', actor(['case_worker']), adult, 'overrideConsent', false],
    ['a coordinator, overriding consent', actor(['coordinator']), adult, 'overrideConsent', true],
    ['a case worker, merging', actor(['case_worker']), adult, 'merge', false],
    [
      'a case worker of the receiving organisation, reading in full',
      actor(['case_worker'], OTHER),
      sharedAdult,
      'read',
      false,
    ],
    [
      'a case worker of the receiving organisation, reading the shared part',
      actor(['case_worker'], OTHER),
      sharedAdult,
      'readShared',
      true,
    ],
    [
      'a viewer of the receiving organisation, reading the shared part',
      actor(['viewer'], OTHER),
      sharedAdult,
      'readShared',
      false,
    ],
  ] as const)('%s: %s → %s', (_who, who, person, action, allowed) => {
    expect(can(personPolicy, who, action, person)).toBe(allowed);
  });

  it('gives the receiving organisation exactly the shared parts, and nothing of a child without child protection', () => {
    expect(sharedPartsFor(actor(['case_worker'], OTHER), sharedAdult)).toEqual(['identity', 'contacts']);
    expect(sharedPartsFor(actor(['case_worker'], OTHER), { ...sharedAdult, child: true })).toEqual([]);
  });

  it('lists persons by organisation, children only where the role allows', () => {
    const both: Actor = {
      userId: 'u',
      platformAdmin: false,
      memberships: [
        { organisationId: HOME, roles: ['case_worker', 'child_protection'] },
        { organisationId: OTHER, roles: ['coordinator'] },
        { organisationId: 'third', roles: ['viewer'] },
      ],
    };
    expect(personScopes(both)).toEqual([
      { organisationId: HOME, children: true },
      { organisationId: OTHER, children: false },
    ]);
    expect(mayExportPersons(both, OTHER)).toBe(true);
    expect(mayExportPersons(both, HOME)).toBe(false);
  });
});

describe('a person named in another record’s list', () => {
  const adultOf = (ownerOrganisationId: string) => ({
    ownerOrganisationId,
    birthDate: '1990-01-01',
    inChildProtection: false,
  });
  const careLeaver = { ...adultOf(HOME), birthDate: '2008-01-01', inChildProtection: true };
  const youngChild = { ...adultOf(HOME), birthDate: '2018-01-01' };
  it.each([
    ['an adult, to a case worker of the holder', adultOf(HOME), actor(['case_worker']), true],
    ['an adult, to a case worker of another organisation', adultOf(OTHER), actor(['case_worker']), false],
    ['an adult, to a viewer of the holder', adultOf(HOME), actor(['viewer']), false],
    ['a child, to a case worker of the holder', youngChild, actor(['case_worker']), false],
    ['a care leaver of eighteen, to a case worker', careLeaver, actor(['case_worker']), false],
    ['a care leaver of eighteen, to an administrator', careLeaver, actor(['administrator']), false],
    [
      'a care leaver of eighteen, to a case worker with child protection',
      careLeaver,
      actor(['case_worker', 'child_protection']),
      true,
    ],
  ])('%s: %s', (_what, person, who, expected) => {
    expect(mayNamePerson(who, person, '2026-06-01')).toBe(expected);
  });
});

describe('case policy', () => {
  const ownCase = { organisationId: HOME, child: false, workerId: 'worker' };
  it.each([
    ['its worker works on it', actor(['case_worker'], HOME, 'worker'), 'work', true],
    [
      'its worker approves their own plan',
      actor(['case_worker', 'coordinator'], HOME, 'worker'),
      'approve',
      false,
    ],
    ['a coordinator approves it', actor(['coordinator'], HOME, 'boss'), 'approve', true],
    ['a case worker assigns it', actor(['case_worker'], HOME, 'x'), 'assign', false],
    ['an expert works on it', actor(['expert'], HOME, 'x'), 'work', false],
    ['another organisation reads it', actor(['administrator'], OTHER, 'x'), 'read', false],
  ] as const)('%s: %s', (_what, who, action, allowed) => {
    expect(can(casePolicy, who, action, ownCase)).toBe(allowed);
  });

  it.each([
    [
      'a case worker, a disability case for an adult',
      actor(['case_worker']),
      false,
      'disability_support',
      true,
    ],
    ['a case worker, a case for a child', actor(['case_worker']), true, 'disability_support', false],
    [
      'a case worker, a deinstitutionalisation case for an adult',
      actor(['case_worker']),
      false,
      'deinstitutionalisation',
      false,
    ],
    [
      'a case worker, a child-protection case for an adult',
      actor(['case_worker']),
      false,
      'child_protection',
      false,
    ],
    [
      'a case worker with child protection, a deinstitutionalisation case',
      actor(['case_worker', 'child_protection']),
      false,
      'deinstitutionalisation',
      true,
    ],
  ] as const)('opening %s: %s', (_what, who, child, kind, allowed) => {
    expect(mayOpenCase(who, HOME, child, kind)).toBe(allowed);
  });
});

describe('referral policy', () => {
  const referral = { fromOrganisationId: HOME, toOrganisationId: OTHER, child: false };
  it.each([
    ['the receiver decides', actor(['case_worker'], OTHER), 'decide', true],
    ['the sender decides', actor(['case_worker'], HOME), 'decide', false],
    ['the sender withdraws', actor(['case_worker'], HOME), 'withdraw', true],
    ['a viewer of the receiver reads', actor(['viewer'], OTHER), 'read', false],
    ['a third organisation reads', actor(['administrator'], 'third'), 'read', false],
  ] as const)('%s: %s', (_what, who, action, allowed) => {
    expect(can(referralPolicy, who, action, referral)).toBe(allowed);
  });
});

describe('the list of an organisation’s workers', () => {
  it.each([
    ['a case worker of the organisation', actor(['case_worker']), true],
    ['a coordinator of the organisation', actor(['coordinator']), true],
    ['an expert of the organisation', actor(['expert']), true],
    ['an administrator of the organisation', actor(['administrator']), true],
    ['a viewer of the organisation', actor(['viewer']), false],
    ['a monitor of the organisation', actor(['monitor']), false],
    ['child protection alone', actor(['child_protection']), false],
    ['an administrator of another organisation', actor(['administrator'], OTHER), false],
  ])('%s: %s', (_, who, expected) => {
    expect(mayListWorkers(who, HOME)).toBe(expected);
  });
});

describe('whom a case can be given to', () => {
  it.each([
    ['a case worker, an adult’s case', ['case_worker'], false, true],
    ['an expert, an adult’s case', ['expert'], false, true],
    ['a viewer, an adult’s case', ['viewer'], false, false],
    ['a monitor, an adult’s case', ['monitor'], false, false],
    ['no role in the organisation', [], false, false],
    ['a case worker, a child’s case', ['case_worker'], true, false],
    ['a case worker with child protection, a child’s case', ['case_worker', 'child_protection'], true, true],
    ['a coordinator with child protection, a child’s case', ['coordinator', 'child_protection'], true, true],
    ['child protection alone, a child’s case', ['child_protection'], true, false],
  ] as const)('%s', (_what, roles, child, allowed) => {
    expect(mayBeAssigned(roles as readonly Role[], { organisationId: HOME, child })).toBe(allowed);
  });
});
