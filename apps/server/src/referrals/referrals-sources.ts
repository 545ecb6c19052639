import { persons, referrals } from '@birge/db';
import { sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, localDay, outsideActivities, personFactColumns } from '../persons/persons-sources';

const referralPath = (id: string) => `/referrals/${id}`;
const madeOn = localDay(referrals.createdAt);
const decidedOn = localDay(referrals.decidedAt);

const columns = sql`${referrals.id} as record_id, ${referrals.personId} as person_id,
  ${referrals.fromOrganisationId} as organisation_id, ${persons.regionId} as region_id`;
const rest = sql`${outsideActivities}, ${persons.tags} as tags, 1::numeric as weight, null::numeric as amount,
  jsonb_build_object('urgency', ${referrals.urgency}, 'service', ${referrals.service}) as attributes`;

/**
 * Both sources count for the referring organisation, whose work a referral is, so that "referrals accepted
 * out of referrals made" stays a ratio within one organisation.
 */
const made: IndicatorSource = {
  key: 'referrals.made',
  attributes: { urgency: ['routine', 'urgent'], service: 'text' },
  recordPath: referralPath,
  facts: () => sql`select ${columns}, ${madeOn} as occurred_on, ${personFactColumns(madeOn)}, ${rest}
    from ${referrals} ${joinPerson(referrals.personId)}`,
};

/** Referrals on the day the receiving organisation accepted them, whether or not completed since. */
const accepted: IndicatorSource = {
  key: 'referrals.accepted',
  attributes: { urgency: ['routine', 'urgent'], service: 'text' },
  recordPath: referralPath,
  facts: () => sql`select ${columns}, ${decidedOn} as occurred_on, ${personFactColumns(decidedOn)}, ${rest}
    from ${referrals} ${joinPerson(referrals.personId)}
    where ${referrals.status} in ('accepted', 'completed') and ${referrals.decidedAt} is not null`,
};

export const referralsSources: IndicatorSource[] = [made, accepted];
