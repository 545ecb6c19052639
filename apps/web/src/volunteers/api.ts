export {
  spokenLanguages,
  volunteerAvailabilities,
  volunteerSkills,
  volunteerStatuses,
} from '@birge/domain/volunteers/vocabulary';

import type {
  SpokenLanguage,
  VolunteerAvailability,
  VolunteerStatus,
} from '@birge/domain/volunteers/vocabulary';
import { query, request } from '../api/client';
import type { Session } from '../auth/session';

const rosterRoles = ['administrator', 'coordinator'];
const personRoles = ['administrator', 'coordinator', 'case_worker', 'expert'];

/** Memberships whose roster the user keeps; the server checks again. */
export function rosterOrganisations(session: Session) {
  return session.memberships.filter((m) => m.roles.some((role) => rosterRoles.includes(role)));
}

export function seesVolunteers(session: Session): boolean {
  return session.memberships.some((m) => m.roles.some((role) => personRoles.includes(role)));
}

export interface Volunteer {
  id: string;
  organisationId: string;
  personId: string;
  /** The names are null where the reader may only count the volunteer: a child, or anyone under child protection. */
  familyName: string | null;
  givenName: string | null;
  patronymic: string | null;
  skills: string[];
  languages: SpokenLanguage[];
  expert: boolean;
  expertise: string;
  availability: VolunteerAvailability;
  status: VolunteerStatus;
  version: number;
  hours: number;
}

export interface HoursEntry {
  id: string;
  workedOn: string;
  hours: number;
  programmeId: string | null;
  activityId: string | null;
  description: string;
}

export interface VolunteerFile {
  volunteer: Volunteer;
  hours: HoursEntry[];
  abilities: Record<'read' | 'update' | 'recordHours', boolean>;
}

export type RosterFilter = { q?: string; skill?: string; language?: string; expert?: string };

export const listVolunteers = (filter: RosterFilter) =>
  request<{ items: Volunteer[]; total: number }>('GET', `/api/volunteers${query(filter)}`);
export const registerVolunteer = (body: Record<string, unknown>) =>
  request<Volunteer>('POST', '/api/volunteers', { body });
export const getVolunteer = (id: string) => request<VolunteerFile>('GET', `/api/volunteers/${id}`);
export const recordHours = (id: string, body: Record<string, unknown>) =>
  request('POST', `/api/volunteers/${id}/hours`, { body });
