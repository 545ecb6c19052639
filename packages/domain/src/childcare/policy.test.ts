import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import type { Role } from '../access/roles';
import {
  carePlacementPolicy,
  carerPolicy,
  childcareScope,
  gatekeepingPolicy,
  institutionPolicy,
} from './policy';
import { preventionMissing } from './vocabulary';

const org = '00000000-0000-4000-8000-000000000001';
const other = '00000000-0000-4000-8000-000000000002';
const actor = (roles: Role[], organisationId = org): Actor => ({
  userId: '00000000-0000-4000-8000-00000000000a',
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});
const subject = { organisationId: org };

describe('child-protection policies', () => {
  it.each([
    [['coordinator', 'child_protection'], true, true, true],
    [['administrator', 'child_protection'], true, true, true],
    [['case_worker', 'child_protection'], true, true, false],
    [['expert', 'child_protection'], true, false, false],
    [['coordinator'], false, false, false],
    [['case_worker'], false, false, false],
    [['viewer', 'child_protection'], false, false, false],
    [['network_secretariat'], false, false, false],
  ] as [Role[], boolean, boolean, boolean][])(
    '%j: sees children %s, works %s, decides %s',
    (roles, read, work, decide) => {
      const a = actor(roles);
      for (const rule of [gatekeepingPolicy.read, carerPolicy.read, carePlacementPolicy.read])
        expect(rule(a, subject)).toBe(read);
      expect(gatekeepingPolicy.request(a, subject)).toBe(work);
      expect(carePlacementPolicy.work(a, subject)).toBe(work);
      expect(carerPolicy.register(a, subject)).toBe(work);
      expect(gatekeepingPolicy.decide(a, subject)).toBe(decide);
      expect(carerPolicy.approve(a, subject)).toBe(decide);
      expect(childcareScope(a)).toEqual(read ? [org] : []);
    },
  );

  it('shows no child to another organisation’s child-protection supervisor, nor to the platform administrator', () => {
    const outsider = actor(['coordinator', 'child_protection'], other);
    const platform = { ...actor([]), platformAdmin: true };
    for (const a of [outsider, platform]) {
      for (const policy of [gatekeepingPolicy, carerPolicy, carePlacementPolicy]) {
        expect(Object.values(policy).some((rule) => rule(a, subject))).toBe(false);
      }
    }
  });

  it('lets everyone read an institution’s counts and only its own supervisors keep them', () => {
    expect(institutionPolicy.read(actor(['viewer'], other), subject)).toBe(true);
    expect(institutionPolicy.update(actor(['coordinator']), subject)).toBe(true);
    expect(institutionPolicy.update(actor(['case_worker', 'child_protection']), subject)).toBe(false);
    expect(institutionPolicy.update(actor(['administrator'], other), subject)).toBe(false);
  });

  it('asks a decision that keeps a child at home to name the services given', () => {
    expect(preventionMissing('prevented_family_support', [])).toBe(true);
    expect(preventionMissing('prevented_family_support', ['cash_benefit'])).toBe(false);
    expect(preventionMissing('placed', [])).toBe(false);
  });
});
