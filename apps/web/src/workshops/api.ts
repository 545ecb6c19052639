export {
  buyerKinds,
  productionUnits,
  saleCurrencies,
  traineeStatuses,
  workshopKinds,
  workshopProducts,
} from '@birge/domain/workshops/vocabulary';

import type {
  BuyerKind,
  ProductionUnit,
  SaleCurrency,
  TraineeStatus,
  WorkshopKind,
} from '@birge/domain/workshops/vocabulary';
import { query, request } from '../api/client';
import type { Session } from '../auth/session';

const supervisorRoles = ['administrator', 'coordinator'];

/** Memberships in which the user may open a workshop; the server checks again. */
export function workshopOrganisations(session: Session) {
  return session.memberships.filter((m) => m.roles.some((role) => supervisorRoles.includes(role)));
}

export interface WorkshopSummary {
  id: string;
  organisationId: string;
  kind: WorkshopKind;
  name: string;
  address: string;
  capacity: number | null;
  enrolled: number;
  completed: number;
}

export interface Workshop {
  id: string;
  organisationId: string;
  kind: WorkshopKind;
  name: string;
  address: string;
  capacity: number | null;
  programmeId: string | null;
  regionId: string | null;
}

export interface WorkshopModule {
  id: string;
  position: number;
  title: string;
  hours: number;
}

export interface Trainee {
  id: string;
  personId: string;
  /** Null where the reader may only count the trainee: a child, or anyone under child protection. */
  name: string | null;
  startedOn: string;
  status: TraineeStatus;
  completedOn: string | null;
  leftOn: string | null;
  leavingReason: string;
  version: number;
  modulesDone: string[];
  progress: { done: number; of: number };
}

export interface WorkshopFile {
  workshop: Workshop;
  modules: WorkshopModule[];
  trainees: Trainee[];
  abilities: Record<
    'read' | 'addModule' | 'enrol' | 'markProgress' | 'recordProduction' | 'recordSale',
    boolean
  >;
}

export interface ProductionRecord {
  id: string;
  producedOn: string;
  product: string;
  quantity: number;
  unit: ProductionUnit;
  recordedBy: string | null;
}

export interface Sale {
  id: string;
  soldOn: string;
  product: string;
  quantity: number;
  unit: ProductionUnit;
  amount: number;
  currency: SaleCurrency;
  buyerKind: BuyerKind;
  recordedBy: string | null;
}

export interface Totals {
  produced: { year: number; product: string; unit: ProductionUnit; quantity: number }[];
  sold: {
    year: number;
    product: string;
    unit: ProductionUnit;
    currency: SaleCurrency;
    quantity: number;
    amount: number;
  }[];
}

export const workshopKey = (id: string) => ['workshop', id] as const;

export const listWorkshops = (organisationId?: string) =>
  request<{ items: WorkshopSummary[] }>('GET', `/api/workshops${query({ organisationId })}`);
export const createWorkshop = (body: Record<string, unknown>) =>
  request<Workshop>('POST', '/api/workshops', { body });
export const getWorkshop = (id: string) => request<WorkshopFile>('GET', `/api/workshops/${id}`);
export const addModule = (id: string, body: { title: string; hours: number }) =>
  request('POST', `/api/workshops/${id}/modules`, { body });
export const enrolTrainee = (id: string, body: { personId: string; startedOn: string }) =>
  request('POST', `/api/workshops/${id}/trainees`, { body });
export const markModuleDone = (traineeId: string, body: { moduleId: string; completedOn: string }) =>
  request('POST', `/api/workshop-trainees/${traineeId}/modules`, { body });
export const recordOutcome = (traineeId: string, body: Record<string, unknown>) =>
  request('POST', `/api/workshop-trainees/${traineeId}/outcome`, { body });
export const getProduction = (id: string) =>
  request<{ items: ProductionRecord[] }>('GET', `/api/workshops/${id}/production`);
export const recordProduction = (id: string, body: Record<string, unknown>) =>
  request('POST', `/api/workshops/${id}/production`, { body });
export const getSales = (id: string) => request<{ items: Sale[] }>('GET', `/api/workshops/${id}/sales`);
export const recordSale = (id: string, body: Record<string, unknown>) =>
  request('POST', `/api/workshops/${id}/sales`, { body });
export const getTotals = (id: string) => request<Totals>('GET', `/api/workshops/${id}/totals`);
