export {
  type ConsultationChannel,
  type ConsultationStatus,
  type ConsultationTopic,
  consultationChannels,
  consultationStatuses,
  consultationTopics,
} from '@birge/domain/consultations/topics';

import type {
  ConsultationChannel,
  ConsultationStatus,
  ConsultationTopic,
} from '@birge/domain/consultations/topics';
import { type Page, query, request } from '../api/client';
import type { Session } from '../auth/session';
import type { Language } from '../i18n/languages';

const deskRoles = ['expert', 'coordinator', 'administrator'] as const;

/** Memberships whose organisation's expert desk the user sees; the server checks again on every request. */
export function deskMemberships(session: Session) {
  return session.memberships.filter((m) =>
    m.roles.some((role) => (deskRoles as readonly string[]).includes(role)),
  );
}

export function mayUseDesk(session: Session): boolean {
  return deskMemberships(session).length > 0;
}

export interface Consultation {
  id: string;
  organisationId: string;
  channel: ConsultationChannel;
  topic: ConsultationTopic;
  language: Language;
  status: ConsultationStatus;
  expertId: string | null;
  contactName: string | null;
  contact: string | null;
  personId: string | null;
  caseId: string | null;
  askedAt: string;
  waitingSince: string | null;
  waitingMinutes: number | null;
  dueAt: string | null;
  overdue: boolean;
  firstAnsweredAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  rating: number | null;
  forgotten: boolean;
  version: number;
  updatedAt: string;
}

export interface Attachment {
  index: number;
  kind: 'voice' | 'audio' | 'photo' | 'document' | 'video';
  mimeType: string | null;
  fileName: string | null;
  fileSize: number | null;
  duration: number | null;
}

export interface ThreadMessage {
  id: string;
  kind: 'person' | 'expert' | 'note';
  body: string;
  attachments: Attachment[];
  authorId: string | null;
  articleId: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface ConsultationDetail {
  consultation: Consultation;
  messages: ThreadMessage[];
  experts: { id: string; name: string }[];
  abilities: {
    read: boolean;
    claim: boolean;
    answer: boolean;
    note: boolean;
    handOver: boolean;
    escalate: boolean;
    close: boolean;
  };
}

export const queueFilterNames = ['topic', 'language', 'status', 'assigned', 'view'] as const;
export type QueueFilters = Partial<Record<(typeof queueFilterNames)[number], string>>;

export function listQueue(filters: QueueFilters, cursor: string | null): Promise<Page<Consultation>> {
  return request('GET', `/api/consultations${query({ ...filters, cursor, limit: 50 })}`);
}

export function getConsultation(id: string): Promise<ConsultationDetail> {
  return request('GET', `/api/consultations/${encodeURIComponent(id)}`);
}

const base = (id: string) => `/api/consultations/${encodeURIComponent(id)}`;

export function attachmentUrl(consultationId: string, messageId: string, index: number): string {
  return `${base(consultationId)}/messages/${encodeURIComponent(messageId)}/attachments/${index}`;
}

export function claimConsultation(id: string, version: number): Promise<Consultation> {
  return request('POST', `${base(id)}/claim`, { body: { version } });
}

export function answerConsultation(
  id: string,
  input: { text: string; articleId: string | null; version: number },
): Promise<{ consultation: Consultation; message: ThreadMessage }> {
  return request('POST', `${base(id)}/answers`, { body: input });
}

export function addNote(id: string, text: string): Promise<ThreadMessage> {
  return request('POST', `${base(id)}/notes`, { body: { text } });
}

export function handOver(
  id: string,
  input: { expertId: string; note: string; version: number },
): Promise<Consultation> {
  return request('POST', `${base(id)}/handover`, { body: input });
}

export function closeConsultation(id: string, version: number): Promise<Consultation> {
  return request('POST', `${base(id)}/closure`, { body: { version } });
}

export interface EscalationConsent {
  givenBy: 'person' | 'representative';
  representativeName: string;
  method: 'paper' | 'verbal' | 'digital';
  givenOn: string;
}

export interface EscalationPerson {
  familyName: string;
  givenName: string;
  patronymic: string;
  sex: 'female' | 'male';
  birthYear: number | null;
  phones: string[];
}

export function escalate(
  id: string,
  input: {
    personId?: string;
    person?: EscalationPerson;
    consent: EscalationConsent;
    summary: string;
    version: number;
  },
): Promise<{ consultation: Consultation; caseId: string; personId: string }> {
  return request('POST', `${base(id)}/escalation`, { body: input });
}

export interface ConsultationFigures {
  total: number;
  byTopic: Record<string, number>;
  byChannel: Record<string, number>;
  byLanguage: Record<string, number>;
  byStatus: Record<string, number>;
  medianResponseMinutes: number | null;
  answered: number;
  averageRating: number | null;
}

export function getFigures(organisationId: string, from: string, to: string): Promise<ConsultationFigures> {
  return request('GET', `/api/consultations/figures${query({ organisationId, from, to })}`);
}
