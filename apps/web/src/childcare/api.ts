export { carerSteps, placementCarers } from '@birge/domain/childcare/rules';
export type { CarePlacementType } from '@birge/domain/childcare/vocabulary';
export {
  breakdownReasons,
  careArrangements,
  carePlacementTypes,
  careRecordKinds,
  carerKinds,
  gatekeepingOutcomes,
  institutionAgeBands,
  milestoneKinds,
  preventionServices,
} from '@birge/domain/childcare/vocabulary';

import type {
  BreakdownReason,
  CarePlacementType,
  CareRecordKind,
  CarerKind,
  CarerState,
  GatekeepingOutcome,
  InstitutionAgeBand,
  MilestoneKind,
  PreventionService,
} from '@birge/domain/childcare/vocabulary';
import { request } from '../api/client';
import type { Session } from '../auth/session';

/** Memberships where the user works with children; the server checks again on every request. */
export function childProtectionMemberships(session: Session) {
  return session.memberships.filter((m) => m.roles.includes('child_protection'));
}

const supervises = (m: Session['memberships'][number]) =>
  m.roles.includes('coordinator') || m.roles.includes('administrator');

/** Organisations the user supervises: an institution's own coordinators keep its figures and plan. */
export function supervisedOrganisations(session: Session) {
  return session.memberships.filter(supervises);
}

/** Where the user supervises work with children: commissions, decisions and carers' approval are theirs. */
export function childProtectionSupervisions(session: Session) {
  return childProtectionMemberships(session).filter(supervises);
}

export interface InstitutionSummary {
  id: string;
  organisationId: string;
  name: string;
  capacity: number;
  targetChildrenLeaving: number;
  targetDate: string | null;
  /** The last count less the children placed out since it. */
  children: number | null;
  countedChildren: number | null;
  countedOn: string | null;
  leftSinceCount: number;
  childrenLeft: number;
}

export interface Figures {
  institutions: InstitutionSummary[];
  decisions: { outcome: GatekeepingOutcome | null; requests: number }[];
  placements: { type: CarePlacementType; placements: number }[];
  breakdowns: { reason: BreakdownReason; placements: number }[];
  carers: { state: CarerState; carers: number }[];
}

export interface InstitutionFile {
  institution: InstitutionSummary;
  counts: {
    countedOn: string;
    total: number;
    girls: number;
    boys: number;
    withDisability: number;
    byAge: Record<InstitutionAgeBand, number>;
  }[];
  milestones: {
    id: string;
    kind: MilestoneKind;
    title: string;
    dueOn: string;
    doneOn: string | null;
    version: number;
  }[];
  departures: { type: CarePlacementType; children: number }[];
  abilities: { read: boolean; update: boolean };
}

export interface CommissionSummary {
  id: string;
  organisationId: string;
  name: string;
  pending: number;
  decided: number;
}

export interface GatekeepingRequest {
  id: string;
  personId: string;
  familyName: string;
  givenName: string;
  requestedOn: string;
  reason: string;
  meetingId: string | null;
  decidedOn: string | null;
  outcome: GatekeepingOutcome | null;
  reasons: string | null;
  preventionServices: PreventionService[];
  version: number;
}

export interface CommissionFile {
  commission: { id: string; organisationId: string; name: string };
  members: { id: string; name: string; position: string }[];
  meetings: { id: string; heldOn: string; place: string }[];
  outcomes: { outcome: GatekeepingOutcome | null; requests: number }[];
  requests: GatekeepingRequest[] | null;
  abilities: { read: boolean; manage: boolean; request: boolean; decide: boolean };
}

export interface Carer {
  id: string;
  organisationId: string;
  kind: CarerKind;
  name: string;
  capacity: number;
  state: CarerState;
  assessedOn: string | null;
  trainedOn: string | null;
  approvedOn: string | null;
  childrenPlaced: number;
  version: number;
}

export interface Visit {
  id: string;
  /** None for a visit made outside the schedule. */
  month: number | null;
  dueOn: string;
  visitedOn: string | null;
  findings: string;
  concerns: boolean;
  status: 'done' | 'overdue' | 'due' | 'planned';
  version: number;
}

export interface Placement {
  id: string;
  caseId: string;
  personId: string;
  familyName: string;
  givenName: string;
  type: CarePlacementType;
  carerName: string | null;
  institutionName: string | null;
  startedOn: string;
  endedOn: string | null;
  ending: 'planned' | 'breakdown' | null;
  breakdownReason: BreakdownReason | null;
  version: number;
}

export interface CareCaseFile {
  records: {
    id: string;
    kind: CareRecordKind;
    recordedOn: string;
    arrangement: string | null;
    text: string;
  }[];
  steps: {
    id: string;
    step: string;
    responsible: string;
    dueOn: string;
    doneOn: string | null;
    version: number;
  }[];
  placements: (Placement & { visits: Visit[] })[];
  abilities: { read: boolean; work: boolean };
}

type Body = Record<string, unknown>;

export const getFigures = () => request<Figures>('GET', '/api/childcare/figures');
export const registerInstitution = (body: Body) =>
  request<{ id: string }>('POST', '/api/childcare/institutions', { body });
export const getInstitution = (id: string) =>
  request<InstitutionFile>('GET', `/api/childcare/institutions/${id}`);
export const countChildren = (id: string, body: Body) =>
  request('POST', `/api/childcare/institutions/${id}/counts`, { body });
export const addMilestone = (id: string, body: Body) =>
  request('POST', `/api/childcare/institutions/${id}/milestones`, { body });
export const markMilestoneDone = (id: string, body: Body) =>
  request('PATCH', `/api/childcare/milestones/${id}`, { body });
export const listCommissions = () =>
  request<{ items: CommissionSummary[] }>('GET', '/api/childcare/commissions');
export const getCommission = (id: string) =>
  request<CommissionFile>('GET', `/api/childcare/commissions/${id}`);
export const createCommission = (body: Body) =>
  request<{ id: string }>('POST', '/api/childcare/commissions', { body });
export const addMember = (id: string, body: Body) =>
  request('POST', `/api/childcare/commissions/${id}/members`, { body });
export const scheduleMeeting = (id: string, body: Body) =>
  request('POST', `/api/childcare/commissions/${id}/meetings`, { body });
export const submitRequest = (id: string, body: Body) =>
  request('POST', `/api/childcare/commissions/${id}/requests`, { body });
export const decideRequest = (id: string, body: Body) =>
  request('POST', `/api/childcare/gatekeeping-requests/${id}/decision`, { body });
export const listCarers = () => request<{ items: Carer[] }>('GET', '/api/childcare/carers');
export const registerCarer = (body: Body) => request('POST', '/api/childcare/carers', { body });
export const changeCarerState = (id: string, body: Body) =>
  request('PATCH', `/api/childcare/carers/${id}`, { body });
export const listPlacements = (cursor: string | null) =>
  request<{ items: (Placement & { nextVisit: Visit | null })[]; nextCursor: string | null }>(
    'GET',
    `/api/childcare/placements${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
  );
export const getPlacement = (id: string) =>
  request<{ placement: Placement; visits: Visit[] }>('GET', `/api/childcare/placements/${id}`);
export const recordVisit = (id: string, body: Body) =>
  request('POST', `/api/childcare/visits/${id}`, { body });
export const recordExtraVisit = (id: string, body: Body) =>
  request('POST', `/api/childcare/placements/${id}/visits`, { body });
export const endPlacement = (id: string, body: Body) =>
  request('POST', `/api/childcare/placements/${id}/end`, { body });
export const getCareCase = (id: string) => request<CareCaseFile>('GET', `/api/cases/${id}/care`);
export const addCareRecord = (id: string, body: Body) =>
  request('POST', `/api/cases/${id}/care-records`, { body });
export const addTransitionStep = (id: string, body: Body) =>
  request('POST', `/api/cases/${id}/transition-steps`, { body });
export const markStepDone = (id: string, body: Body) =>
  request('PATCH', `/api/childcare/transition-steps/${id}`, { body });
export const startPlacement = (id: string, body: Body) =>
  request<{ placement: { id: string } }>('POST', `/api/cases/${id}/care-placements`, { body });
