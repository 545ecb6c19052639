import { activities, attendanceCounts, attendees, monitoringVisits } from '@birge/db';
import { activityStatuses, attendanceRoles } from '@birge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, localDay, personFactColumns } from '../persons/persons-sources';

const heldOn = localDay(activities.startsAt);
const activityColumns = sql`${activities.organisationId} as organisation_id, ${activities.regionId} as region_id,
  ${activities.programmeId} as programme_id, ${activities.type} as activity_type`;
const noPersonColumns = sql`null::text as sex, null::int as age_years, null::text as age_band,
  null::text as disability`;
/** A drill-down lists an activity by its title, not by one of the persons who attended it. */
const activityTitle = (recordId: SQL) =>
  sql`select ${activities.title} from ${activities} where ${activities.id} = ${recordId}`;

/** Activities held, on the day they started, under their lead organiser and where they took place. */
const held: IndicatorSource = {
  key: 'activities.held',
  attributes: { status: activityStatuses },
  withoutPersons: true,
  recordPath: (id) => `/activities/${id}`,
  facts:
    () => sql`select ${activities.id} as record_id, ${activities.title} as label, null::uuid as person_id,
      ${activityColumns}, ${heldOn} as occurred_on, ${noPersonColumns}, '{}'::text[] as tags,
      1::numeric as weight, null::numeric as amount, jsonb_build_object('status', ${activities.status}) as attributes
    from ${activities} where ${activities.status} = 'held'`,
};

/**
 * Everyone who attended an activity that was held: named persons once each, with their sex, age and functioning
 * that day, and the counted sheet's rows weighted by their count, with the band recorded on paper. Both halves
 * list their columns in the same order, which is how `union all` pairs them.
 */
const participants: IndicatorSource = {
  key: 'attendance.participants',
  attributes: { role: attendanceRoles },
  recordLabel: activityTitle,
  recordPath: (id) => `/activities/${id}`,
  facts:
    () => sql`select ${activities.id} as record_id, ${attendees.personId} as person_id, ${activityColumns},
      ${heldOn} as occurred_on, ${personFactColumns(heldOn)}, coalesce(persons.tags, '{}') as tags,
      1::numeric as weight, null::numeric as amount, jsonb_build_object('role', ${attendees.role}) as attributes
    from ${attendees} join ${activities} on ${activities.id} = ${attendees.activityId}
      ${joinPerson(attendees.personId)}
    where ${activities.status} = 'held'
    union all
    select ${activities.id}, null::uuid, ${activityColumns}, ${heldOn}, ${activities.title},
      ${attendanceCounts.sex}, null::int, ${attendanceCounts.ageBand}, ${attendanceCounts.disability},
      '{}'::text[], ${attendanceCounts.count}::numeric, null::numeric,
      jsonb_build_object('role', ${attendanceCounts.role})
    from ${attendanceCounts} join ${activities} on ${activities.id} = ${attendanceCounts.activityId}
    where ${activities.status} = 'held'`,
};

/** Persons who completed a training that was not cancelled, on the day they completed it. */
const completed: IndicatorSource = {
  key: 'trainings.completed',
  attributes: { role: attendanceRoles },
  recordLabel: activityTitle,
  recordPath: (id) => `/activities/${id}`,
  facts:
    () => sql`select ${activities.id} as record_id, ${attendees.personId} as person_id, ${activityColumns},
      ${attendees.completedOn} as occurred_on, ${personFactColumns(sql`${attendees.completedOn}`)},
      coalesce(persons.tags, '{}') as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('role', ${attendees.role}) as attributes
    from ${attendees} join ${activities} on ${activities.id} = ${attendees.activityId}
      ${joinPerson(attendees.personId)}
    where ${activities.type} = 'training' and ${activities.status} <> 'cancelled'
      and ${attendees.completedOn} is not null`,
};

/** Monitoring visits of facilitators at work, one fact per visit about the facilitator visited. */
const visits: IndicatorSource = {
  key: 'facilitators.monitoring_visits',
  attributes: { follow_up: ['yes', 'no'] },
  recordPath: (_id, personId) => `/facilitators#${personId}`,
  facts: () => sql`select ${monitoringVisits.id} as record_id, ${monitoringVisits.facilitatorId} as person_id,
      ${monitoringVisits.organisationId} as organisation_id, ${monitoringVisits.regionId} as region_id,
      ${monitoringVisits.visitedOn} as occurred_on, ${personFactColumns(sql`${monitoringVisits.visitedOn}`)},
      ${monitoringVisits.programmeId} as programme_id, ${activities.type} as activity_type,
      coalesce(persons.tags, '{}') as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('follow_up', case when ${monitoringVisits.followUpNeeded} then 'yes' else 'no' end)
        as attributes
    from ${monitoringVisits} ${joinPerson(monitoringVisits.facilitatorId)}
      left join ${activities} on ${activities.id} = ${monitoringVisits.activityId}`,
};

export const activitiesSources: IndicatorSource[] = [held, participants, completed, visits];
