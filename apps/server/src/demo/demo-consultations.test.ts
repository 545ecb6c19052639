import { consultations, knowledgeTranslations } from '@birge/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/test-database';
import { consultationOrganisation } from '../consultations/consultation-config';
import { consultationFigures } from '../consultations/consultation-figures';
import { searchArticles } from '../knowledge/knowledge-queries';
import { loadDemo } from './load-demo';

let handle: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  handle = await freshDatabase();
  await loadDemo(handle.db);
}, 120_000);
afterAll(() => handle.close());

describe('demo consultations', () => {
  it('loads thirty recent questions for Qorgan-M and twelve articles in four languages', async () => {
    const holder = await consultationOrganisation(handle.db);
    const rows = await handle.db.select().from(consultations);
    expect(rows).toHaveLength(30 + 274);
    expect(new Set(rows.map((r) => r.organisationId))).toEqual(new Set([holder?.id]));
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['kk', 'ru', 'ky']));
    expect(await handle.db.select().from(knowledgeTranslations)).toHaveLength(48);
    const figures = await consultationFigures(handle.db, {
      from: new Date(Date.now() - 90 * 86_400_000),
      to: new Date(),
      organisationId: holder?.id ?? '',
    });
    expect(figures.total).toBe(30);
    expect(figures.byStatus).toMatchObject({
      waiting: 6,
      in_progress: 4,
      answered: 8,
      closed: 8,
      self_served: 4,
    });
    expect(figures.medianResponseMinutes).toBeGreaterThan(0);
  });

  it('holds the 274 consultations of Qorgan-M’s programme, March 2024 to October 2025', async () => {
    const holder = await consultationOrganisation(handle.db);
    const figures = await consultationFigures(handle.db, {
      from: '2024-03-01',
      to: '2025-11-01',
      organisationId: holder?.id ?? '',
    });
    expect(figures.total).toBe(274);
    expect(figures.byStatus.waiting).toBeUndefined();
  });

  it('answers from the knowledge base in Kazakh for Kazakhstan', async () => {
    const hits = await searchArticles(handle.db, {
      q: 'баланы тәрбиелеп отырған анаға жәрдемақы',
      language: 'kk',
      country: 'KZ',
      limit: 3,
    });
    expect(hits[0]?.title).toBe('Мүгедектігі бар баланы тәрбиелеп отырған ата-анаға жәрдемақы (Қазақстан)');
  });
});
