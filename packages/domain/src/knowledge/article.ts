import { z } from 'zod';
import { consultationTopics } from '../consultations/topics';
import { type Language, languages } from '../languages';

export const articleStatuses = ['draft', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** The country an article's law and procedures belong to; none means it holds in both. */
export const articleCountries = ['KG', 'KZ'] as const;

export const articleTranslationSchema = z.object({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(10).max(20_000),
});

export const createArticleSchema = z.object({
  id: z.uuid().optional(),
  organisationId: z.uuid(),
  topic: z.enum(consultationTopics),
  country: z.enum(articleCountries).nullable().default(null),
  status: z.enum(articleStatuses).default('draft'),
  /** One version per language; at least one. The others can follow. */
  translations: z
    .array(articleTranslationSchema.extend({ language: z.enum(languages) }))
    .min(1)
    .max(languages.length)
    .refine((list) => new Set(list.map((t) => t.language)).size === list.length, {
      message: 'one version per language',
    }),
});

export const updateArticleSchema = z.object({
  topic: z.enum(consultationTopics).optional(),
  country: z.enum(articleCountries).nullable().optional(),
  status: z.enum(articleStatuses).optional(),
  version: z.number().int().positive(),
});

/** A language version written or rewritten; `version` is the one the editor saw, absent for a new language. */
export const saveTranslationSchema = articleTranslationSchema.extend({
  version: z.number().int().positive().optional(),
});

export const knowledgeSearchSchema = z.object({
  q: z.string().trim().max(300).default(''),
  language: z.enum(languages).default('ru'),
  topic: z.enum(consultationTopics).optional(),
  country: z.enum(articleCountries).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** Which language to show when the asked one is missing: the region's shared language first, then English. */
const fallbackOrder: Record<Language, Language[]> = {
  ky: ['ky', 'ru', 'kk', 'en'],
  kk: ['kk', 'ru', 'ky', 'en'],
  ru: ['ru', 'ky', 'kk', 'en'],
  en: ['en', 'ru', 'ky', 'kk'],
};

/** The version to show in a language, and whether it is another language (the reader gets a notice). */
export function pickTranslation<T extends { language: string }>(
  translations: readonly T[],
  language: Language,
): { translation: T; fallback: boolean } | null {
  for (const candidate of fallbackOrder[language]) {
    const found = translations.find((t) => t.language === candidate);
    if (found) return { translation: found, fallback: candidate !== language };
  }
  return null;
}
