import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { abilities, can } from '../access/policy';
import type { Role } from '../access/roles';
import { mayManageProgrammesOf, programmePolicy } from './policy';

const owner = 'owner';
const programme = {
  ownerOrganisationId: owner,
  readerOrganisationIds: [owner, 'donor', 'network-member', 'lead'],
  accountableOrganisationIds: ['lead'],
};
const member = (organisationId: string, ...roles: Role[]): Actor => ({
  userId: 'u',
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});

describe('programme policy', () => {
  it.each([
    ['an administrator of the owner', member(owner, 'administrator'), true, true, true, false],
    ['a coordinator of the owner', member(owner, 'coordinator'), true, true, true, false],
    ['a monitor of the owner', member(owner, 'monitor'), true, true, true, false],
    [
      'a monitor of the owner in child protection',
      member(owner, 'monitor', 'child_protection'),
      true,
      true,
      true,
      true,
    ],
    [
      'a case worker of the owner',
      member(owner, 'case_worker', 'child_protection'),
      true,
      false,
      false,
      false,
    ],
    ['a coordinator of the accountable participant', member('lead', 'coordinator'), true, false, true, false],
    ['a viewer of a participant', member('donor', 'viewer'), true, false, false, false],
    ['an administrator of a participant', member('donor', 'administrator'), true, false, false, false],
    [
      'an administrator of a network member',
      member('network-member', 'administrator'),
      true,
      false,
      false,
      false,
    ],
    ['an administrator elsewhere', member('elsewhere', 'administrator'), false, false, false, false],
    [
      'the platform administrator',
      { userId: 'p', platformAdmin: true, memberships: [] },
      true,
      false,
      false,
      false,
    ],
  ])(
    '%s: reads %s, changes %s, opens its records %s, its children’s %s',
    (_who, actor, reads, changes, opens, children) => {
      expect(can(programmePolicy, actor, 'read', programme)).toBe(reads);
      expect(abilities(programmePolicy, actor, programme)).toEqual({
        read: reads,
        update: changes,
        report: reads,
        openRecords: opens,
        openChildrenRecords: children,
      });
    },
  );

  it('lets only the owner’s managers start a programme for it', () => {
    expect(mayManageProgrammesOf(member(owner, 'monitor'), owner)).toBe(true);
    expect(mayManageProgrammesOf(member(owner, 'expert'), owner)).toBe(false);
    expect(mayManageProgrammesOf(member('donor', 'administrator'), owner)).toBe(false);
  });
});
