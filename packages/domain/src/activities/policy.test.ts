import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import type { Role } from '../access/roles';
import { activityPolicy, mayRecordVisitsOf } from './policy';

const lead = 'lead';
const partner = 'partner';
const outsider = 'outsider';
const activity = { organisationId: lead, coOrganiserIds: [partner] };
const member = (organisationId: string, ...roles: Role[]): Actor => ({
  userId: 'u',
  platformAdmin: false,
  memberships: [{ organisationId, roles }],
});

describe('activity policy', () => {
  it.each([
    ['lead coordinator', member(lead, 'coordinator'), [true, true, true, true]],
    ['partner administrator', member(partner, 'administrator'), [true, true, true, false]],
    ['lead viewer', member(lead, 'viewer'), [true, false, false, false]],
    ['lead monitor', member(lead, 'monitor'), [true, false, false, false]],
    ['outsider administrator', member(outsider, 'administrator'), [false, false, false, false]],
  ] as const)('%s', (_, actor, [read, update, attendance, organisers]) => {
    expect(activityPolicy.read(actor, activity)).toBe(read);
    expect(activityPolicy.update(actor, activity)).toBe(update);
    expect(activityPolicy.recordAttendance(actor, activity)).toBe(attendance);
    expect(activityPolicy.changeOrganisers(actor, activity)).toBe(organisers);
  });

  it('lets monitors, coordinators and administrators record visits in their own organisation only', () => {
    expect(mayRecordVisitsOf(member(lead, 'monitor'), lead)).toBe(true);
    expect(mayRecordVisitsOf(member(lead, 'viewer'), lead)).toBe(false);
    expect(mayRecordVisitsOf(member(outsider, 'monitor'), lead)).toBe(false);
  });
});
