import type { Database, Queryable } from '@birge/db';
import {
  type Actor,
  actsAsEmployerOnly,
  consentInForce,
  employerView,
  type Language,
  type MatchProfile,
  type MatchVacancy,
  matchCandidate,
  protectedAsChild,
  today,
  vacancyPolicy,
  worksWithPersonsIn,
} from '@birge/domain';
import { forbidden } from '../http/app-error';
import { type CandidateQuery, candidatePage } from './candidate-queries';
import { proposalStatusesOf, proposalsOf, regionChain, type VacancyRow } from './employment-queries';
import { explainMatch } from './match-text';

type ProfileFields = Omit<Parameters<typeof employerView>[0], 'profileId' | 'givenName' | 'familyName'>;
type Named = { givenName: string; familyName: string; phones: string[]; functionalDifficulty: string | null };

const matchProfile = (p: MatchProfile): MatchProfile => ({
  skills: p.skills,
  regionIds: p.regionIds,
  hours: p.hours,
  sectors: p.sectors,
  accommodationsNeeded: p.accommodationsNeeded,
});

/** What an employer sees of a profile: `employerView`, nothing without consent. */
export const employerSees = (profileId: string, profile: ProfileFields, person: Named) =>
  employerView({ ...profile, profileId, givenName: person.givenName, familyName: person.familyName }, person);

/** The vacancy as matching reads it: its region with every region above it. */
export async function matchTarget(db: Queryable, vacancy: VacancyRow): Promise<MatchVacancy> {
  return {
    skills: vacancy.skills,
    regionIds: await regionChain(db, vacancy.regionId),
    hours: vacancy.hours,
    sector: vacancy.sector,
    accommodationsOffered: vacancy.accommodationsOffered,
  };
}

/**
 * Job seekers ranked for a vacancy, a page at a time, each score explained in the reader's language. A case
 * worker gets the persons they work with, by name, and whether each consented, and may ask for those a hard
 * rule excludes; an employer's staff get consented profiles only, as `employerView` shows them, and never the
 * excluded.
 */
export async function rankedCandidates(
  db: Database,
  actor: Actor,
  vacancy: VacancyRow,
  query: CandidateQuery,
  language: Language,
) {
  const employerOnly = actsAsEmployerOnly(actor);
  if (employerOnly && query.excluded) throw forbidden();
  const target = await matchTarget(db, vacancy);
  const found = await candidatePage(db, actor, employerOnly, target, query);
  const proposed = await proposalStatusesOf(
    db,
    vacancy.id,
    found.items.map((row) => row.id),
  );
  const explained = (row: (typeof found.items)[number]) => ({
    match: explainMatch(matchCandidate(matchProfile(row), target), language),
    proposal: proposed.get(row.id) ?? null,
  });
  const items = employerOnly
    ? found.items.flatMap((row) => {
        const profile = employerSees(row.id, row, row);
        return profile ? [{ profile, ...explained(row) }] : [];
      })
    : found.items.map((row) => ({
        profileId: row.id,
        personId: row.personId,
        familyName: row.familyName,
        givenName: row.givenName,
        consented: consentInForce(row),
        ...explained(row),
      }));
  return { items, total: found.total, nextCursor: found.nextCursor };
}

/** The score a profile has for the vacancy, kept on the proposal as it was then. */
export async function scoreOf(db: Queryable, vacancy: VacancyRow, profile: MatchProfile) {
  return matchCandidate(matchProfile(profile), await matchTarget(db, vacancy)).score;
}

type ProposalRow = Awaited<ReturnType<typeof proposalsOf>>[number];

/**
 * A proposal as the actor sees it. Those who work with the person in the organisation that proposed them see
 * the name and the case worker's note, or only that there is one where the person rule hides the person; the
 * vacancy's employer and publisher see the profile as consent shows it, and nothing once consent is withdrawn;
 * anyone else does not see it.
 */
export function presentProposal(actor: Actor, vacancy: VacancyRow, row: ProposalRow) {
  const base = {
    id: row.proposal.id,
    status: row.proposal.status,
    score: row.proposal.score,
    version: row.proposal.version,
  };
  const proposer = row.proposal.organisationId;
  if (!actsAsEmployerOnly(actor) && worksWithPersonsIn(actor, proposer, false)) {
    // The proposing organisation's own staff go by the person rule, never by the employer's view.
    if (!worksWithPersonsIn(actor, proposer, protectedAsChild(row.person, today())))
      return { ...base, name: null, personId: null, note: '', profile: null };
    return {
      ...base,
      name: `${row.familyName} ${row.givenName}`,
      personId: row.profile.personId,
      note: row.proposal.note,
      profile: null,
    };
  }
  if (!vacancyPolicy.answerProposal(actor, vacancy)) return null;
  const profile = employerSees(row.profile.id, row.profile, row);
  return profile ? { ...base, name: profile.name, personId: null, note: '', profile } : null;
}

/** The candidates proposed for a vacancy, each as the actor may see it. */
export async function proposalsShownTo(db: Queryable, actor: Actor, vacancy: VacancyRow) {
  return (await proposalsOf(db, { vacancyId: vacancy.id })).flatMap((row) => {
    const shownRow = presentProposal(actor, vacancy, row);
    return shownRow ? [shownRow] : [];
  });
}
