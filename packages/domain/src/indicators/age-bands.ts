import { type AgeBand, ageBandLabel } from './vocabulary';

export type AgeBandsProblem = 'not_contiguous' | 'overlapping' | 'open_band_not_last';

/** Why a list of age bands cannot place every age in exactly one band, or null when it can. */
export function ageBandsProblem(bands: readonly AgeBand[]): AgeBandsProblem | null {
  for (let i = 1; i < bands.length; i++) {
    const previous = bands[i - 1];
    const band = bands[i];
    if (!previous || !band) continue;
    if (previous.to === null) return 'open_band_not_last';
    if (band.from <= previous.to) return 'overlapping';
    if (band.from !== previous.to + 1) return 'not_contiguous';
  }
  return null;
}

/** The label of the band an age falls in, or null when no band holds it (unknown age, or below the first band). */
export function ageBandOf(age: number | null, bands: readonly AgeBand[]): string | null {
  if (age === null) return null;
  const band = bands.find((b) => age >= b.from && (b.to === null || age <= b.to));
  return band ? ageBandLabel(band) : null;
}

/**
 * Where a band recorded on paper (counted attendance uses the default bands) falls among configured bands:
 * the one band that holds it whole, else null, since splitting a count between two bands would be a guess.
 */
export function recordedBandIn(recorded: AgeBand, bands: readonly AgeBand[]): string | null {
  const band = bands.find(
    (b) => recorded.from >= b.from && (b.to === null || (recorded.to !== null && recorded.to <= b.to)),
  );
  return band ? ageBandLabel(band) : null;
}
