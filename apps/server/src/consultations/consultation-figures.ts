import { consultations, type Queryable } from '@birge/db';
import { and, count, eq, gte, lt, type SQL, sql } from 'drizzle-orm';

export type ConsultationFigures = {
  total: number;
  byTopic: Record<string, number>;
  byChannel: Record<string, number>;
  byLanguage: Record<string, number>;
  byStatus: Record<string, number>;
  /** The median time from the question to the expert's first answer, in minutes; null when nothing was answered. */
  medianResponseMinutes: number | null;
  answered: number;
  averageRating: number | null;
};

/**
 * Consultations asked in [from, to) held by an organisation, counted — the source the indicator engine will
 * register for "number of consultations". Counts only: it works on forgotten questions too.
 */
export async function consultationFigures(
  db: Queryable,
  filter: { from: Date | string; to: Date | string; organisationId?: string },
): Promise<ConsultationFigures> {
  const where = and(
    gte(consultations.askedAt, new Date(filter.from)),
    lt(consultations.askedAt, new Date(filter.to)),
    filter.organisationId ? eq(consultations.organisationId, filter.organisationId) : undefined,
  ) as SQL;
  const by = async (
    column:
      | typeof consultations.topic
      | typeof consultations.channel
      | typeof consultations.language
      | typeof consultations.status,
  ) => {
    const rows = await db
      .select({ key: column, n: count() })
      .from(consultations)
      .where(where)
      .groupBy(column);
    return Object.fromEntries(rows.map((r) => [r.key, r.n])) as Record<string, number>;
  };
  const [byTopic, byChannel, byLanguage, byStatus] = [
    await by(consultations.topic),
    await by(consultations.channel),
    await by(consultations.language),
    await by(consultations.status),
  ];
  const [summary] = await db
    .select({
      total: count(),
      answered: count(consultations.firstAnsweredAt),
      median: sql<
        string | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ${consultations.firstAnsweredAt} - ${consultations.askedAt}) / 60) filter (where ${consultations.firstAnsweredAt} is not null)`,
      rating: sql<string | null>`avg(${consultations.rating})`,
    })
    .from(consultations)
    .where(where);
  return {
    total: summary?.total ?? 0,
    byTopic,
    byChannel,
    byLanguage,
    byStatus,
    medianResponseMinutes: summary?.median == null ? null : Math.round(Number(summary.median)),
    answered: summary?.answered ?? 0,
    averageRating: summary?.rating == null ? null : Math.round(Number(summary.rating) * 10) / 10,
  };
}
