import { FormattedMessage, FormattedNumber } from 'react-intl';
import { useT } from '../i18n/useT';
import { progressOf } from './format';

/** Actual against target as a meter with its words beside it: the figure is read, never only the bar's colour. */
export function Progress({
  actual,
  target,
  label,
}: {
  actual: number | null;
  target: number | null;
  label: string;
}) {
  const t = useT();
  const percent = progressOf(actual, target);
  if (percent === null) return <span>{t('programmes.progress.noTarget')}</span>;
  return (
    <span className="progress">
      <meter
        className="progress__meter"
        min={0}
        max={100}
        optimum={100}
        low={50}
        high={99}
        value={Math.min(percent, 100)}
        aria-label={t('programmes.progress.label', { indicator: label, percent })}
      />
      <span className="progress__text">
        <FormattedMessage id="programmes.progress.percent" values={{ percent }} />
        {percent >= 100 && (
          <>
            {' '}
            <span className="tag">{t('programmes.progress.reached')}</span>
          </>
        )}
      </span>
    </span>
  );
}

/**
 * A value as shown in tables: a number, "suppressed" in words, or a dash read out as "no value". A number is
 * never broken across lines ("6 000" is one figure), whatever the width of its column.
 */
export function Figure({ value, suppressed = false }: { value: number | null; suppressed?: boolean }) {
  const t = useT();
  if (suppressed) return <span className="tag">{t('programmes.value.suppressed')}</span>;
  if (value === null) return <span aria-label={t('programmes.value.none')}>—</span>;
  return (
    <span className="figure">
      <FormattedNumber value={value} maximumFractionDigits={2} />
    </span>
  );
}
