import { jobSeekerProfiles, persons, type Transaction, vacancies, vacancyProposals } from '@birge/db';
import { isChild, matchCandidate, type ProposalStatus, today } from '@birge/domain';
import { eq } from 'drizzle-orm';
import { matchTarget } from '../employment/candidates';
import { auditAll } from './audited';
import { demoJobProfile } from './demo-job-profiles';
import type { DemoSetting } from './load-demo';
import { insertAll } from './load-demo-people';
import type { Random } from './random';

/** What the bakery made of the candidates the centre put forward, best first: one is still to be answered. */
const answers: { status: ProposalStatus; note: string }[] = [
  { status: 'hired', note: 'Нан цехинде практика өткөн, эртең мененки сменага даяр.' },
  { status: 'invited', note: 'Жумуш коучу биринчи айда жанында болот.' },
  { status: 'declined', note: 'Ийкемдүү графикке муктаж, дүкөн толук күндү сурайт.' },
  { status: 'proposed', note: 'Кассада иштөөнү үйрөнүүгө даяр.' },
];

/**
 * The adults the Bishkek information centre's case worker follows who look for work, with their profiles, most
 * consenting to be shown to employers; the first few bake. The case worker put the best of them forward to the
 * Nan-Ai bakery's vacancies, and the bakery answered most: every role of the demo sees the matching flow.
 */
export async function loadDemoJobSeekers(tx: Transaction, setting: DemoSetting, random: Random) {
  const centre = setting.orgId('infoBishkek');
  const people = await tx.select().from(persons).where(eq(persons.ownerOrganisationId, centre));
  const seekers = people.filter(
    (p) => !isChild(p, today()) && (p.tags.includes('job_seeker') || random.chance(0.3)),
  );
  const profiles = seekers.map((person, i) => {
    const profile = demoJobProfile(
      random,
      person,
      [],
      random.chance(0.85) ? '2026-09-15' : null,
      random.pick(['exploring', 'training', 'ready', 'ready']),
    );
    if (i >= 5) return profile;
    return {
      ...profile,
      skills: [...new Set(['baking', ...profile.skills])],
      accommodationsNeeded: profile.accommodationsNeeded.filter((a) => a !== 'sign_language'),
      readiness: 'ready' as const,
      consentGivenOn: '2026-09-15',
      consentGivenBy: 'person' as const,
    };
  });
  const saved = await tx.insert(jobSeekerProfiles).values(profiles).returning();
  await auditAll(tx, 'job_seeker_profile', saved, () => centre);

  const bakery = await tx
    .select()
    .from(vacancies)
    .where(eq(vacancies.employerId, setting.orgId('nanBakery')));
  const proposals = [];
  for (const vacancy of bakery) {
    const target = await matchTarget(tx, vacancy);
    const ranked = saved
      .filter((p) => p.consentGivenOn && p.readiness !== 'working')
      .map((profile) => ({ profile, match: matchCandidate(profile, target) }))
      .filter((c) => !c.match.excluded)
      .sort((a, b) => b.match.score - a.match.score || a.profile.id.localeCompare(b.profile.id));
    proposals.push(
      ...ranked.slice(0, answers.length).map(({ profile, match }, i) => ({
        id: crypto.randomUUID(),
        vacancyId: vacancy.id,
        profileId: profile.id,
        proposedBy: setting.userId('caseworker@birge.test'),
        organisationId: centre,
        score: match.score,
        ...(answers[i] ?? { status: 'proposed' as const, note: '' }),
      })),
    );
  }
  await insertAll(tx, vacancyProposals, proposals);
  await auditAll(tx, 'vacancy_proposal', proposals, () => centre);
}
