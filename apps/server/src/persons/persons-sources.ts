import { functioningAssessments, persons } from '@birge/db';
import { functioningInstruments } from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';

/**
 * A moment counts on the day it was in Bishkek, which keeps UTC+6 all year. A fixed offset rather than the
 * named zone: it is immutable, so an index can hold it, and far cheaper per row over a million rows.
 */
export const localDay = (at: unknown) => sql`((${at} at time zone interval '+06:00')::date)`;

const notAssessed = sql`coalesce(${persons.functionalDifficulty}, 'undetermined')`;

/** What a drill-down lists a record about a person under. */
export const personLabel = sql`${persons.familyName} || ' ' || ${persons.givenName}`;

/**
 * A fact's columns that come from its person, as of the day it happened: the name it is listed under, sex,
 * age that day, and the Washington Group identifier (`undetermined` until an assessment says otherwise).
 */
export function personFactColumns(on: SQL, disability: SQL = notAssessed, label: SQL = personLabel): SQL {
  return sql`${label} as label,
    ${persons.sex} as sex,
    case when ${persons.birthDate} is not null
        then date_part('year', age((${on})::timestamp, ${persons.birthDate}::timestamp))::int
      when ${persons.birthYear} is not null then date_part('year', (${on})::timestamp)::int - ${persons.birthYear}
      end as age_years,
    null::text as age_band,
    ${disability} as disability`;
}

/**
 * The person a fact is about, by a key that is never null. A left join on the person's primary key, so that
 * PostgreSQL drops the join when a definition reads none of the person's columns (a count by period): the
 * fact's `person_id` must then come from the key itself, not from the joined row.
 */
export const joinPerson = (personId: unknown) => sql`left join ${persons} on ${persons.id} = ${personId}`;

/** The columns of a fact no existing module has: programme and activity belong to the activities' sources. */
export const outsideActivities = sql`null::uuid as programme_id, null::text as activity_type`;

const registeredOn = localDay(persons.createdAt);

/** Persons on the day they were registered; a duplicate merged into another is not counted again. */
const registered: IndicatorSource = {
  key: 'persons.registered',
  attributes: {},
  recordPath: (id) => `/persons/${id}`,
  facts: () => sql`select ${persons.id} as record_id, ${persons.id} as person_id,
      ${persons.ownerOrganisationId} as organisation_id, ${persons.regionId} as region_id,
      ${registeredOn} as occurred_on, ${personFactColumns(registeredOn)}, ${outsideActivities},
      ${persons.tags} as tags, 1::numeric as weight, null::numeric as amount, '{}'::jsonb as attributes
    from ${persons} where ${persons.mergedIntoId} is null`,
};

/** Functioning assessments on the day taken, disaggregated by what that assessment found. */
const assessed: IndicatorSource = {
  key: 'assessments.recorded',
  attributes: { instrument: functioningInstruments },
  recordPath: (_id, personId) => `/persons/${personId}`,
  facts:
    () => sql`select ${functioningAssessments.id} as record_id, ${functioningAssessments.personId} as person_id,
      ${functioningAssessments.organisationId} as organisation_id, ${persons.regionId} as region_id,
      ${functioningAssessments.assessedOn} as occurred_on,
      ${personFactColumns(sql`${functioningAssessments.assessedOn}`, sql`${functioningAssessments.functionalDifficulty}`)},
      ${outsideActivities}, ${persons.tags} as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('instrument', ${functioningAssessments.instrument}) as attributes
    from ${functioningAssessments} ${joinPerson(functioningAssessments.personId)}`,
};

export const personsSources: IndicatorSource[] = [registered, assessed];
