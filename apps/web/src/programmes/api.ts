export {
  type Disaggregation,
  disaggregations,
  type Measure,
  measures,
  type PeriodKind,
  periodKinds,
  shownDisaggregations,
  simpleMeasures,
} from '@birge/domain/indicators/vocabulary';
export {
  activityTypes,
  participantRoles,
  policySignificances,
  programmeStatuses,
  resultLevels,
} from '@birge/domain/programmes/vocabulary';

import type { Disaggregation, PeriodKind } from '@birge/domain/indicators/vocabulary';
import type { ParticipantRole, ProgrammeStatus, ResultLevel } from '@birge/domain/programmes/vocabulary';
import { type Page, query, request } from '../api/client';
import type { Language } from '../i18n/languages';

export type Words = Record<Language, string>;

export interface ProgrammeSummary {
  id: string;
  title: Words;
  status: ProgrammeStatus;
  startDate: string;
  endDate: string;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  networkId: string | null;
  iatiIdentifier: string | null;
  budget: number | null;
  currency: string;
}

export interface IndicatorFilters {
  organisationIds?: string[];
  networkId?: string;
  regionIds?: string[];
  programmeId?: string;
  activityTypes?: string[];
  tags?: string[];
  from?: string;
  to?: string;
  sex?: string[];
  disability?: string[];
  attributes?: Record<string, string[]>;
}

export interface SimpleDefinition {
  measure: 'count' | 'distinct_persons' | 'sum';
  source: string;
  filters?: IndicatorFilters;
}

export type IndicatorDefinition =
  | SimpleDefinition
  | { measure: 'ratio'; numerator: SimpleDefinition; denominator: SimpleDefinition; percent?: boolean };

export interface Target {
  periodStart: string;
  periodEnd: string;
  value: number;
}

export interface Indicator {
  id: string;
  resultId: string;
  code: string;
  title: Words;
  description: Words;
  unit: string;
  baseline: { value: number; date: string } | null;
  targets: Target[];
  disaggregations: Disaggregation[];
  definition: IndicatorDefinition | null;
  version: number;
}

export interface Result {
  id: string;
  parentId: string | null;
  level: ResultLevel;
  code: string;
  title: Words;
  version: number;
  indicators: Indicator[];
}

export interface AgeBand {
  from: number;
  to: number | null;
}

export interface Programme extends ProgrammeSummary {
  description: Words;
  version: number;
  participants: { organisationId: string; name: string; role: ParticipantRole }[];
  regionIds: string[];
  sectors: { code: string; percentage: number }[];
  policyMarkers: { code: string; significance: number }[];
  suppressBelow: number;
  ageBands: AgeBand[];
  results: Result[];
  abilities: { update: boolean; report: boolean };
}

export interface Period {
  /** `2025`, `2025-Q1`, `2025-03` or `total`. */
  label: string;
  start: string;
  end: string;
}

export interface ManualEntry {
  id: string;
  version: number;
  note: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  enteredBy: string;
  enteredAt: string;
}

export interface DashboardIndicator {
  id: string;
  actual: (number | null)[];
  target: (number | null)[];
  total: { actual: number | null; target: number | null; baseline: number | null };
  manual: ManualEntry[];
}

export interface Dashboard {
  periods: Period[];
  indicators: DashboardIndicator[];
}

export interface ValueRow {
  period: number;
  group: string | null;
  value: number | null;
  suppressed: boolean;
}

export interface IndicatorRecord {
  recordId: string;
  /** Null where it would name a person the reader may not see. */
  label: string | null;
  occurredOn: string;
  organisationName: string | null;
  /** What the record adds to the value: a sheet's people, an amount, or one person. */
  value: number;
  /** Null where the reader sees the record only as the programme's, not its own page. */
  path: string | null;
}

export interface IndicatorSource {
  key: string;
  amountUnit: string | null;
  amountUnitFrom: string | null;
  withoutPersons: boolean;
  attributes: Record<string, string[] | 'text'>;
  restricted: boolean;
}

const programmePath = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;
const indicatorPath = (id: string) => `/api/indicators/${encodeURIComponent(id)}`;

export function listProgrammes(networkId?: string): Promise<{ items: ProgrammeSummary[] }> {
  return request('GET', `/api/programmes${query({ networkId })}`);
}

export function getProgramme(id: string): Promise<Programme> {
  return request('GET', programmePath(id));
}

export type ProgrammeInput = Omit<
  Programme,
  'id' | 'version' | 'results' | 'abilities' | 'ownerOrganisationName' | 'participants'
> & { participants: { organisationId: string; role: ParticipantRole }[] };

export function createProgramme(input: ProgrammeInput): Promise<{ id: string }> {
  return request('POST', '/api/programmes', { body: input });
}

export function updateProgramme(
  id: string,
  input: Partial<Omit<ProgrammeInput, 'ownerOrganisationId'>> & { version: number },
): Promise<{ id: string }> {
  return request('PATCH', programmePath(id), { body: input });
}

export function getDashboard(id: string, period: PeriodKind): Promise<Dashboard> {
  return request('GET', `${programmePath(id)}/dashboard${query({ period })}`);
}

export function createResult(
  programmeId: string,
  input: { parentId: string | null; level: ResultLevel; code: string; title: Words },
): Promise<{ id: string }> {
  return request('POST', `${programmePath(programmeId)}/results`, { body: input });
}

export function updateResult(
  id: string,
  input: { code?: string; title?: Words; version: number },
): Promise<unknown> {
  return request('PATCH', `/api/results/${encodeURIComponent(id)}`, { body: input });
}

export function removeResult(id: string): Promise<void> {
  return request('DELETE', `/api/results/${encodeURIComponent(id)}`);
}

export type IndicatorInput = Omit<Indicator, 'id' | 'resultId' | 'version'>;

export function createIndicator(resultId: string, input: IndicatorInput): Promise<{ id: string }> {
  return request('POST', `/api/results/${encodeURIComponent(resultId)}/indicators`, { body: input });
}

export function updateIndicator(
  id: string,
  input: IndicatorInput & { version: number },
): Promise<{ id: string }> {
  return request('PATCH', indicatorPath(id), { body: input });
}

export function removeIndicator(id: string): Promise<void> {
  return request('DELETE', indicatorPath(id));
}

export interface ManualValueInput {
  periodStart: string;
  periodEnd: string;
  value: number;
  note: string;
}

export function addManualValue(id: string, input: ManualValueInput): Promise<unknown> {
  return request('POST', `${indicatorPath(id)}/manual-values`, { body: input });
}

const manualValuePath = (id: string) => `/api/manual-values/${encodeURIComponent(id)}`;

export function updateManualValue(
  id: string,
  input: ManualValueInput & { version: number },
): Promise<unknown> {
  return request('PATCH', manualValuePath(id), { body: input });
}

export function removeManualValue(id: string): Promise<void> {
  return request('DELETE', manualValuePath(id));
}

export function getValues(
  id: string,
  period: PeriodKind,
  disaggregateBy?: Disaggregation,
): Promise<{ periods: Period[]; rows: ValueRow[] }> {
  return request('GET', `${indicatorPath(id)}/values${query({ period, disaggregateBy })}`);
}

export interface RecordsRequest {
  periodStart: string;
  periodEnd: string;
  disaggregateBy?: string | undefined;
  group?: string | undefined;
}

export function getRecords(
  id: string,
  filter: RecordsRequest,
  cursor: string | null,
): Promise<
  Page<IndicatorRecord> & {
    /** The records behind the value and what they add up to; null where the value is hidden from the reader. */
    total: number | null;
    value: number | null;
    suppressed: boolean;
    restricted: boolean;
  }
> {
  return request('GET', `${indicatorPath(id)}/records${query({ ...filter, cursor, limit: 50 })}`);
}

export function listSources(): Promise<{ items: IndicatorSource[] }> {
  return request('GET', '/api/indicator-sources');
}

export function previewDefinition(
  definition: IndicatorDefinition,
  from: string,
  to: string,
): Promise<{ value: number | null }> {
  return request('POST', '/api/indicators/preview', { body: { definition, from, to } });
}

export function reportUrl(id: string, format: 'xlsx' | 'pdf', language: Language, period: PeriodKind) {
  return `${programmePath(id)}/report.${format}${query({ language, period })}`;
}

export function iatiUrl(id: string): string {
  return `${programmePath(id)}/iati.xml`;
}

/** Who may start a programme: the server checks again (administrators, coordinators, monitors of the owner). */
export const programmeManagerRoles = ['administrator', 'coordinator', 'monitor'] as const;
