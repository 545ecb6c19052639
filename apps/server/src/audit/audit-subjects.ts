import {
  attendees,
  auditEvents,
  cases,
  consents,
  consultations,
  fairInterviews,
  fairRegistrations,
  jobSeekerProfiles,
  monitoringVisits,
  persons,
  placementFollowUps,
  placements,
  referrals,
  traineeModules,
  vacancyProposals,
  volunteerHours,
  volunteers,
  workshopTrainees,
} from '@birge/db';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { personProtectedAsChild } from '../persons/person-access';

/** Records about a child in care by their nature: their entries are redacted whoever the child is today. */
const childProtectionRecords = [
  'care_record',
  'transition_step',
  'care_placement',
  'placement_visit',
  'gatekeeping_request',
  'carer',
];

/** The entry's record id as a uuid; some entries name no single record (`list`). */
const recordUuid = sql`(case when ${auditEvents.recordId} ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
  then ${auditEvents.recordId}::uuid end)`;

/** The person a record of one table is about, found by the record's id, through the tables it hangs from. */
function personThrough(id: PgColumn, from: SQL, person: PgColumn): SQL {
  return sql`(select ${person} from ${from} where ${id} = ${recordUuid})`;
}

const direct = (id: PgColumn, person: PgColumn) => personThrough(id, sql`${id.table}`, person);

/** For each kind of record that is about a person, how an entry's record leads to that person. */
const personOfRecord: Record<string, SQL> = {
  person: recordUuid,
  consent: direct(consents.id, consents.personId),
  case: direct(cases.id, cases.personId),
  referral: direct(referrals.id, referrals.personId),
  consultation: direct(consultations.id, consultations.personId),
  attendee: direct(attendees.id, attendees.personId),
  monitoring_visit: direct(monitoringVisits.id, monitoringVisits.facilitatorId),
  workshop_trainee: direct(workshopTrainees.id, workshopTrainees.personId),
  trainee_module: personThrough(
    traineeModules.id,
    sql`${traineeModules} join ${workshopTrainees} on ${workshopTrainees.id} = ${traineeModules.traineeId}`,
    workshopTrainees.personId,
  ),
  volunteer: direct(volunteers.id, volunteers.personId),
  volunteer_hours: personThrough(
    volunteerHours.id,
    sql`${volunteerHours} join ${volunteers} on ${volunteers.id} = ${volunteerHours.volunteerId}`,
    volunteers.personId,
  ),
  job_seeker_profile: direct(jobSeekerProfiles.id, jobSeekerProfiles.personId),
  vacancy_proposal: personThrough(
    vacancyProposals.id,
    sql`${vacancyProposals} join ${jobSeekerProfiles} on ${jobSeekerProfiles.id} = ${vacancyProposals.profileId}`,
    jobSeekerProfiles.personId,
  ),
  fair_registration: direct(fairRegistrations.id, fairRegistrations.personId),
  fair_interview: personThrough(
    fairInterviews.id,
    sql`${fairInterviews} join ${fairRegistrations} on ${fairRegistrations.id} = ${fairInterviews.seekerRegistrationId}`,
    fairRegistrations.personId,
  ),
  placement: direct(placements.id, placements.personId),
  placement_follow_up: personThrough(
    placementFollowUps.id,
    sql`${placementFollowUps} join ${placements} on ${placements.id} = ${placementFollowUps.placementId}`,
    placements.personId,
  ),
};

/** A record removed since keeps its person in the entry itself. */
const personInChanges = sql`(coalesce(${auditEvents.changes} -> 'personId' ->> 'after', ${auditEvents.changes} -> 'personId' ->> 'before'))::uuid`;

const entryPerson = sql`coalesce(case ${auditEvents.recordType}
  ${sql.join(
    Object.entries(personOfRecord).map(([type, person]) => sql`when ${type} then ${person}`),
    sql` `,
  )} end, ${personInChanges})`;

/**
 * Whether an entry is about a person protected as a child (a child, or anyone under child protection, as they
 * are today) or is a child-protection record: its before and after are for child-protection roles only.
 */
export const aboutProtectedPerson = sql<boolean>`(${auditEvents.recordType} in ${childProtectionRecords}
  or exists (select 1 from ${persons} where ${persons.id} = ${entryPerson} and ${personProtectedAsChild}))`;
