import { type Accommodation, essentialAccommodations, type Sector, type WorkHours } from './vocabulary';

/** What matching reads of a job seeker's profile. */
export type MatchProfile = {
  skills: readonly string[];
  /** The regions the person can travel to for work, at any level. */
  regionIds: readonly string[];
  hours: readonly WorkHours[];
  sectors: readonly Sector[];
  accommodationsNeeded: readonly Accommodation[];
};

/** What matching reads of a vacancy; `regionIds` is its region with every region above it. */
export type MatchVacancy = {
  skills: readonly string[];
  regionIds: readonly string[];
  hours: WorkHours;
  sector: Sector | null;
  accommodationsOffered: readonly Accommodation[];
};

export type MatchFactor = 'skills' | 'place' | 'hours' | 'accommodations' | 'wishes';

/**
 * One part of the score, explained: `message` is a key of the web and server catalogues, rendered with
 * `values` in the reader's language; `items` are vocabulary keys (skills, accommodations) to list beside it.
 */
export type MatchPart = {
  factor: MatchFactor;
  points: number;
  max: number;
  message: string;
  values: Record<string, number | string>;
  items: string[];
};
export type MatchExclusion = { message: string; values: Record<string, number | string>; items: string[] };
export type Match = { score: number; excluded: boolean; parts: MatchPart[]; exclusions: MatchExclusion[] };

/** How much each factor weighs, out of 100: skills first, then what makes the job possible at all. */
export const matchWeights: Record<MatchFactor, number> = {
  skills: 35,
  place: 20,
  hours: 15,
  accommodations: 20,
  wishes: 10,
};

/**
 * The points of a factor for a share of `got` out of `of`, rounded half up. Multiplying before dividing keeps the
 * arithmetic exact, so the database's mirror of this score (which ranks candidates) gives the same points.
 */
export const sharePoints = (factor: MatchFactor, got: number, of: number) =>
  Math.round((matchWeights[factor] * got) / of);

const part = (
  factor: MatchFactor,
  [got, of]: [number, number],
  message: string,
  values: MatchPart['values'] = {},
  items: string[] = [],
): MatchPart => ({
  factor,
  points: sharePoints(factor, got, of),
  max: matchWeights[factor],
  message,
  values,
  items,
});
const all: [number, number] = [1, 1];
const half: [number, number] = [1, 2];
const none: [number, number] = [0, 1];

/** A skill as compared: the same skill however it was capitalised. */
export const skillKey = (skill: string) => skill.trim().toLowerCase();
const normal = skillKey;

/** The accommodations a person cannot work without that this vacancy does not offer: needing one excludes. */
export const essentialsLacking = (vacancy: Pick<MatchVacancy, 'accommodationsOffered'>) =>
  essentialAccommodations.filter((a) => !vacancy.accommodationsOffered.includes(a));

function skillsPart(profile: MatchProfile, vacancy: MatchVacancy): MatchPart {
  if (vacancy.skills.length === 0) return part('skills', all, 'employment.match.skills.noneRequired');
  const has = new Set(profile.skills.map(normal));
  const matched = vacancy.skills.filter((s) => has.has(normal(s)));
  const missing = vacancy.skills.filter((s) => !has.has(normal(s)));
  return part(
    'skills',
    [matched.length, vacancy.skills.length],
    missing.length === 0 ? 'employment.match.skills.all' : 'employment.match.skills.some',
    { matched: matched.length, required: vacancy.skills.length },
    missing.length === 0 ? matched : missing,
  );
}

function placePart(profile: MatchProfile, vacancy: MatchVacancy): MatchPart | MatchExclusion {
  if (profile.regionIds.length === 0) return part('place', half, 'employment.match.place.unknown');
  if (profile.regionIds.some((id) => vacancy.regionIds.includes(id)))
    return part('place', all, 'employment.match.place.reachable');
  if (vacancy.accommodationsOffered.includes('transport'))
    return part('place', half, 'employment.match.place.transport');
  return { message: 'employment.exclusion.unreachable', values: {}, items: [] };
}

function hoursPart(profile: MatchProfile, vacancy: MatchVacancy): MatchPart {
  const values = { hours: vacancy.hours };
  if (profile.hours.length === 0) return part('hours', half, 'employment.match.hours.unknown', values);
  if (vacancy.hours === 'flexible' || profile.hours.includes(vacancy.hours))
    return part('hours', all, 'employment.match.hours.fit', values);
  if (vacancy.accommodationsOffered.includes('flexible_hours'))
    return part('hours', half, 'employment.match.hours.adjustable', values);
  return part('hours', none, 'employment.match.hours.mismatch', values);
}

function accommodationsPart(profile: MatchProfile, vacancy: MatchVacancy): MatchPart {
  const needed = profile.accommodationsNeeded;
  if (needed.length === 0) return part('accommodations', all, 'employment.match.accommodations.noneNeeded');
  const missing = needed.filter((a) => !vacancy.accommodationsOffered.includes(a));
  const offered = needed.length - missing.length;
  return part(
    'accommodations',
    [offered, needed.length],
    missing.length === 0 ? 'employment.match.accommodations.all' : 'employment.match.accommodations.some',
    { offered, needed: needed.length },
    missing.length === 0 ? [...needed] : missing,
  );
}

function wishesPart(profile: MatchProfile, vacancy: MatchVacancy): MatchPart {
  if (profile.sectors.length === 0 || !vacancy.sector)
    return part('wishes', half, 'employment.match.wishes.open');
  if (profile.sectors.includes(vacancy.sector))
    return part('wishes', all, 'employment.match.wishes.fit', { sector: vacancy.sector });
  return part('wishes', none, 'employment.match.wishes.other', { sector: vacancy.sector });
}

/**
 * How well a job seeker fits a vacancy, out of 100, each part with the reason for its points. A needed
 * accommodation the job cannot do without, or a workplace the person cannot reach, excludes the match; the
 * reasons are given so a case worker can ask the employer to change them.
 */
export function matchCandidate(profile: MatchProfile, vacancy: MatchVacancy): Match {
  const lacking = essentialsLacking(vacancy);
  const exclusions: MatchExclusion[] = profile.accommodationsNeeded
    .filter((a) => lacking.includes(a))
    .map((a) => ({
      message: 'employment.exclusion.accommodation',
      values: { accommodation: a },
      items: [a],
    }));
  const place = placePart(profile, vacancy);
  const parts = [
    skillsPart(profile, vacancy),
    hoursPart(profile, vacancy),
    accommodationsPart(profile, vacancy),
  ];
  parts.push(wishesPart(profile, vacancy));
  if ('factor' in place) parts.splice(1, 0, place);
  else exclusions.push(place);
  const score = parts.reduce((sum, p) => sum + p.points, 0);
  return { score, excluded: exclusions.length > 0, parts, exclusions };
}

/** Candidates best first; the excluded after all the others, so their reasons stay visible. */
export function rankCandidates<T extends { match: Match }>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) => Number(a.match.excluded) - Number(b.match.excluded) || b.match.score - a.match.score,
  );
}
