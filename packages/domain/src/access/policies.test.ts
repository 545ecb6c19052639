import { describe, expect, it } from 'vitest';
import { auditScope, mayViewAudit } from '../audit/policy';
import { mayCreateNetwork, mayLeadNetwork, networkPolicy } from '../networks/policy';
import { mayCreateOrganisation, organisationPolicy } from '../organisations/policy';
import { mayManageRegions } from '../regions/policy';
import { mayManageUsers, membershipPolicy, userPolicy } from '../users/policy';
import type { Actor } from './actor';
import { abilities, can } from './policy';
import type { Role } from './roles';

const A = 'org-a';
const B = 'org-b';
const actor = (roles: Role[], organisationId = A): Actor => ({
  userId: 'u',
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});
const platformAdmin: Actor = { userId: 'p', platformAdmin: true, memberships: [] };

describe('organisation policy', () => {
  it.each([
    ['an administrator of it', actor(['administrator']), true],
    ['an administrator of another organisation', actor(['administrator'], B), false],
    ['a coordinator of it', actor(['coordinator']), false],
    ['a case worker of it', actor(['case_worker']), false],
    ['the platform administrator', platformAdmin, true],
  ])('update by %s: %s', (_who, who, allowed) => {
    expect(can(organisationPolicy, who, 'update', { id: A })).toBe(allowed);
  });

  it.each([
    ['a network secretariat', actor(['network_secretariat']), true],
    ['an administrator', actor(['administrator']), false],
    ['a viewer', actor(['viewer']), false],
    ['the platform administrator', platformAdmin, true],
  ])('registering an organisation by %s: %s', (_who, who, allowed) => {
    expect(mayCreateOrganisation(who)).toBe(allowed);
  });

  it('denies an action no rule names', () => {
    expect(can(organisationPolicy, platformAdmin, 'delete' as 'update', { id: A })).toBe(false);
    expect(abilities(organisationPolicy, actor(['viewer']), { id: A })).toEqual({
      read: true,
      update: false,
    });
  });
});

describe('network policy', () => {
  it.each([
    ['the secretariat of the lead organisation', actor(['network_secretariat']), A, true],
    ['an administrator of the lead organisation', actor(['administrator']), A, true],
    ['a secretariat of another organisation', actor(['network_secretariat'], B), A, false],
    ['a coordinator of the lead organisation', actor(['coordinator']), A, false],
    ['anyone, for a network with no lead', actor(['network_secretariat']), null, false],
    ['the platform administrator, for a network with no lead', platformAdmin, null, true],
  ])('update by %s: %s', (_who, who, lead, allowed) => {
    expect(can(networkPolicy, who, 'update', { leadOrganisationId: lead })).toBe(allowed);
  });

  it.each([
    [actor(['network_secretariat']), A, true],
    [actor(['network_secretariat']), B, false],
    [actor(['network_secretariat']), null, false],
    [platformAdmin, null, true],
  ])('leading a new network: %#', (who, lead, allowed) => {
    expect(mayCreateNetwork(who) && mayLeadNetwork(who, lead)).toBe(allowed);
  });
});

describe('user and membership policy', () => {
  const userOfA = { memberships: [{ organisationId: A }] };
  const userOfAandB = { memberships: [{ organisationId: A }, { organisationId: B }] };
  it.each([
    ['read', 'an administrator of their organisation', actor(['administrator']), userOfA, true],
    ['read', 'an administrator of another organisation', actor(['administrator'], B), userOfA, false],
    ['read', 'a coordinator of their organisation', actor(['coordinator']), userOfA, false],
    ['update', 'an administrator of their only organisation', actor(['administrator']), userOfA, true],
    [
      'update',
      'an administrator of one of their two organisations',
      actor(['administrator']),
      userOfAandB,
      false,
    ],
    ['update', 'the platform administrator', platformAdmin, userOfAandB, true],
  ] as const)('%s a user by %s: %s', (action, _who, who, user, allowed) => {
    expect(can(userPolicy, who, action, user)).toBe(allowed);
  });

  it.each([
    [actor(['administrator']), A, true],
    [actor(['administrator']), B, false],
    [actor(['coordinator']), A, false],
    [platformAdmin, B, true],
  ])('managing a membership: %#', (who, organisationId, allowed) => {
    expect(can(membershipPolicy, who, 'manage', { organisationId })).toBe(allowed);
  });

  it('lets administrators, and only them, manage users', () => {
    expect(mayManageUsers(actor(['administrator']))).toBe(true);
    expect(mayManageUsers(actor(['network_secretariat', 'coordinator']))).toBe(false);
  });
});

describe('audit and regions', () => {
  it('gives an administrator the trail of their organisations, the platform administrator all of it', () => {
    const both: Actor = {
      userId: 'u',
      platformAdmin: false,
      memberships: [
        { organisationId: A, roles: ['administrator'] },
        { organisationId: B, roles: ['viewer'] },
      ],
    };
    expect(auditScope(both)).toEqual([A]);
    expect(auditScope(platformAdmin)).toBe('all');
    expect(mayViewAudit(actor(['case_worker']))).toBe(false);
  });

  it('leaves districts and localities to the platform administrator', () => {
    expect(mayManageRegions(platformAdmin)).toBe(true);
    expect(mayManageRegions(actor(['administrator']))).toBe(false);
  });
});
