import { query, request } from '../api/client';
import type { ConsultationStatus, ConsultationTopic } from '../consultations/api';
import type { Language } from '../i18n/languages';
import type { ArticleHit } from '../knowledge/api';

/** Everything here works without signing in, so nothing sends a CSRF token. */

export interface QuestionForm {
  formToken: string;
  minSeconds: number;
  topics: ConsultationTopic[];
  languages: Language[];
  responseTargetHours: Record<ConsultationTopic, number>;
  organisation: { id: string; name: string } | null;
}

export function getQuestionForm(): Promise<QuestionForm> {
  return request('GET', '/api/public/question-form');
}

export interface PublicQuestion {
  formToken: string;
  website: string;
  topic: ConsultationTopic;
  language: Language;
  question: string;
  name: string;
  contact: string;
  consent: boolean;
}

export function askQuestion(
  input: PublicQuestion,
): Promise<{ token: string; status: ConsultationStatus; responseTargetHours: number }> {
  return request('POST', '/api/public/questions', { body: input, withoutCsrf: true });
}

export interface PersonView {
  consultation: {
    topic: ConsultationTopic;
    language: Language;
    status: ConsultationStatus;
    askedAt: string;
    answeredAt: string | null;
    rating: number | null;
    mayReply: boolean;
    mayRate: boolean;
  };
  messages: { from: 'person' | 'expert'; text: string; at: string }[];
}

const link = (token: string) => `/api/public/questions/${encodeURIComponent(token)}`;

export function getMyQuestion(token: string): Promise<PersonView> {
  return request('GET', link(token));
}

export function replyToMyQuestion(token: string, text: string): Promise<PersonView> {
  return request('POST', `${link(token)}/replies`, { body: { text }, withoutCsrf: true });
}

export function rateMyQuestion(token: string, rating: number): Promise<PersonView> {
  return request('POST', `${link(token)}/rating`, { body: { rating }, withoutCsrf: true });
}

export function searchPublicKnowledge(search: {
  q: string;
  language: Language;
  topic?: string;
  limit?: number;
}): Promise<{ items: ArticleHit[] }> {
  return request('GET', `/api/public/knowledge${query({ ...search })}`);
}
