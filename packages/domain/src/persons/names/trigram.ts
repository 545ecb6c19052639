/**
 * Trigram similarity computed as PostgreSQL's pg_trgm computes it, so that a threshold tuned here means the
 * same in a `similarity(name_key, $1)` query: each word is padded with two spaces before and one after, its
 * three-letter windows are collected as a set, and similarity is shared trigrams over all trigrams.
 */
export function trigrams(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const padded = `  ${word} `;
    for (let start = 0; start + 3 <= padded.length; start += 1) found.add(padded.slice(start, start + 3));
  }
  return found;
}

export function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared += 1;
  const all = left.size + right.size - shared;
  return all === 0 ? 0 : shared / all;
}
