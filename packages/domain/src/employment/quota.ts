/**
 * The disability hiring quota as data: per country, per band of headcount, the share of jobs an employer keeps
 * for persons with disabilities. The figures below follow our reading of Kazakhstan's Social Code (quota from
 * 2 to 4 per cent for employers above 50 employees, by size) and Kyrgyzstan's law on the rights and guarantees
 * of persons with disabilities (5 per cent from 20 employees). The legal figures must be checked against the
 * laws in force before a report relies on them; changing them here changes every employer's figure.
 */
export type QuotaBand = { fromHeadcount: number; toHeadcount: number | null; percent: number };

export const quotaRules: Record<'KZ' | 'KG', readonly QuotaBand[]> = {
  KZ: [
    { fromHeadcount: 51, toHeadcount: 100, percent: 2 },
    { fromHeadcount: 101, toHeadcount: 250, percent: 3 },
    { fromHeadcount: 251, toHeadcount: null, percent: 4 },
  ],
  KG: [{ fromHeadcount: 20, toHeadcount: null, percent: 5 }],
};

export type Quota =
  | { applies: false }
  | { applies: true; percent: number; required: number; employed: number; shortfall: number };

/** The quota an employer of this size keeps, and how far it is from it; jobs are whole, so the share rounds up. */
export function quotaFor(
  country: string | null,
  headcount: number,
  employedWithDisabilities: number,
  rules: Record<string, readonly QuotaBand[]> = quotaRules,
): Quota {
  const band = (country ? rules[country] : undefined)?.find(
    (b) => headcount >= b.fromHeadcount && (b.toHeadcount === null || headcount <= b.toHeadcount),
  );
  if (!band) return { applies: false };
  const required = Math.ceil((headcount * band.percent) / 100);
  return {
    applies: true,
    percent: band.percent,
    required,
    employed: employedWithDisabilities,
    shortfall: Math.max(0, required - employedWithDisabilities),
  };
}
