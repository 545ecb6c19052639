import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  getDashboard,
  getValues,
  type Indicator,
  type PeriodKind,
  type Programme,
  shownDisaggregations,
} from './api';
import { BarChart } from './BarChart';
import { DefinitionText } from './DefinitionText';
import { Disaggregated } from './Disaggregated';
import { usePeriodName, useWords } from './format';
import { IndicatorActions } from './IndicatorActions';
import { ManualValues } from './ManualValues';
import { isPeriodKind } from './ProgrammePage';
import { Figure } from './Progress';
import { useProgramme } from './useProgramme';
import './programmes.css';
import { DataTable } from '../shell/DataTable';

const overTime: PeriodKind[] = ['year', 'quarter', 'month'];

export function recordsLink(
  programmeId: string,
  indicatorId: string,
  period: { start: string; end: string },
  disaggregateBy?: string,
  group?: string | null,
) {
  const params = new URLSearchParams({ periodStart: period.start, periodEnd: period.end });
  if (disaggregateBy) params.set('disaggregateBy', disaggregateBy);
  if (disaggregateBy && group !== null && group !== undefined) params.set('group', group);
  return `/programmes/${programmeId}/indicators/${indicatorId}/records?${params}`;
}

export function findIndicator(programme: Programme, indicatorId: string): Indicator | undefined {
  return programme.results.flatMap((r) => r.indicators).find((i) => i.id === indicatorId);
}

/** One indicator: what it counts, its values over time and by group, each opening the records behind it. */
export function IndicatorPage() {
  const { id = '', indicatorId = '' } = useParams();
  const t = useT();
  const programme = useProgramme(id);
  const indicator = programme.data ? findIndicator(programme.data, indicatorId) : undefined;
  return (
    <QueryState query={programme}>
      {programme.data && !indicator && <PageHeading title={t('programmes.indicator.notFound')} />}
      {programme.data && indicator && <IndicatorView programme={programme.data} indicator={indicator} />}
    </QueryState>
  );
}

function IndicatorView({ programme, indicator }: { programme: Programme; indicator: Indicator }) {
  const t = useT();
  const words = useWords();
  const periodName = usePeriodName();
  const [params] = useSearchParams();
  const asked = params.get('period');
  const period: PeriodKind = isPeriodKind(asked) && asked !== 'total' ? asked : 'year';
  const values = useQuery({
    queryKey: ['indicator-values', indicator.id, period],
    queryFn: () => getValues(indicator.id, period),
  });
  const dashboard = useQuery({
    queryKey: ['dashboard', programme.id, period],
    queryFn: () => getDashboard(programme.id, period),
  });
  const ofDashboard = dashboard.data?.indicators.find((i) => i.id === indicator.id);
  const title = `${indicator.code} ${words(indicator.title)}`;
  const rows = (values.data?.periods ?? []).map((p, index) => {
    const cell = values.data?.rows.find((r) => r.period === index && r.group === null);
    return {
      period: p,
      value: cell?.value ?? null,
      suppressed: cell?.suppressed ?? false,
      target: ofDashboard?.target[index] ?? null,
    };
  });
  const by = shownDisaggregations(indicator.disaggregations);
  return (
    <>
      <PageHeading title={title}>
        <Link className="button" to={`/programmes/${programme.id}`}>
          {t('programmes.indicator.back', { programme: words(programme.title) })}
        </Link>
      </PageHeading>
      <section className="section" aria-labelledby="definition-title">
        <h2 id="definition-title">{t('programmes.indicator.definition')}</h2>
        <dl className="details">
          <dt>{t('programmes.indicator.unit')}</dt>
          <dd>{indicator.unit}</dd>
          {indicator.baseline && (
            <>
              <dt>{t('programmes.indicator.baseline')}</dt>
              <dd>
                <Figure value={indicator.baseline.value} /> ({indicator.baseline.date})
              </dd>
            </>
          )}
        </dl>
        {words(indicator.description) && <p>{words(indicator.description)}</p>}
        <DefinitionText definition={indicator.definition} />
      </section>
      {programme.abilities.update && <IndicatorActions programme={programme} indicator={indicator} />}

      <section className="section" aria-labelledby="over-time-title">
        <h2 id="over-time-title">{t('programmes.indicator.overTime')}</h2>
        <nav className="period-switch" aria-label={t('programmes.period.label')}>
          <ul>
            {overTime.map((kind) => (
              <li key={kind}>
                <Link to={`?period=${kind}`} aria-current={kind === period ? 'page' : undefined} replace>
                  {t(`programmes.periodKind.${kind}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <QueryState query={values}>
          <BarChart
            title={title}
            bars={rows.map((r) => ({
              key: r.period.label,
              label: periodName(r.period.label),
              value: r.value,
              suppressed: r.suppressed,
              target: r.target,
            }))}
          />
          <DataTable id="over-time-caption" caption={t('programmes.indicator.overTimeTable', { title })}>
            <thead>
              <tr>
                <th scope="col">{t('programmes.indicator.period')}</th>
                <th scope="col">{t('programmes.indicator.actual')}</th>
                <th scope="col">{t('programmes.indicator.target')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.period.label}>
                  <th scope="row">{periodName(r.period.label)}</th>
                  <td>
                    {indicator.definition && r.value !== null && r.value > 0 && !r.suppressed ? (
                      <Link to={recordsLink(programme.id, indicator.id, r.period)}>
                        <Figure value={r.value} />
                        <span className="visually-hidden">
                          {' '}
                          {t('programmes.records.open', { period: periodName(r.period.label) })}
                        </span>
                      </Link>
                    ) : (
                      <Figure value={r.value} suppressed={r.suppressed} />
                    )}
                  </td>
                  <td>
                    <Figure value={r.target} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </QueryState>
      </section>

      {indicator.definition &&
        by.map((disaggregation) => (
          <Disaggregated
            key={disaggregation}
            programme={programme}
            indicator={indicator}
            by={disaggregation}
            title={title}
          />
        ))}
      {!indicator.definition && (
        <ManualValues programme={programme} indicator={indicator} entries={ofDashboard?.manual ?? []} />
      )}
    </>
  );
}
