import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT';

export interface Bar {
  key: string;
  label: string;
  value: number | null;
  suppressed?: boolean;
  target?: number | null;
}

const rowHeight = 28;
// A narrow drawing keeps its text readable when scaled down to a phone's width.
const labelWidth = 170;
const width = 420;

/**
 * Horizontal bars with each value written at its end, a target as a marked line; the table beside it holds
 * the same figures for those who cannot see the picture, so the picture itself is one labelled image.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const max = Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.target ?? 0]));
  const scale = (value: number) => ((width - labelWidth - 80) * value) / max;
  const height = bars.length * rowHeight + 8;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{t('programmes.chart.title', { title })}</title>
      {bars.map((bar, index) => {
        const y = index * rowHeight + 4;
        const shown = bar.suppressed
          ? t('programmes.value.suppressed')
          : bar.value === null
            ? '—'
            : intl.formatNumber(bar.value, { maximumFractionDigits: 2 });
        const barWidth = bar.value === null || bar.suppressed ? 0 : scale(bar.value);
        return (
          <g key={bar.key}>
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="bar-chart__label"
            >
              {bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={barWidth}
              height={rowHeight - 10}
              className="bar-chart__bar"
            />
            {bar.target !== undefined && bar.target !== null && (
              <line
                x1={labelWidth + scale(bar.target)}
                x2={labelWidth + scale(bar.target)}
                y1={y + 1}
                y2={y + rowHeight - 3}
                className="bar-chart__target"
              />
            )}
            <text
              x={labelWidth + barWidth + 6}
              y={y + rowHeight / 2}
              dominantBaseline="middle"
              className="bar-chart__value"
            >
              {shown}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
