import { type Page, query, request } from '../api/client';

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actor: { id: string; name: string } | null;
  organisationId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  /** About a person protected as a child, read without child protection: `changes` is empty. */
  redacted: boolean;
  clientAddress: string | null;
}

export interface AuditFilters {
  recordType?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export const recordTypes = [
  'organisation',
  'network',
  'user',
  'membership',
  'region',
  'apiToken',
  'person',
  'consent',
  'case',
  'referral',
  'demo',
] as const;

/** The actions the server records; each has a plain-language label under `audit.act.<action>`. */
export const auditActions = [
  'auth.signIn',
  'auth.signInFailed',
  'auth.signOutEverywhere',
  'auth.acceptInvitation',
  'auth.resetPassword',
  'profile.update',
  'profile.changePassword',
  'profile.totpSetup',
  'profile.totpEnable',
  'profile.totpDisable',
  'apiToken.create',
  'apiToken.revoke',
  'organisation.create',
  'organisation.update',
  'network.create',
  'network.update',
  'network.addMember',
  'network.removeMember',
  'user.invite',
  'user.update',
  'user.resetLink',
  'membership.create',
  'membership.update',
  'membership.delete',
  'region.create',
  'person.register',
  'person.update',
  'person.link',
  'person.readShared',
  'person.assessFunctioning',
  'person.mergeKeep',
  'person.mergeInto',
  'person.export',
  'consent.record',
  'consent.withdraw',
  'case.open',
  'case.transition',
  'case.approvePlan',
  'case.approveClosure',
  'case.assign',
  'case.assessNeeds',
  'case.addGoal',
  'case.updateGoal',
  'case.addTask',
  'case.completeTask',
  'case.recordService',
  'case.addNote',
  'referral.create',
  'referral.createWithConsentOverride',
  'referral.accepted',
  'referral.declined',
  'referral.completed',
  'referral.withdrawn',
  'demo.loadPeople',
] as const;

/** The form's dates are whole local days; the API wants instants, so "to" runs to the end of that day. */
function dayStart(date: string | undefined): string | undefined {
  return date ? new Date(`${date}T00:00:00`).toISOString() : undefined;
}

function dayEnd(date: string | undefined): string | undefined {
  return date ? new Date(`${date}T23:59:59.999`).toISOString() : undefined;
}

export function listAudit(filters: AuditFilters, cursor: string | null): Promise<Page<AuditEntry>> {
  const params = { ...filters, from: dayStart(filters.from), to: dayEnd(filters.to), cursor };
  return request('GET', `/api/audit${query(params)}`);
}
