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
  type Language,
  languages,
  type OrganisationType,
  type ParticipantRole,
  type ProgrammeStatus,
  programmePeriods,
  type ResultLevel,
  valueWithin,
} from '@birge/domain';
import { eq } from 'drizzle-orm';
import { valuesOf } from '../programmes/dashboard';
import type { LoadedProgramme } from '../programmes/load-programme';
import { logframeOf } from '../programmes/programme-queries';

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
const resultType: Record<ResultLevel, number> = { output: 1, outcome: 2, goal: 3 };
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

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const attributes = (pairs: Record<string, string | number | null | undefined>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
const element = (name: string, attrs: Record<string, string | number | null | undefined>, children = '') =>
  children ? `<${name}${attributes(attrs)}>${children}</${name}>` : `<${name}${attributes(attrs)}/>`;
/** Narratives in each language that has text; the first language's text when none has. */
const narratives = (text: Partial<Record<Language, string>>, fallback = '') => {
  const given = languages.filter((l) => (text[l] ?? '').trim());
  if (given.length === 0) return `<narrative>${escape(fallback)}</narrative>`;
  return given.map((l) => `<narrative xml:lang="${l}">${escape(text[l] ?? '')}</narrative>`).join('');
};
const number = (value: number) => String(Math.round(value * 100) / 100);

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
  if (programme.budget !== null)
    parts.push(
      element(
        'budget',
        { type: 1, status: 1 },
        element('period-start', { 'iso-date': programme.startDate }) +
          element('period-end', { 'iso-date': programme.endDate }) +
          element(
            'value',
            { currency: programme.currency, 'value-date': programme.startDate },
            programme.budget,
          ),
      ),
    );
  // IATI asks for periods of at most a year: calendar years cut to the programme's dates.
  const years = programmePeriods(programme.startDate, programme.endDate, 'year');
  for (const result of logframe) {
    if (result.indicators.length === 0) continue;
    const indicators: string[] = [];
    for (const indicator of result.indicators) {
      const values = await valuesOf(db, actor, programme, indicator, years);
      const percent = indicator.definition?.measure === 'ratio' && indicator.definition.percent;
      const periods = years
        .map((year, index) => {
          const target = valueWithin(year, indicator.targets);
          const actual = values.find((v) => v.period === index && v.group === null)?.value ?? null;
          if (target === null && actual === null) return '';
          return element(
            'period',
            {},
            element('period-start', { 'iso-date': year.start }) +
              element('period-end', { 'iso-date': previousDay(year.end) }) +
              (target !== null ? element('target', { value: number(target) }) : '') +
              (actual !== null ? element('actual', { value: number(actual) }) : ''),
          );
        })
        .join('');
      const description = Object.values(indicator.description).some((d) => d.trim())
        ? element('description', {}, narratives(indicator.description))
        : '';
      const baseline = indicator.baseline
        ? element('baseline', {
            year: indicator.baseline.date.slice(0, 4),
            'iso-date': indicator.baseline.date,
            value: number(indicator.baseline.value),
          })
        : '';
      indicators.push(
        element(
          'indicator',
          { measure: percent ? 2 : 1, ascending: 1 },
          element('title', {}, narratives(indicator.title)) + description + baseline + periods,
        ),
      );
    }
    parts.push(
      element(
        'result',
        { type: resultType[result.level] },
        element('title', {}, narratives(result.title)) + indicators.join(''),
      ),
    );
  }
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const activity = element(
    'iati-activity',
    { 'last-updated-datetime': now, 'xml:lang': 'en', 'default-currency': programme.currency },
    parts.join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('iati-activities', { version: '2.03', 'generated-datetime': now }, `\n${activity}\n`)}\n`;
}

function previousDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
