import type { Random } from './random';

/**
 * Splits a whole total into `parts` uneven positive whole amounts that add up to exactly the total: many harvest
 * records, say, whose sum the logframe's figure must match to the kilogram.
 */
export function splitTotal(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  const rest = total - amounts.reduce((a, b) => a + b, 0);
  amounts[amounts.length - 1] = (amounts[amounts.length - 1] ?? 0) + rest;
  return amounts;
}
