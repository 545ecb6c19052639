import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import type { Role } from '../access/roles';
import { volunteerPolicy } from '../volunteers/policy';
import { workshopPolicy, workshopScope } from './policy';
import { traineeProgress } from './vocabulary';

const org = '00000000-0000-4000-8000-000000000001';
const other = '00000000-0000-4000-8000-000000000002';
const actor = (roles: Role[], organisationId = org): Actor => ({
  userId: '00000000-0000-4000-8000-00000000000a',
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});
const subject = { organisationId: org };

describe('workshop policy', () => {
  it.each([
    ['administrator', true, true, true],
    ['coordinator', true, true, true],
    ['case_worker', true, false, true],
    ['expert', true, false, false],
    ['viewer', false, false, false],
    ['monitor', false, false, false],
  ] as const)('%s: reads %s, shapes the programme %s, keeps the logs %s', (role, read, shape, log) => {
    const a = actor([role]);
    expect(workshopPolicy.read(a, subject)).toBe(read);
    expect(workshopPolicy.addModule(a, subject)).toBe(shape);
    expect(workshopPolicy.enrol(a, subject)).toBe(log);
    expect(workshopPolicy.recordProduction(a, subject)).toBe(log);
  });

  it('gives another organisation’s administrator nothing, not even the platform administrator', () => {
    const outsider = actor(['administrator'], other);
    expect(Object.values(workshopPolicy).some((rule) => rule(outsider, subject))).toBe(false);
    const platform = { ...actor([]), platformAdmin: true };
    expect(Object.values(workshopPolicy).some((rule) => rule(platform, subject))).toBe(false);
    expect(workshopScope(outsider)).toEqual([other]);
  });
});

describe('volunteer policy', () => {
  it('lets case workers record hours but only supervisors keep the roster', () => {
    expect(volunteerPolicy.recordHours(actor(['case_worker']), subject)).toBe(true);
    expect(volunteerPolicy.update(actor(['case_worker']), subject)).toBe(false);
    expect(volunteerPolicy.update(actor(['coordinator']), subject)).toBe(true);
    expect(volunteerPolicy.read(actor(['viewer']), subject)).toBe(false);
    expect(volunteerPolicy.read(actor(['administrator'], other), subject)).toBe(false);
  });
});

describe('trainee progress', () => {
  it('counts modules done out of the programme, never beyond it', () => {
    expect(traineeProgress(3, 5)).toEqual({ done: 3, of: 5 });
    expect(traineeProgress(6, 5)).toEqual({ done: 5, of: 5 });
  });
});
