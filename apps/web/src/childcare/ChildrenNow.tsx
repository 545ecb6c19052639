import { FormattedNumber } from 'react-intl';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import type { InstitutionSummary } from './api';

/**
 * The children in an institution now, and how that figure is reached: the last count less the children placed
 * out of it since, said in words so the reader knows it is not a fresh count.
 */
export function ChildrenNow({ institution }: { institution: InstitutionSummary }) {
  const t = useT();
  const day = useCalendarDay();
  if (institution.children === null || institution.countedOn === null) return <>—</>;
  return (
    <>
      <FormattedNumber value={institution.children} />{' '}
      {t('childcare.childrenNow.detail', {
        counted: institution.countedChildren ?? 0,
        date: day(institution.countedOn),
        left: institution.leftSinceCount,
      })}
    </>
  );
}
