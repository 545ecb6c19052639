export { needLevels, noteKinds, serviceTypes } from '@birge/domain/cases/vocabulary';
export { caseKinds, needDomains } from '@birge/domain/cases/workflow/kinds';
export { type CaseState, caseStates, closureReasons } from '@birge/domain/cases/workflow/states';

import type { Role } from '@birge/domain/access/roles';
import type { needLevels, noteKinds } from '@birge/domain/cases/vocabulary';
import type { CaseState } from '@birge/domain/cases/workflow/states';
import { type Page, query, request } from '../api/client';

export interface CaseRecord {
  id: string;
  personId: string;
  organisationId: string;
  kind: string;
  state: CaseState;
  workerId: string | null;
  supervisorId: string | null;
  summary: string;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
  planApprovedAt: string | null;
  closureApprovedAt: string | null;
  version: number;
}

interface Entry {
  id: string;
  version: number;
  createdAt: string;
}
export interface Need extends Entry {
  domain: string;
  level: (typeof needLevels)[number];
  notes: string;
}
export interface Goal extends Entry {
  domain: string;
  description: string;
  status: 'open' | 'achieved' | 'dropped';
}
export interface Task extends Entry {
  title: string;
  goalId: string | null;
  assigneeId: string | null;
  responsible: string;
  dueOn: string | null;
  doneOn: string | null;
}
export interface Service extends Entry {
  type: string;
  providerOrganisationId: string | null;
  deliveredOn: string;
  outcome: string;
}
export interface Note extends Entry {
  kind: (typeof noteKinds)[number];
  happenedOn: string;
  text: string;
}
export interface CaseReferral extends Entry {
  toOrganisationId: string;
  service: string;
  status: string;
}

export interface CaseFile {
  case: CaseRecord;
  person: { id: string; familyName: string; givenName: string; patronymic: string; sex: string };
  needs: Need[];
  goals: Goal[];
  tasks: Task[];
  services: Service[];
  notes: Note[];
  referrals: CaseReferral[];
  nextStates: CaseState[];
  /** A child, or anyone under child protection: only colleagues with that role may take the case. */
  protectedAsChild: boolean;
  abilities: { read: boolean; work: boolean; approve: boolean; assign: boolean };
}

export interface CaseListItem {
  id: string;
  kind: string;
  state: CaseState;
  openedOn: string;
  personId: string;
  familyName: string;
  givenName: string;
}

const base = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function getCase(id: string): Promise<CaseFile> {
  return request('GET', base(id));
}

export function listCases(
  filters: Record<string, string>,
  cursor: string | null,
): Promise<Page<CaseListItem>> {
  return request('GET', `/api/cases${query({ ...filters, cursor })}`);
}

export interface OpenCase {
  personId: string;
  organisationId: string;
  kind: string;
  openedOn: string;
  summary: string;
  workerId: string | null;
}

export function openCase(input: OpenCase): Promise<CaseRecord> {
  return request('POST', '/api/cases', { body: input });
}

export function moveCase(
  id: string,
  change: { to: CaseState; closureReason?: string; note?: string; version: number },
): Promise<CaseRecord> {
  return request('POST', `${base(id)}/transitions`, { body: change });
}

export function approveCase(id: string, what: 'plan' | 'closure', version: number): Promise<CaseRecord> {
  return request('POST', `${base(id)}/approvals`, { body: { what, version } });
}

export function assignCase(
  id: string,
  assignment: { workerId: string | null; supervisorId: string | null },
  version: number,
): Promise<CaseRecord> {
  return request('PATCH', `${base(id)}/assignment`, { body: { ...assignment, version } });
}

/** A colleague a case can be assigned to; the roles are those held in the case's organisation. */
export interface Worker {
  id: string;
  name: string;
  roles: Role[];
}

export function listWorkers(organisationId: string): Promise<{ items: Worker[] }> {
  return request('GET', `/api/organisations/${encodeURIComponent(organisationId)}/workers`);
}

export function recordNeeds(
  id: string,
  needs: { domain: string; level: string; notes: string }[],
): Promise<unknown> {
  return request('PUT', `${base(id)}/needs`, { body: { needs } });
}

export function addToCase(
  id: string,
  what: 'goals' | 'tasks' | 'services' | 'notes',
  body: Record<string, unknown>,
): Promise<unknown> {
  return request('POST', `${base(id)}/${what}`, { body });
}

export function updateGoal(id: string, goal: Goal, status: Goal['status']): Promise<Goal> {
  return request('PATCH', `${base(id)}/goals/${encodeURIComponent(goal.id)}`, {
    body: { status, version: goal.version },
  });
}

export function completeTask(id: string, task: Task, doneOn: string): Promise<Task> {
  return request('PATCH', `${base(id)}/tasks/${encodeURIComponent(task.id)}`, {
    body: { doneOn, version: task.version },
  });
}

export interface Caseload {
  cases: (CaseListItem & { overdueTasks: number })[];
  tasks: {
    id: string;
    caseId: string;
    title: string;
    dueOn: string;
    familyName: string;
    givenName: string;
  }[];
}

export function getCaseload(): Promise<Caseload> {
  return request('GET', '/api/caseload');
}
