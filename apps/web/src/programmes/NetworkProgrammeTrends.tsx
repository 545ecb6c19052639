import { useQueries, useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { QueryState } from '../shell/QueryState';
import { getDashboard, getValues, type Indicator, type Programme, resultLevels, type ValueRow } from './api';
import { BarChart } from './BarChart';
import { usePeriodName, useWords } from './format';
import { Figure } from './Progress';
import { useGroupName } from './useGroupName';

/**
 * The indicators a network's page follows for a programme: those of its highest results that have any (the
 * goal's, else the outcomes', else the outputs'), the first three. Figures of different programmes are not
 * added together: their sources and measures rarely mean the same thing.
 */
export function headlineIndicators(programme: Programme): Indicator[] {
  for (const level of resultLevels) {
    const found = programme.results.filter((r) => r.level === level).flatMap((r) => r.indicators);
    if (found.length > 0) return found.slice(0, 3);
  }
  return [];
}

/** A programme's headline indicators year by year against their targets: a chart each, one table for all. */
export function ProgrammeOverTime({ programme, headline }: { programme: Programme; headline: Indicator[] }) {
  const t = useT();
  const words = useWords();
  const periodName = usePeriodName();
  const dashboard = useQuery({
    queryKey: ['dashboard', programme.id, 'year'],
    queryFn: () => getDashboard(programme.id, 'year'),
  });
  const periods = dashboard.data?.periods ?? [];
  const valuesOf = (indicator: Indicator) => dashboard.data?.indicators.find((i) => i.id === indicator.id);
  const id = `network-over-time-${programme.id}`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('programmes.network.overTime')}
        <span className="visually-hidden">: {words(programme.title)}</span>
      </h3>
      <QueryState query={dashboard}>
        {headline.map((indicator) => {
          const values = valuesOf(indicator);
          const title = `${indicator.code} ${words(indicator.title)}`;
          return (
            <figure className="chart" key={indicator.id}>
              <figcaption>{title}</figcaption>
              <BarChart
                title={title}
                bars={periods.map((p, index) => ({
                  key: p.label,
                  label: periodName(p.label),
                  value: values?.actual[index] ?? null,
                  target: values?.target[index] ?? null,
                }))}
              />
            </figure>
          );
        })}
        <DataTable
          id={`${id}-caption`}
          caption={t('programmes.network.overTimeTable', { programme: words(programme.title) })}
        >
          <thead>
            <tr>
              <th scope="col">{t('programmes.indicator.period')}</th>
              {headline.map((indicator) => (
                <th scope="col" key={indicator.id}>
                  {indicator.code} {words(indicator.title)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period, index) => (
              <tr key={period.label}>
                <th scope="row">{periodName(period.label)}</th>
                {headline.map((indicator) => {
                  const values = valuesOf(indicator);
                  const target = values?.target[index] ?? null;
                  return (
                    <td key={indicator.id}>
                      <Figure value={values?.actual[index] ?? null} />
                      {target !== null && (
                        <span className="actual-of-target">
                          <span className="target">
                            {' '}
                            {t('programmes.logframe.of')} <Figure value={target} />
                          </span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
      </QueryState>
    </section>
  );
}

/** The programme's headline indicators by region over the whole span, small counts hidden as on every page. */
export function ProgrammeByRegion({ programme, headline }: { programme: Programme; headline: Indicator[] }) {
  const t = useT();
  const words = useWords();
  const computed = headline.filter((i) => i.definition !== null);
  const values = useQueries({
    queries: computed.map((indicator) => ({
      queryKey: ['indicator-values', indicator.id, 'total', 'region'],
      queryFn: () => getValues(indicator.id, 'total', 'region'),
    })),
  });
  const rowsOf = (index: number): ValueRow[] =>
    (values[index]?.data?.rows ?? []).filter((r) => r.group !== null || r.value !== null);
  const regions = [...new Set(computed.flatMap((_, index) => rowsOf(index).map((r) => r.group)))];
  const regionName = useGroupName('region', regions);
  const cell = (index: number, region: string | null) => rowsOf(index).find((r) => r.group === region);
  const id = `network-by-region-${programme.id}`;
  if (computed.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('programmes.network.byRegion')}
        <span className="visually-hidden">: {words(programme.title)}</span>
      </h3>
      {regions.length === 0 ? (
        <p>{t('programmes.indicator.noValues')}</p>
      ) : (
        <>
          {computed.map((indicator, index) => {
            const title = `${indicator.code} ${words(indicator.title)}`;
            return (
              <figure className="chart" key={indicator.id}>
                <figcaption>{title}</figcaption>
                <BarChart
                  title={`${title}, ${t('programmes.disaggregation.region')}`}
                  bars={rowsOf(index).map((r) => ({
                    key: r.group ?? 'none',
                    label: regionName(r.group),
                    value: r.value,
                    suppressed: r.suppressed,
                  }))}
                />
              </figure>
            );
          })}
          <DataTable
            id={`${id}-caption`}
            caption={t('programmes.network.byRegionTable', { programme: words(programme.title) })}
          >
            <thead>
              <tr>
                <th scope="col">{t('programmes.network.region')}</th>
                {computed.map((indicator) => (
                  <th scope="col" key={indicator.id}>
                    {indicator.code} {words(indicator.title)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {regions.map((region) => (
                <tr key={region ?? 'none'}>
                  <th scope="row">{regionName(region)}</th>
                  {computed.map((indicator, index) => (
                    <td key={indicator.id}>
                      <Figure
                        value={cell(index, region)?.value ?? 0}
                        suppressed={cell(index, region)?.suppressed ?? false}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
