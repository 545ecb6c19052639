import { persons, volunteerHours, volunteers } from '@birge/db';
import { sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, personFactColumns } from '../persons/persons-sources';

/**
 * Time volunteers gave, one fact per entry, the hours summed. An expert's entries carry the tag `expert`
 * beside the person's own tags, so "experts who gave time" is the same source filtered by tag.
 */
const hours: IndicatorSource = {
  key: 'volunteers.hours',
  amountUnit: 'hour',
  attributes: {},
  recordPath: (_id, personId) => `/persons/${personId}`,
  facts: () => sql`select ${volunteerHours.id} as record_id, ${volunteers.personId} as person_id,
      ${volunteers.organisationId} as organisation_id, ${persons.regionId} as region_id,
      ${volunteerHours.workedOn} as occurred_on, ${personFactColumns(sql`${volunteerHours.workedOn}`)},
      ${volunteerHours.programmeId} as programme_id, null::text as activity_type,
      case when ${volunteers.expert} then array_append(coalesce(${persons.tags}, '{}'), 'expert')
        else coalesce(${persons.tags}, '{}') end as tags,
      1::numeric as weight, ${volunteerHours.hours}::numeric as amount, '{}'::jsonb as attributes
    from ${volunteerHours} join ${volunteers} on ${volunteers.id} = ${volunteerHours.volunteerId}
      ${joinPerson(volunteers.personId)}`,
};

export const volunteersSources: IndicatorSource[] = [hours];
