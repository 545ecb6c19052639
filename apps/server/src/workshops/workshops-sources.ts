import { persons, productionRecords, workshopSales, workshops, workshopTrainees } from '@birge/db';
import { saleCurrencies, traineeStatuses, workshopKinds } from '@birge/domain';
import { sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, personFactColumns } from '../persons/persons-sources';

// A workshop's work is not an activity: the activity type stays empty.
const noActivity = sql`null::text as activity_type`;

/** A trainee counts on the day they completed, or until then on the day they started. */
const traineeOn = sql`coalesce(${workshopTrainees.completedOn}, ${workshopTrainees.startedOn})`;

/** One fact per enrolment; "trained" indicators filter status completed. */
const trainees: IndicatorSource = {
  key: 'workshops.trainees',
  attributes: { status: traineeStatuses, kind: workshopKinds },
  recordPath: (_id, personId) => `/persons/${personId}`,
  facts: () => sql`select ${workshopTrainees.id} as record_id, ${workshopTrainees.personId} as person_id,
      ${workshops.organisationId} as organisation_id, ${workshops.regionId} as region_id,
      ${traineeOn} as occurred_on, ${personFactColumns(traineeOn)},
      ${workshops.programmeId} as programme_id, ${noActivity}, coalesce(${persons.tags}, '{}') as tags,
      1::numeric as weight, null::numeric as amount,
      jsonb_build_object('status', ${workshopTrainees.status}, 'kind', ${workshops.kind}) as attributes
    from ${workshopTrainees} join ${workshops} on ${workshops.id} = ${workshopTrainees.workshopId}
      ${joinPerson(workshopTrainees.personId)}`,
};

const anonymous = sql`null::text as sex, null::int as age_years, null::text as age_band, null::text as disability,
  null::uuid as person_id`;

/**
 * What workshops produced, the quantity summed. Units differ by product (kilograms of tomatoes, pieces of
 * bread), so the source has no one unit: a sum names the one unit it adds up.
 */
const production: IndicatorSource = {
  key: 'workshops.production',
  attributes: { product: 'text', unit: ['kg', 'piece', 'litre', 'metre', 'portion'], kind: workshopKinds },
  amountUnitFrom: 'unit',
  withoutPersons: true,
  // The log's rows have no page of their own: a drill-down opens the workshops.
  recordPath: () => '/workshops',
  facts: () => sql`select ${productionRecords.id} as record_id,
      ${workshops.name} || ': ' || ${productionRecords.product} as label, ${anonymous},
      ${workshops.organisationId} as organisation_id, ${workshops.regionId} as region_id,
      ${productionRecords.producedOn} as occurred_on, ${workshops.programmeId} as programme_id, ${noActivity},
      '{}'::text[] as tags, 1::numeric as weight, ${productionRecords.quantity}::numeric as amount,
      jsonb_build_object('product', ${productionRecords.product}, 'unit', ${productionRecords.unit},
        'kind', ${workshops.kind}) as attributes
    from ${productionRecords} join ${workshops} on ${workshops.id} = ${productionRecords.workshopId}`,
};

/** What workshops sold, the amount summed; a sum names one currency, since som and tenge do not add. */
const sales: IndicatorSource = {
  key: 'workshops.sales',
  attributes: { product: 'text', currency: saleCurrencies, kind: workshopKinds },
  amountUnitFrom: 'currency',
  withoutPersons: true,
  recordPath: () => '/workshops',
  facts: () => sql`select ${workshopSales.id} as record_id,
      ${workshops.name} || ': ' || ${workshopSales.product} as label, ${anonymous},
      ${workshops.organisationId} as organisation_id, ${workshops.regionId} as region_id,
      ${workshopSales.soldOn} as occurred_on, ${workshops.programmeId} as programme_id, ${noActivity},
      '{}'::text[] as tags, 1::numeric as weight, ${workshopSales.amount}::numeric as amount,
      jsonb_build_object('product', ${workshopSales.product}, 'currency', ${workshopSales.currency},
        'kind', ${workshops.kind}) as attributes
    from ${workshopSales} join ${workshops} on ${workshops.id} = ${workshopSales.workshopId}`,
};

export const workshopsSources: IndicatorSource[] = [trainees, production, sales];
