import {
  organisations,
  programmeParticipants,
  programmePolicyMarkers,
  programmeRegions,
  programmeSectors,
  type Queryable,
  regions,
} from '@birge/db';
import {
  type Actor,
  type OrganisationType,
  type ParticipantRole,
  type ProgrammeStatus,
  programmePeriods,
} from '@birge/domain';
import { eq } from 'drizzle-orm';
import type { LoadedProgramme } from '../programmes/load-programme';
import { logframeOf } from '../programmes/programme-queries';
import { iatiResults } from './iati-results';
import { element, escape, narratives, number, periodDates } from './iati-xml';

// IATI 2.03 codelists, by Birge's words.
const activityStatus: Record<ProgrammeStatus, number> = {
  pipeline: 1,
  implementation: 2,
  finalisation: 3,
  closed: 4,
  cancelled: 5,
};
const organisationRole: Record<ParticipantRole, number> = {
  funding: 1,
  accountable: 2,
  extending: 3,
  implementing: 4,
};
/** OrganisationType: authorities are government (10), universities academic (80), donors foundations (60), the rest NGOs (22). */
function organisationType(type: OrganisationType): number {
  if (
    type === 'authority' ||
    type === 'residential_institution' ||
    type === 'school' ||
    type === 'health_facility'
  )
    return 10;
  if (type === 'university') return 80;
  if (type === 'donor') return 60;
  if (type === 'employer') return 70;
  return 22;
}

/**
 * The reporting organisation's IATI identifier: the registration agency and number that begin the activity
 * identifier (`DK-CVR-36980214-KG-JIF` → `DK-CVR-36980214`), as IATI builds one from the other.
 */
export function reportingOrgRef(activityIdentifier: string): string {
  return activityIdentifier.split('-').slice(0, 3).join('-');
}

/** One programme as an IATI 2.03 `iati-activities` file, its logframe as results with computed actual values. */
export async function iatiActivityXml(
  db: Queryable,
  actor: Actor,
  programme: LoadedProgramme,
): Promise<string> {
  const identifier = programme.iatiIdentifier ?? `XX-BIRGE-${programme.id}`;
  const [[owner], participants, regionRows, sectors, markers, logframe] = await Promise.all([
    db.select().from(organisations).where(eq(organisations.id, programme.ownerOrganisationId)),
    db
      .select({ name: organisations.name, type: organisations.type, role: programmeParticipants.role })
      .from(programmeParticipants)
      .innerJoin(organisations, eq(organisations.id, programmeParticipants.organisationId))
      .where(eq(programmeParticipants.programmeId, programme.id))
      .orderBy(programmeParticipants.role, organisations.name),
    db
      .select({ code: regions.code, names: regions.names })
      .from(programmeRegions)
      .innerJoin(regions, eq(regions.id, programmeRegions.regionId))
      .where(eq(programmeRegions.programmeId, programme.id))
      .orderBy(regions.code),
    db
      .select()
      .from(programmeSectors)
      .where(eq(programmeSectors.programmeId, programme.id))
      .orderBy(programmeSectors.code),
    db
      .select()
      .from(programmePolicyMarkers)
      .where(eq(programmePolicyMarkers.programmeId, programme.id))
      .orderBy(programmePolicyMarkers.code),
    logframeOf(db, programme.id),
  ]);
  if (!owner) throw new Error('a programme without its owner');
  const parts: string[] = [];
  parts.push(element('iati-identifier', {}, escape(identifier)));
  parts.push(
    element(
      'reporting-org',
      { ref: reportingOrgRef(identifier), type: organisationType(owner.type) },
      `<narrative>${escape(owner.name)}</narrative>`,
    ),
  );
  parts.push(element('title', {}, narratives(programme.title)));
  parts.push(element('description', { type: 1 }, narratives(programme.description, programme.title.en)));
  const orgs = participants.length
    ? participants
    : [{ name: owner.name, type: owner.type, role: 'accountable' as const }];
  for (const p of orgs)
    parts.push(
      element(
        'participating-org',
        { role: organisationRole[p.role], type: organisationType(p.type) },
        `<narrative>${escape(p.name)}</narrative>`,
      ),
    );
  parts.push(element('activity-status', { code: activityStatus[programme.status] }));
  parts.push(element('activity-date', { type: 1, 'iso-date': programme.startDate }));
  if (programme.status !== 'pipeline')
    parts.push(element('activity-date', { type: 2, 'iso-date': programme.startDate }));
  parts.push(element('activity-date', { type: 3, 'iso-date': programme.endDate }));
  if (programme.status === 'closed')
    parts.push(element('activity-date', { type: 4, 'iso-date': programme.endDate }));
  const countries = [...new Set(regionRows.map((r) => r.code?.slice(0, 2)).filter((c): c is string => !!c))];
  for (const country of countries)
    parts.push(element('recipient-country', { code: country, percentage: number(100 / countries.length) }));
  for (const region of regionRows)
    parts.push(element('location', { ref: region.code }, element('name', {}, narratives(region.names))));
  for (const s of sectors)
    parts.push(element('sector', { vocabulary: 1, code: s.code, percentage: number(s.percentage) }));
  for (const m of markers)
    parts.push(element('policy-marker', { vocabulary: 1, code: m.code, significance: m.significance }));
  for (const budget of yearlyBudgets(programme)) parts.push(budget);
  parts.push(...(await iatiResults(db, actor, programme, logframe)));
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const activity = element(
    'iati-activity',
    { 'last-updated-datetime': now, 'xml:lang': 'en', 'default-currency': programme.currency },
    parts.join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('iati-activities', { version: '2.03', 'generated-datetime': now }, `\n${activity}\n`)}\n`;
}

/**
 * The budget a year at a time, as IATI asks (no budget period longer than a year): each calendar year of the
 * programme takes its share by days, the last one what rounding leaves, so the years add up to the budget.
 */
function yearlyBudgets(programme: LoadedProgramme): string[] {
  if (programme.budget === null) return [];
  const total = Number(programme.budget);
  const years = programmePeriods(programme.startDate, programme.endDate, 'year');
  const days = (p: { start: string; end: string }) => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
  const span = years.reduce((sum, year) => sum + days(year), 0);
  let left = total;
  return years.map((year, index) => {
    const share = index === years.length - 1 ? left : Math.round((total * days(year) * 100) / span) / 100;
    left = Math.round((left - share) * 100) / 100;
    return element(
      'budget',
      { type: 1, status: 1 },
      periodDates(year) +
        element('value', { currency: programme.currency, 'value-date': year.start }, number(share)),
    );
  });
}
