import { useT } from '../i18n/useT';
import type { Employer } from './api';

/**
 * The disability hiring quota in words: what it asks of an employer this size in its country, how many persons
 * with disabilities work there, and how far that is from it.
 */
export function QuotaSentence({ employer }: { employer: Employer }) {
  const t = useT();
  const { details, quota } = employer;
  if (!details) return <>{t('employment.quota.unknown')}</>;
  if (!quota.applies) return <>{t('employment.quota.none', { headcount: details.headcount })}</>;
  return (
    <>
      {t('employment.quota.asks', {
        required: quota.required,
        percent: quota.percent,
        employed: quota.employed,
        shortfall: quota.shortfall,
      })}
    </>
  );
}

/** The same in a word or two, for a table of employers. */
export function quotaInShort(t: ReturnType<typeof useT>, employer: Employer): string {
  if (!employer.details) return t('employment.quota.shortUnknown');
  if (!employer.quota.applies) return t('employment.quota.shortNone');
  return t('employment.quota.short', { shortfall: employer.quota.shortfall });
}
