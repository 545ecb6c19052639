import { useQueries } from '@tanstack/react-query';
import { useT } from '../i18n/useT';
import { organisationNameQuery } from '../organisations/api';
import { useRegionOptions } from '../regions/api';
import type { Disaggregation } from './api';

/** A disaggregation's group key in words: a sex, an age band, a region's or organisation's name. */
export function useGroupName(
  by: Disaggregation,
  groups: (string | null)[],
): (group: string | null) => string {
  const t = useT();
  const regions = useRegionOptions();
  const organisationIds = by === 'organisation' ? groups.filter((g): g is string => g !== null) : [];
  const names = useQueries({
    queries: organisationIds.map((id) => organisationNameQuery(id)),
  });
  return (group) => {
    if (group === null) return t('programmes.group.unknown');
    switch (by) {
      case 'sex':
      case 'disability':
        return t(`programmes.group.${by}.${group}`);
      case 'age_group':
        return t('programmes.group.ageBand', { band: group });
      case 'region':
        return regions.nameOf(group) ?? group;
      case 'organisation':
        return names[organisationIds.indexOf(group)]?.data ?? '…';
    }
  };
}
