import {
  careInstitutions,
  carePlacements,
  gatekeepingCommissions,
  gatekeepingRequests,
  institutionCounts,
  organisations,
  persons,
} from '@birge/db';
import { breakdownReasons, carePlacementTypes, gatekeepingOutcomes } from '@birge/domain';
import { sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, outsideActivities, personFactColumns } from '../persons/persons-sources';

const placementPath = (id: string) => `/childcare/placements/${id}`;
const tags = sql`coalesce(${persons.tags}, '{}') as tags`;

/**
 * A placement counts where the child left from: the institution's region when they left one, the
 * responsible organisation's otherwise. `firstPerChild` keeps each child's first placement only, so that a
 * child placed again after a breakdown is not counted twice.
 */
const placementFacts = (on: unknown, where: unknown, firstPerChild = false) => sql`select
    ${firstPerChild ? sql`distinct on (${carePlacements.personId})` : sql``} ${carePlacements.id} as record_id,
    ${carePlacements.personId} as person_id, ${carePlacements.organisationId} as organisation_id,
    coalesce(io.region_id, po.region_id) as region_id, ${on} as occurred_on,
    ${personFactColumns(sql`${on}`)}, ${carePlacements.programmeId} as programme_id, null::text as activity_type,
    ${tags}, 1::numeric as weight, null::numeric as amount,
    jsonb_build_object('type', ${carePlacements.type}, 'reason', ${carePlacements.breakdownReason}) as attributes
  from ${carePlacements}
    join ${organisations} po on po.id = ${carePlacements.organisationId}
    left join ${careInstitutions} ci on ci.id = ${carePlacements.institutionId}
    left join ${organisations} io on io.id = ci.organisation_id
    ${joinPerson(carePlacements.personId)}
  where ${where}
  ${firstPerChild ? sql`order by ${carePlacements.personId}, ${carePlacements.startedOn}` : sql``}`;

/**
 * Children who left a residential institution for a family or community placement, each once, on the day they
 * first left and by the care they first went to.
 */
const leftInstitutions: IndicatorSource = {
  key: 'children.left_institutions',
  attributes: { type: carePlacementTypes },
  restricted: 'child_protection',
  recordPath: placementPath,
  facts: () =>
    placementFacts(carePlacements.startedOn, sql`${carePlacements.institutionId} is not null`, true),
};

/** Every family or community placement, from an institution or prevented from going to one. */
const started: IndicatorSource = {
  key: 'care_placements.started',
  attributes: { type: carePlacementTypes },
  restricted: 'child_protection',
  recordPath: placementPath,
  facts: () => placementFacts(carePlacements.startedOn, sql`true`),
};

/** Placements that broke down, on the day they ended, by type and reason. */
const breakdowns: IndicatorSource = {
  key: 'care_placements.breakdowns',
  attributes: { type: carePlacementTypes, reason: breakdownReasons },
  restricted: 'child_protection',
  recordPath: placementPath,
  facts: () => placementFacts(carePlacements.endedOn, sql`${carePlacements.ending} = 'breakdown'`),
};

/** The commissions' decisions, on the day of the meeting that took them, by outcome. */
const decisions: IndicatorSource = {
  key: 'gatekeeping.decisions',
  attributes: { outcome: gatekeepingOutcomes },
  restricted: 'child_protection',
  recordPath: (_id, personId) => `/persons/${personId}`,
  facts:
    () => sql`select ${gatekeepingRequests.id} as record_id, ${gatekeepingRequests.personId} as person_id,
      ${gatekeepingCommissions.organisationId} as organisation_id, ${gatekeepingCommissions.regionId} as region_id,
      ${gatekeepingRequests.decidedOn} as occurred_on, ${personFactColumns(sql`${gatekeepingRequests.decidedOn}`)},
      ${outsideActivities}, ${tags}, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('outcome', ${gatekeepingRequests.outcome}) as attributes
    from ${gatekeepingRequests}
      join ${gatekeepingCommissions} on ${gatekeepingCommissions.id} = ${gatekeepingRequests.commissionId}
      ${joinPerson(gatekeepingRequests.personId)}
    where ${gatekeepingRequests.outcome} is not null`,
};

const latestCountedOn = sql`(select max(l.counted_on) from ${institutionCounts} l
  where l.institution_id = ${careInstitutions.id})`;

/**
 * The children an institution counted on a day, a fact per group weighing its number of children. Counts are
 * stocks, not flows: `latest` marks each institution's most recent count, and with it each child placed out of
 * the institution since that count, weighing minus one on the day they left, so that "children in institutions
 * now" (filtered on `latest`) falls as children leave, as the institution's page shows it. A period's figure
 * is the counts taken in it.
 */
const institutionChildren: IndicatorSource = {
  key: 'institutions.children',
  attributes: { latest: ['yes', 'no'] },
  amountUnit: 'children',
  withoutPersons: true,
  recordPath: (id) => `/childcare/institutions/${id}`,
  // The two parts of the union list their columns in the same order: a union matches them by place.
  facts: () => sql`select ${careInstitutions.id} as record_id, ${organisations.name} as label,
      ${institutionCounts.sex} as sex, null::int as age_years, ${institutionCounts.ageBand} as age_band,
      ${institutionCounts.disability} as disability, null::uuid as person_id,
      ${careInstitutions.organisationId} as organisation_id, ${organisations.regionId} as region_id,
      ${institutionCounts.countedOn} as occurred_on, ${careInstitutions.programmeId} as programme_id,
      null::text as activity_type, '{}'::text[] as tags,
      ${institutionCounts.children}::numeric as weight, ${institutionCounts.children}::numeric as amount,
      jsonb_build_object('latest', case when ${institutionCounts.countedOn} = ${latestCountedOn}
        then 'yes' else 'no' end) as attributes
    from ${institutionCounts}
      join ${careInstitutions} on ${careInstitutions.id} = ${institutionCounts.institutionId}
      join ${organisations} on ${organisations.id} = ${careInstitutions.organisationId}
    union all
    (select distinct on (${carePlacements.personId}, ${careInstitutions.id}) ${careInstitutions.id},
      ${personFactColumns(sql`${carePlacements.startedOn}`, undefined, sql`${organisations.name}`)},
      null::uuid, ${careInstitutions.organisationId}, ${organisations.regionId}, ${carePlacements.startedOn},
      ${careInstitutions.programmeId}, null::text, '{}'::text[], -1::numeric, -1::numeric,
      '{"latest": "yes"}'::jsonb
    from ${carePlacements}
      join ${careInstitutions} on ${careInstitutions.id} = ${carePlacements.institutionId}
      join ${organisations} on ${organisations.id} = ${careInstitutions.organisationId}
      join ${persons} on ${persons.id} = ${carePlacements.personId}
    where ${carePlacements.startedOn} >= ${latestCountedOn}
    order by ${carePlacements.personId}, ${careInstitutions.id}, ${carePlacements.startedOn})`,
};

export const childcareSources: IndicatorSource[] = [
  leftInstitutions,
  started,
  breakdowns,
  decisions,
  institutionChildren,
];
