export {
  accommodations,
  educationLevels,
  fairAccessibilityNeeds,
  interviewOutcomes,
  leavingReasons,
  payCurrencies,
  premisesFeatures,
  readinessStages,
  representativeRelations,
  sectors,
  skills,
  vacancyStatuses,
  workHours,
} from '@birge/domain/employment/vocabulary';

import type {
  FollowUpState,
  LeavingReason,
  PremisesFeature,
  ProposalStatus,
  RepresentativeRelation,
} from '@birge/domain/employment/vocabulary';
import { type Page, query, request } from '../api/client';
import type { Session } from '../auth/session';

/** The user acts only as an employer's staff: they see consented candidates, never persons. */
export function actsAsEmployer(session: Session): boolean {
  return session.memberships.every((m) => m.roles.every((role) => role === 'employer'));
}

/** Memberships in which the user publishes vacancies for employers; the server checks again. */
export function publishingMemberships(session: Session) {
  return session.memberships.filter((m) =>
    m.roles.some((r) => ['administrator', 'coordinator', 'employer'].includes(r)),
  );
}

export interface Explained {
  message: string;
  values: Record<string, string | number>;
  items: string[];
}
export interface MatchPart extends Explained {
  factor: string;
  points: number;
  max: number;
}
export interface Match {
  score: number;
  excluded: boolean;
  parts: MatchPart[];
  exclusions: Explained[];
}

export interface JobProfile {
  id: string;
  personId: string;
  education: string;
  educationNote: string;
  skills: string[];
  experience: string;
  sectors: string[];
  hours: string[];
  regionIds: string[];
  accommodationsNeeded: string[];
  readiness: string;
  consentGivenOn: string | null;
  consentGivenBy: 'person' | 'representative' | null;
  consentRepresentativeName: string;
  consentRepresentativeRelation: RepresentativeRelation | null;
  consentWithdrawnOn: string | null;
  showContacts: boolean;
  showFunctioning: boolean;
  version: number;
}

export interface JobSeeker {
  id: string;
  personId: string;
  familyName: string;
  givenName: string;
  readiness: string;
  skills: string[];
  consented: boolean;
}

export interface Vacancy {
  id: string;
  employerId: string;
  publisherOrganisationId: string;
  title: string;
  description: string;
  regionId: string;
  address: string;
  hours: string;
  sector: string | null;
  payFrom: number | null;
  payTo: number | null;
  currency: string;
  requirements: string;
  skills: string[];
  accommodationsOffered: string[];
  openings: number;
  status: string;
  version: number;
}
export interface VacancySummary {
  id: string;
  title: string;
  employerId: string;
  employerName: string;
  regionId: string;
  hours: string;
  status: string;
  openings: number;
  proposals: number;
}
export type VacancyAbilities = Record<
  'read' | 'update' | 'seeCandidates' | 'propose' | 'answerProposal',
  boolean
>;

export interface EmployerView {
  profileId: string;
  name: string;
  education: string;
  skills: string[];
  experience: string;
  hours: string[];
  accommodationsNeeded: string[];
  readiness: string;
  phones: string[];
}
export interface Candidate {
  profileId?: string;
  personId?: string;
  familyName?: string;
  givenName?: string;
  consented?: boolean;
  profile?: EmployerView;
  match: Match;
  proposal: string | null;
}
export interface Proposal {
  id: string;
  /** Null where the reader may only count the candidate: a child, or anyone under child protection. */
  name: string | null;
  personId: string | null;
  status: ProposalStatus;
  score: number;
  version: number;
  profile: EmployerView | null;
}

export type Quota =
  | { applies: false }
  | { applies: true; percent: number; required: number; employed: number; shortfall: number };
export type Premises = Record<PremisesFeature, boolean> & { note: string };
export interface EmployerContact {
  name: string;
  position: string;
  phone: string;
  email: string;
}
export interface EmployerDetails {
  keeperOrganisationId: string;
  sector: string | null;
  headcount: number;
  employeesWithDisabilities: number;
  contacts: EmployerContact[];
  premises: Premises;
  version: number;
}
export interface Employer {
  id: string;
  name: string;
  regionId: string | null;
  country: 'KG' | 'KZ' | null;
  address: string;
  details: EmployerDetails | null;
  quota: Quota;
}

export interface ScheduledFollowUp {
  months: number;
  dueOn: string;
  state: FollowUpState;
  followUp: { checkedOn: string; stillEmployed: boolean } | null;
}
export interface PlacementSummary {
  id: string;
  personId: string;
  familyName: string;
  givenName: string;
  employerName: string;
  position: string;
  startedOn: string;
  /** Set when a follow-up found the person no longer employed. */
  endedOn: string | null;
  leavingReason: LeavingReason | null;
  schedule: ScheduledFollowUp[];
}

export interface FairRegistration {
  id: string;
  role: 'job_seeker' | 'employer';
  /** Null where the reader may not read the job seeker: only counted. */
  name: string | null;
  accessibilityNeeds: string[];
}
export interface FairInterview {
  id: string;
  seekerRegistrationId: string;
  employerRegistrationId: string;
  scheduledAt: string;
  outcome: string;
  version: number;
}

export const jobProfileOf = (personId: string) =>
  request<{ profile: JobProfile | null; abilities: { update: boolean } }>(
    'GET',
    `/api/persons/${personId}/job-profile`,
  );
export const saveJobProfile = (personId: string, body: unknown) =>
  request<JobProfile>('PUT', `/api/persons/${personId}/job-profile`, { body });
export const listJobSeekers = (cursor: string | null = null) =>
  request<Page<JobSeeker>>('GET', `/api/job-seekers${query({ cursor })}`);
export const listEmployers = (cursor: string | null = null) =>
  request<Page<Employer>>('GET', `/api/employers${query({ cursor })}`);
export const employerOf = (id: string) =>
  request<{ employer: Employer; abilities: { update: boolean } }>('GET', `/api/employers/${id}`);
export const saveEmployer = (id: string, body: unknown) =>
  request<EmployerDetails>('PUT', `/api/employers/${id}`, { body });
export const listVacancies = (
  filter: { status?: string; employerId?: string } = {},
  cursor: string | null = null,
) => request<Page<VacancySummary>>('GET', `/api/vacancies${query({ ...filter, cursor })}`);
export const createVacancy = (body: unknown) => request<Vacancy>('POST', '/api/vacancies', { body });
export const updateVacancy = (id: string, body: unknown) =>
  request<Vacancy>('PATCH', `/api/vacancies/${id}`, { body });
export const vacancyOf = (id: string) =>
  request<{ vacancy: Vacancy; proposals: Proposal[]; abilities: VacancyAbilities }>(
    'GET',
    `/api/vacancies/${id}`,
  );
/** Candidates a page at a time; `total` counts them all where the server gives it. */
export const candidatesFor = (id: string, cursor: string | null) =>
  request<Partial<Page<Candidate>> & { items: Candidate[]; total?: number }>(
    'GET',
    `/api/vacancies/${id}/candidates${query({ cursor })}`,
  );
export const propose = (id: string, personId: string) =>
  request('POST', `/api/vacancies/${id}/proposals`, { body: { personId } });
export const answerProposal = (id: string, body: { status: string; version: number }) =>
  request('PATCH', `/api/vacancy-proposals/${id}`, { body });
export const fairOf = (activityId: string) =>
  request<{ registrations: FairRegistration[]; interviews: FairInterview[] }>(
    'GET',
    `/api/activities/${activityId}/fair`,
  );
export const registerForFair = (activityId: string, body: unknown) =>
  request('POST', `/api/activities/${activityId}/fair/registrations`, { body });
export const scheduleInterview = (activityId: string, body: unknown) =>
  request('POST', `/api/activities/${activityId}/fair/interviews`, { body });
export const recordOutcome = (id: string, body: unknown) =>
  request('PATCH', `/api/fair-interviews/${id}`, { body });
export const listPlacements = (cursor: string | null = null) =>
  request<Page<PlacementSummary>>('GET', `/api/placements${query({ cursor })}`);
export const recordPlacement = (body: unknown) =>
  request<{ id: string }>('POST', '/api/placements', { body });
export const placementOf = (id: string) =>
  request<{
    placement: PlacementSummary & {
      employerId: string;
      vacancyId: string | null;
      programmeId: string | null;
      jobCoach: boolean;
      support: string;
      accommodationsProvided: string[];
    };
    schedule: ScheduledFollowUp[];
  }>('GET', `/api/placements/${id}`);
export const recordFollowUp = (id: string, body: unknown) =>
  request('POST', `/api/placements/${id}/follow-ups`, { body });
