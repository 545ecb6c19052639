import { consultations, organisations, persons } from '@birge/db';
import { consultationChannels, consultationDeskScope, consultationTopics } from '@birge/domain';
import { sql } from 'drizzle-orm';
import { isIn } from '../indicators/compile-facts';
import type { IndicatorSource } from '../indicators/indicator-source';
import { localDay, outsideActivities, personFactColumns, personLabel } from '../persons/persons-sources';

const askedOn = localDay(consultations.askedAt);
const label = sql`coalesce(${personLabel}, nullif(${consultations.contactName}, ''), ${consultations.topic})`;

/**
 * Questions asked, by the organisation whose desk holds them. Most come from people not registered as
 * persons: their sex, age and functioning are not known, and they count under no region but the desk's.
 */
const asked: IndicatorSource = {
  key: 'consultations.asked',
  attributes: { channel: consultationChannels, topic: consultationTopics },
  recordPath: (id) => `/consultations/${id}`,
  // The questions open only at the desk, whatever the actor's other roles.
  openableBy: (actor) => isIn(sql`f.organisation_id`, consultationDeskScope(actor)),
  facts: () => sql`select ${consultations.id} as record_id, ${consultations.personId} as person_id,
      ${consultations.organisationId} as organisation_id,
      coalesce(${persons.regionId}, ${organisations.regionId}) as region_id, ${askedOn} as occurred_on,
      ${personFactColumns(askedOn, undefined, label)}, ${outsideActivities}, coalesce(${persons.tags}, '{}') as tags,
      1::numeric as weight, null::numeric as amount,
      jsonb_build_object('channel', ${consultations.channel}, 'topic', ${consultations.topic}) as attributes
    from ${consultations} left join ${organisations} on ${organisations.id} = ${consultations.organisationId}
      left join ${persons} on ${persons.id} = ${consultations.personId}`,
};

export const consultationsSources: IndicatorSource[] = [asked];
