export { type ReferralStatus, referralStatuses } from '@birge/domain/referrals/vocabulary';

import type { ReferralStatus } from '@birge/domain/referrals/vocabulary';
import { query, request } from '../api/client';
import type { ShareablePart } from '../persons/api';

export interface Referral {
  id: string;
  personId: string;
  caseId: string | null;
  fromOrganisationId: string;
  toOrganisationId: string;
  service: string;
  reason: string;
  urgency: 'routine' | 'urgent';
  sharedFields: ShareablePart[];
  consentId: string | null;
  consentOverrideReason: string | null;
  status: ReferralStatus;
  decisionReason: string;
  outcome: string;
  decidedAt: string | null;
  createdAt: string;
  version: number;
}

/** Before the receiver accepts it sees a given name, sex and age; the id and family name come after. */
export interface ReferralPerson {
  givenName: string;
  sex: 'female' | 'male';
  age: number | null;
  id?: string;
  familyName?: string;
}

export interface ReferralListItem extends Referral {
  fromOrganisationName: string;
  toOrganisationName: string;
  person: ReferralPerson;
}

export function listReferrals(
  direction: 'received' | 'sent',
  status: string | null,
): Promise<{ items: ReferralListItem[] }> {
  return request('GET', `/api/referrals${query({ direction, status })}`);
}

export interface ReferralDetail {
  referral: Referral;
  person: ReferralPerson;
  abilities: { read: boolean; decide: boolean; withdraw: boolean };
}

const base = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

export function getReferral(id: string): Promise<ReferralDetail> {
  return request('GET', base(id));
}

export interface NewReferral {
  personId: string;
  caseId: string | null;
  toOrganisationId: string;
  service: string;
  reason: string;
  urgency: 'routine' | 'urgent';
  sharedParts: ShareablePart[];
  consentOverrideReason: string | null;
}

export function createReferral(input: NewReferral): Promise<Referral> {
  return request('POST', '/api/referrals', { body: input });
}

export function decideReferral(
  referral: Referral,
  decision: 'accept' | 'decline',
  reason: string,
): Promise<Referral> {
  return request('POST', `${base(referral.id)}/decision`, {
    body: { decision, reason, version: referral.version },
  });
}

export function completeReferral(referral: Referral, outcome: string): Promise<Referral> {
  return request('POST', `${base(referral.id)}/completion`, { body: { outcome, version: referral.version } });
}

export function withdrawReferral(referral: Referral, reason: string): Promise<Referral> {
  return request('POST', `${base(referral.id)}/withdrawal`, { body: { reason, version: referral.version } });
}
