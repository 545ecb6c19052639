import { query, request } from '../api/client';
import type { ConsultationTopic } from '../consultations/api';
import type { Language } from '../i18n/languages';

export const articleStatuses = ['draft', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
export const articleCountries = ['KG', 'KZ'] as const;
export type ArticleCountry = (typeof articleCountries)[number];

/** A search hit: shown in the asked language or, missing that, in the nearest one (`fallback`). */
export interface ArticleHit {
  articleId: string;
  topic: ConsultationTopic;
  country: ArticleCountry | null;
  status: ArticleStatus;
  organisationId: string;
  language: Language;
  fallback: boolean;
  title: string;
  body: string;
  rank: number;
}

export interface KnowledgeSearch {
  q?: string;
  language: Language;
  topic?: string;
  limit?: number;
}

export function searchKnowledge(search: KnowledgeSearch): Promise<{ items: ArticleHit[] }> {
  return request('GET', `/api/knowledge${query({ ...search })}`);
}

export interface Article {
  id: string;
  organisationId: string;
  topic: ConsultationTopic;
  country: ArticleCountry | null;
  status: ArticleStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Translation {
  language: Language;
  title: string;
  body: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ArticleDetail {
  article: Article;
  translations: Translation[];
  missingLanguages: Language[];
  abilities: { read: boolean; edit: boolean };
}

export function getArticle(id: string): Promise<ArticleDetail> {
  return request('GET', `/api/knowledge/${encodeURIComponent(id)}`);
}

export function createArticle(input: {
  organisationId: string;
  topic: ConsultationTopic;
  country: ArticleCountry | null;
  status: ArticleStatus;
  translations: { language: Language; title: string; body: string }[];
}): Promise<Article> {
  return request('POST', '/api/knowledge', { body: input });
}

export function updateArticle(
  id: string,
  input: {
    topic?: ConsultationTopic;
    country?: ArticleCountry | null;
    status?: ArticleStatus;
    version: number;
  },
): Promise<Article> {
  return request('PATCH', `/api/knowledge/${encodeURIComponent(id)}`, { body: input });
}

export function saveTranslation(
  id: string,
  language: Language,
  input: { title: string; body: string; version?: number },
): Promise<Translation> {
  return request('PUT', `/api/knowledge/${encodeURIComponent(id)}/translations/${language}`, { body: input });
}

export interface ArticleVersion {
  id: string;
  articleId: string;
  language: Language;
  version: number;
  title: string;
  body: string;
  editedAt: string;
  editedBy: string | null;
}

export function articleVersions(id: string): Promise<{ items: ArticleVersion[] }> {
  return request('GET', `/api/knowledge/${encodeURIComponent(id)}/versions`);
}

/** Which language to show when the asked one is missing: the region's shared language first, then English. */
const fallbackOrder: Record<Language, Language[]> = {
  ky: ['ky', 'ru', 'kk', 'en'],
  kk: ['kk', 'ru', 'ky', 'en'],
  ru: ['ru', 'ky', 'kk', 'en'],
  en: ['en', 'ru', 'ky', 'kk'],
};

export function pickTranslation<T extends { language: Language }>(
  translations: readonly T[],
  language: Language,
): { translation: T; fallback: boolean } | null {
  for (const candidate of fallbackOrder[language]) {
    const found = translations.find((t) => t.language === candidate);
    if (found) return { translation: found, fallback: candidate !== language };
  }
  return null;
}
