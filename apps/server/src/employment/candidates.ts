import type { Database } from '@birge/db';
import {
  type Actor,
  actsAsEmployerOnly,
  consentInForce,
  employerView,
  type MatchProfile,
  matchCandidate,
  rankCandidates,
} from '@birge/domain';
import { shownName } from '../persons/person-access';
import {
  candidateProfiles,
  type ProfileRow,
  proposalsOf,
  regionChain,
  type VacancyRow,
} from './employment-queries';

const matchProfile = (p: ProfileRow): MatchProfile => ({
  skills: p.skills,
  regionIds: p.regionIds,
  hours: p.hours,
  sectors: p.sectors,
  accommodationsNeeded: p.accommodationsNeeded,
});

type Row = Awaited<ReturnType<typeof candidateProfiles>>[number];
const shown = (row: Row) =>
  employerView(
    { ...row.profile, profileId: row.profile.id, givenName: row.givenName, familyName: row.familyName },
    row,
  );

async function vacancyMatcher(db: Database, vacancy: VacancyRow) {
  const regionIds = await regionChain(db, vacancy.regionId);
  return (profile: ProfileRow) =>
    matchCandidate(matchProfile(profile), {
      skills: vacancy.skills,
      regionIds,
      hours: vacancy.hours,
      sector: vacancy.sector,
      accommodationsOffered: vacancy.accommodationsOffered,
    });
}

/**
 * Job seekers ranked for a vacancy, each score explained. A case worker gets the persons they work with, by
 * name, and whether each consented; an employer's staff get consented profiles only, as `employerView` shows them.
 */
export async function rankedCandidates(db: Database, actor: Actor, vacancy: VacancyRow) {
  const employerOnly = actsAsEmployerOnly(actor);
  const match = await vacancyMatcher(db, vacancy);
  const rows = await candidateProfiles(db, actor, employerOnly);
  const proposed = new Map((await proposalsOf(db, vacancy.id)).map((p) => [p.profile.id, p.proposal.status]));
  if (employerOnly)
    return rankCandidates(
      rows.flatMap((row) => {
        const profile = shown(row);
        return profile
          ? [{ profile, match: match(row.profile), proposal: proposed.get(row.profile.id) ?? null }]
          : [];
      }),
    );
  return rankCandidates(
    rows.map((row) => ({
      profileId: row.profile.id,
      personId: row.profile.personId,
      familyName: row.familyName,
      givenName: row.givenName,
      consented: consentInForce(row.profile),
      match: match(row.profile),
      proposal: proposed.get(row.profile.id) ?? null,
    })),
  );
}

/** The score a profile had for the vacancy when proposed. */
export async function scoreFor(db: Database, vacancy: VacancyRow, profile: ProfileRow) {
  return (await vacancyMatcher(db, vacancy))(profile).score;
}

/**
 * The candidates proposed for a vacancy: to case workers those their organisation proposed (another
 * organisation's proposals name persons they do not work with), each named, with the note, by the person rule;
 * to its employer as consent shows them.
 */
export async function proposalsShownTo(db: Database, actor: Actor, vacancy: VacancyRow) {
  const rows = await proposalsOf(db, vacancy.id);
  const base = (row: (typeof rows)[number]) => ({
    id: row.proposal.id,
    status: row.proposal.status,
    score: row.proposal.score,
    version: row.proposal.version,
  });
  if (actsAsEmployerOnly(actor))
    return rows.flatMap((row) => {
      const profile = shown(row);
      return profile ? [{ ...base(row), name: profile.name, personId: null, note: '', profile }] : [];
    });
  const mine = new Set(actor.memberships.map((m) => m.organisationId));
  return rows
    .filter((row) => mine.has(row.proposal.organisationId))
    .map((row) => {
      const name = shownName(actor, row.person);
      return {
        ...base(row),
        name,
        personId: row.profile.personId,
        note: name === null ? '' : row.proposal.note,
        profile: null,
      };
    });
}
