import { caseServices, cases, persons } from '@birge/db';
import { caseKinds, closureReasons, serviceTypes } from '@birge/domain';
import { sql } from 'drizzle-orm';
import type { IndicatorSource } from '../indicators/indicator-source';
import { joinPerson, outsideActivities, personFactColumns } from '../persons/persons-sources';

const casePath = (id: string) => `/cases/${id}`;

/** Cases on the day they were opened, by the organisation holding them. */
const opened: IndicatorSource = {
  key: 'cases.opened',
  attributes: { kind: caseKinds },
  recordPath: casePath,
  facts: () => sql`select ${cases.id} as record_id, ${cases.personId} as person_id,
      ${cases.organisationId} as organisation_id, ${persons.regionId} as region_id,
      ${cases.openedOn} as occurred_on, ${personFactColumns(sql`${cases.openedOn}`)}, ${outsideActivities},
      ${persons.tags} as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('kind', ${cases.kind}) as attributes
    from ${cases} ${joinPerson(cases.personId)}`,
};

/** Cases on the day they were closed, with the reason: goals achieved, moved away, transferred... */
const closed: IndicatorSource = {
  key: 'cases.closed',
  attributes: { kind: caseKinds, reason: closureReasons },
  recordPath: casePath,
  facts: () => sql`select ${cases.id} as record_id, ${cases.personId} as person_id,
      ${cases.organisationId} as organisation_id, ${persons.regionId} as region_id,
      ${cases.closedOn} as occurred_on, ${personFactColumns(sql`${cases.closedOn}`)}, ${outsideActivities},
      ${persons.tags} as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('kind', ${cases.kind}, 'reason', ${cases.closureReason}) as attributes
    from ${cases} ${joinPerson(cases.personId)}
    where ${cases.state} = 'closed' and ${cases.closedOn} is not null`,
};

/** Services delivered within a case, by the organisation that provided them (the case's own when not named). */
const delivered: IndicatorSource = {
  key: 'services.delivered',
  attributes: { type: serviceTypes },
  recordPath: (_id, personId) => `/persons/${personId}`,
  facts: () => sql`select ${caseServices.id} as record_id, ${cases.personId} as person_id,
      coalesce(${caseServices.providerOrganisationId}, ${cases.organisationId}) as organisation_id,
      ${persons.regionId} as region_id, ${caseServices.deliveredOn} as occurred_on,
      ${personFactColumns(sql`${caseServices.deliveredOn}`)}, ${outsideActivities},
      ${persons.tags} as tags, 1::numeric as weight, null::numeric as amount,
      jsonb_build_object('type', ${caseServices.type}) as attributes
    from ${caseServices} join ${cases} on ${cases.id} = ${caseServices.caseId}
      ${joinPerson(cases.personId)}`,
};

export const casesSources: IndicatorSource[] = [opened, closed, delivered];
