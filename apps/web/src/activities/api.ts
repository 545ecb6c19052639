export {
  type ActivityStatus,
  type AttendanceAgeBand,
  type AttendanceRole,
  activityStatuses,
  activityTypes,
  attendanceAgeBands,
  attendanceRoles,
  maxMaterialBytes,
} from '@birge/domain/activities/vocabulary';

import type {
  ActivityStatus,
  ActivityType,
  AttendanceAgeBand,
  AttendanceRole,
} from '@birge/domain/activities/vocabulary';
import { ApiError, type Page, query, request } from '../api/client';
import type { Session } from '../auth/session';

/** Memberships in which the user runs activities; the server checks again on every request. */
export function runningMemberships(session: Session) {
  return session.memberships.filter((m) => m.roles.some((r) => r === 'administrator' || r === 'coordinator'));
}

export function visitingMemberships(session: Session) {
  return session.memberships.filter((m) =>
    m.roles.some((r) => r === 'administrator' || r === 'coordinator' || r === 'monitor'),
  );
}

export interface ActivitySummary {
  id: string;
  type: ActivityType;
  title: string;
  status: ActivityStatus;
  startsAt: string;
  endsAt: string | null;
  place: string;
  onlineLink: string;
  capacity: number | null;
  organisationName: string;
  named: number;
  counted: number;
}

export interface CountRow {
  sex: 'female' | 'male';
  ageBand: AttendanceAgeBand;
  disability: 'yes' | 'no' | 'undetermined';
  role: AttendanceRole;
  count: number;
}

export interface ActivityDetail extends Omit<ActivitySummary, 'organisationName' | 'named' | 'counted'> {
  language: string;
  description: string;
  organisationId: string;
  programmeId: string | null;
  programme: ProgrammeChoice | null;
  trainsFacilitators: boolean;
  version: number;
  coOrganiserIds: string[];
  organisers: { id: string; name: string; lead: boolean }[];
  attendees: {
    id: string;
    personId: string;
    role: AttendanceRole;
    completedOn: string | null;
    name: string | null;
  }[];
  participantsRegistered: number;
  counts: CountRow[];
  countedTotal: number;
  materials: { id: string; name: string; mediaType: string; size: number; createdAt: string }[];
  abilities: {
    read: boolean;
    update: boolean;
    recordAttendance: boolean;
    manageMaterials: boolean;
    changeOrganisers: boolean;
  };
}

export type ActivityFilters = Partial<
  Record<'type' | 'status' | 'from' | 'to' | 'organisationId' | 'programmeId', string>
>;

export interface ProgrammeChoice {
  id: string;
  title: Record<string, string>;
}

/** The programmes an activity may count for: those the caller reads; the server checks the lead organiser takes part. */
export function listProgrammeChoices(): Promise<{ items: ProgrammeChoice[] }> {
  return request('GET', '/api/programmes');
}

export function listActivities(
  filters: ActivityFilters,
  cursor: string | null,
): Promise<Page<ActivitySummary>> {
  return request('GET', `/api/activities${query({ ...filters, cursor })}`);
}

export function getActivity(id: string): Promise<ActivityDetail> {
  return request('GET', `/api/activities/${id}`);
}

export function createActivity(activity: Record<string, unknown>): Promise<{ id: string }> {
  return request('POST', '/api/activities', { body: activity });
}

export function updateActivity(id: string, changes: Record<string, unknown>): Promise<{ id: string }> {
  return request('PATCH', `/api/activities/${id}`, { body: changes });
}

export function registerAttendee(id: string, personId: string, role: AttendanceRole): Promise<unknown> {
  return request('POST', `/api/activities/${id}/attendees`, { body: { personId, role } });
}

export function markCompletion(id: string, attendeeId: string, completed: boolean): Promise<unknown> {
  return request('PATCH', `/api/activities/${id}/attendees/${attendeeId}`, { body: { completed } });
}

export function removeAttendee(id: string, attendeeId: string): Promise<unknown> {
  return request('DELETE', `/api/activities/${id}/attendees/${attendeeId}`);
}

export function saveCounts(id: string, rows: CountRow[]): Promise<unknown> {
  return request('PUT', `/api/activities/${id}/attendance-counts`, { body: { rows } });
}

export function deleteMaterial(id: string, materialId: string): Promise<unknown> {
  return request('DELETE', `/api/activities/${id}/materials/${materialId}`);
}

export const materialLink = (id: string, materialId: string) =>
  `/api/activities/${id}/materials/${materialId}`;

/** Files go as their own bytes, not inside JSON, so a scanned sheet travels at its size. */
export async function uploadMaterial(id: string, file: File, csrfToken: string, language: string) {
  const params = query({ name: file.name, type: file.type || 'application/octet-stream' });
  const response = await fetch(`/api/activities/${id}/materials${params}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/octet-stream',
      'Accept-Language': language,
      'x-csrf-token': csrfToken,
    },
    credentials: 'same-origin',
    body: file,
  });
  const data = await response.json();
  if (!response.ok) throw new ApiError(response.status, data.error);
  return data;
}

export interface Facilitator {
  id: string;
  name: string;
  trainings: { activityId: string; organisationId: string; title: string; completedOn: string | null }[];
  visits: {
    id: string;
    visitedOn: string;
    score: number | null;
    followUpNeeded: boolean;
    findings: string;
    monitorName: string;
  }[];
}

export function listFacilitators(): Promise<{ items: Facilitator[] }> {
  return request('GET', '/api/facilitators');
}

export function recordVisit(visit: Record<string, unknown>): Promise<{ id: string }> {
  return request('POST', '/api/monitoring-visits', { body: visit });
}
