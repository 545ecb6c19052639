import { activitiesSources } from '../activities/activities-sources';
import { casesSources } from '../cases/cases-sources';
import { childcareSources } from '../childcare/childcare-sources';
import { consultationsSources } from '../consultations/consultations-sources';
import { employmentSources } from '../employment/employment-sources';
import { personsSources } from '../persons/persons-sources';
import { referralsSources } from '../referrals/referrals-sources';
import { volunteersSources } from '../volunteers/volunteers-sources';
import { workshopsSources } from '../workshops/workshops-sources';
import type { IndicatorSource } from './indicator-source';

/** Every source an indicator may count; each module that produces countable work adds its list here. */
export const indicatorSources: IndicatorSource[] = [
  ...personsSources,
  ...casesSources,
  ...referralsSources,
  ...consultationsSources,
  ...workshopsSources,
  ...volunteersSources,
  ...activitiesSources,
  ...childcareSources,
  ...employmentSources,
];

export function findSource(key: string): IndicatorSource | undefined {
  return indicatorSources.find((source) => source.key === key);
}
