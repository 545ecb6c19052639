import {
  activities,
  fairRegistrations,
  organisations,
  persons,
  placementFollowUps,
  placements,
  vacancies,
} from '@birge/db';
import { fairRoles, followUpMonths, retentionStates } from '@birge/domain';
import { sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, localDay, personFactColumns, personLabel } from '../persons/persons-sources';

const heldOn = localDay(activities.startsAt);

/**
 * Everyone registered for a job fair that was held: job seekers as persons, with their sex, age and
 * functioning that day, and employers as organisations, which have none of these. Each registration is its own
 * record, so the records behind a value page through all of a fair's; each opens on the fair's page.
 */
const fairParticipants: IndicatorSource = {
  key: 'job_fairs.participants',
  attributes: { role: fairRoles },
  recordPath: (_id, _personId, fairId) => `/employment/fairs/${fairId}`,
  recordLink: (id) => sql`select ${fairRegistrations.activityId} from ${fairRegistrations}
    where ${fairRegistrations.id} = ${id}`,
  facts: () => sql`select ${fairRegistrations.id} as record_id, ${fairRegistrations.personId} as person_id,
      ${activities.organisationId} as organisation_id, ${activities.regionId} as region_id,
      ${activities.programmeId} as programme_id, ${activities.type} as activity_type, ${heldOn} as occurred_on,
      ${personFactColumns(
        heldOn,
        sql`case when ${fairRegistrations.personId} is null then null
          else coalesce(${persons.functionalDifficulty}, 'undetermined') end`,
        sql`coalesce(${personLabel}, employer.name)`,
      )},
      coalesce(${persons.tags}, '{}') as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('role', ${fairRegistrations.role}) as attributes
    from ${fairRegistrations} join ${activities} on ${activities.id} = ${fairRegistrations.activityId}
      ${joinPerson(fairRegistrations.personId)}
      left join ${organisations} employer on employer.id = ${fairRegistrations.employerId}
    where ${activities.type} = 'job_fair' and ${activities.status} = 'held'`,
};

/** Where a job is: the vacancy's region, or the employer's when it was found without one. */
const jobRegion = sql`coalesce(${vacancies.regionId}, employer.region_id)`;
const fromPlacements = sql`from ${placements} ${joinPerson(placements.personId)}
  left join ${vacancies} on ${vacancies.id} = ${placements.vacancyId}
  join ${organisations} employer on employer.id = ${placements.employerId}`;
const placementColumns = sql`${placements.personId} as person_id, ${placements.organisationId} as organisation_id,
  ${jobRegion} as region_id, ${placements.programmeId} as programme_id, null::text as activity_type,
  coalesce(${persons.tags}, '{}') as tags, 1::numeric as weight, null::numeric as amount`;

/** Persons who started a job, on the day they started. */
const started: IndicatorSource = {
  key: 'placements.started',
  attributes: { job_coach: ['yes', 'no'] },
  recordPath: (id) => `/employment/placements/${id}`,
  facts: () => sql`select ${placements.id} as record_id, ${placementColumns},
      ${placements.startedOn} as occurred_on, ${personFactColumns(sql`${placements.startedOn}`)},
      jsonb_build_object('job_coach', case when ${placements.jobCoach} then 'yes' else 'no' end) as attributes
    ${fromPlacements}`,
};

/** Placements a follow-up found still held, 1, 3 and 6 months after the start, on the day checked. */
const retained: IndicatorSource = {
  key: 'placements.retained',
  attributes: { months: followUpMonths.map(String) },
  recordPath: (id) => `/employment/placements/${id}`,
  facts: () => sql`select ${placements.id} as record_id, ${placementColumns},
      ${placementFollowUps.checkedOn} as occurred_on, ${personFactColumns(sql`${placementFollowUps.checkedOn}`)},
      jsonb_build_object('months', ${placementFollowUps.months}::text) as attributes
    ${fromPlacements} join ${placementFollowUps} on ${placementFollowUps.placementId} = ${placements.id}
    where ${placementFollowUps.stillEmployed}`,
};

const dueOn = sql`(${placements.startedOn} + make_interval(months => due.months))::date`;
const dueMonths = sql.raw(`array[${followUpMonths.join(', ')}]`);

/**
 * Every placement at 1, 3 and 6 months after its start, on that day: one cohort, so that retention at N months
 * is `retention = retained` over all of them, numerator and denominator counted in the same period. A placement
 * is retained when the follow-up found the person at work, left when it did not or the job had ended by then,
 * and its follow-up missing otherwise, which is not counted as lost. A day still to come counts only once
 * followed up.
 */
const due: IndicatorSource = {
  key: 'placements.due',
  attributes: { months: followUpMonths.map(String), retention: retentionStates },
  recordPath: (id) => `/employment/placements/${id}`,
  facts: () => sql`select ${placements.id} as record_id, ${placementColumns},
      ${dueOn} as occurred_on, ${personFactColumns(dueOn)},
      jsonb_build_object('months', due.months::text, 'retention', case
        when ${placementFollowUps.stillEmployed} then 'retained'
        when ${placementFollowUps.id} is not null or ${placements.endedOn} <= ${dueOn} then 'left'
        else 'missing' end) as attributes
    ${fromPlacements} cross join unnest(${dueMonths}) as due(months)
      left join ${placementFollowUps} on ${placementFollowUps.placementId} = ${placements.id}
        and ${placementFollowUps.months} = due.months
    where ${dueOn} <= current_date or ${placementFollowUps.id} is not null`,
};

export const employmentSources: IndicatorSource[] = [fairParticipants, started, retained, due];
