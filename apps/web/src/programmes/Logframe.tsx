import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import type { Dashboard, DashboardIndicator, Indicator, Programme, Result } from './api';
import { usePeriodName, useWords } from './format';
import { Figure, Progress } from './Progress';
import { AddResult, ResultActions } from './ResultForms';

const childLevel = { goal: 'outcome', outcome: 'output', output: null } as const;

/** Goal → outcomes → outputs, each with its indicators' actual against target in the chosen periods. */
export function Logframe({ programme, dashboard }: { programme: Programme; dashboard: Dashboard }) {
  const t = useT();
  const goals = programme.results.filter((r) => r.parentId === null);
  return (
    <section className="section section--wide logframe" aria-labelledby="logframe-title">
      <h2 id="logframe-title">{t('programmes.logframe.title')}</h2>
      {goals.length === 0 && <p>{t('programmes.logframe.empty')}</p>}
      {goals.map((goal) => (
        <ResultNode key={goal.id} programme={programme} dashboard={dashboard} result={goal} depth={0} />
      ))}
      {goals.length === 0 && programme.abilities.update && (
        <AddResult programmeId={programme.id} parentId={null} level="goal" />
      )}
    </section>
  );
}

function ResultNode({
  programme,
  dashboard,
  result,
  depth,
}: {
  programme: Programme;
  dashboard: Dashboard;
  result: Result;
  depth: number;
}) {
  const t = useT();
  const words = useWords();
  const children = programme.results.filter((r) => r.parentId === result.id);
  const Heading = (['h3', 'h4', 'h5'] as const)[depth] ?? 'h5';
  const next = childLevel[result.level];
  const canEdit = programme.abilities.update;
  return (
    <div className={`result result--${result.level}`}>
      <Heading className="result__title">
        <span className="tag">{t(`programmes.level.${result.level}`)}</span> {result.code}{' '}
        {words(result.title)}
      </Heading>
      {result.indicators.length > 0 && (
        <IndicatorTable programme={programme} dashboard={dashboard} result={result} />
      )}
      {canEdit && (
        <div className="actions">
          <Link className="button" to={`/programmes/${programme.id}/results/${result.id}/indicators/new`}>
            {t('programmes.indicator.add')}
            <span className="visually-hidden">: {result.code}</span>
          </Link>
        </div>
      )}
      {canEdit && (
        <ResultActions
          programmeId={programme.id}
          result={result}
          isEmpty={children.length === 0 && result.indicators.length === 0}
        />
      )}
      {children.length > 0 && (
        <div className="result__children">
          {children.map((child) => (
            <ResultNode
              key={child.id}
              programme={programme}
              dashboard={dashboard}
              result={child}
              depth={depth + 1}
            />
          ))}
        </div>
      )}
      {canEdit && next && <AddResult programmeId={programme.id} parentId={result.id} level={next} />}
    </div>
  );
}

function IndicatorTable({
  programme,
  dashboard,
  result,
}: {
  programme: Programme;
  dashboard: Dashboard;
  result: Result;
}) {
  const t = useT();
  const words = useWords();
  const periodName = usePeriodName();
  const valuesOf = (indicator: Indicator): DashboardIndicator | undefined =>
    dashboard.indicators.find((i) => i.id === indicator.id);
  const showPeriods = dashboard.periods.length > 1;
  return (
    <DataTable caption={t('programmes.logframe.indicatorsOf', { code: result.code })}>
      <thead>
        <tr>
          <th scope="col">{t('programmes.indicator.name')}</th>
          {showPeriods &&
            dashboard.periods.map((p) => (
              <th scope="col" key={p.label}>
                {periodName(p.label)}
              </th>
            ))}
          <th scope="col">{t('programmes.logframe.total')}</th>
          <th scope="col">{t('programmes.logframe.progress')}</th>
        </tr>
      </thead>
      <tbody>
        {result.indicators.map((indicator) => {
          const values = valuesOf(indicator);
          const title = words(indicator.title);
          return (
            <tr key={indicator.id}>
              <th scope="row">
                <Link to={`/programmes/${programme.id}/indicators/${indicator.id}`}>
                  {indicator.code} {title}
                </Link>
                {!indicator.definition && (
                  <>
                    {' '}
                    <span className="tag">{t('programmes.indicator.manualTag')}</span>
                  </>
                )}
              </th>
              {showPeriods &&
                dashboard.periods.map((p, index) => (
                  <td key={p.label}>
                    <ActualOfTarget
                      actual={values?.actual[index] ?? null}
                      target={values?.target[index] ?? null}
                    />
                  </td>
                ))}
              <td>
                <ActualOfTarget actual={values?.total.actual ?? null} target={values?.total.target ?? null} />
              </td>
              <td>
                <Progress
                  actual={values?.total.actual ?? null}
                  target={values?.total.target ?? null}
                  label={title}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

function ActualOfTarget({ actual, target }: { actual: number | null; target: number | null }) {
  const t = useT();
  return (
    <span className="actual-of-target">
      <Figure value={actual} />
      {target !== null && (
        <span className="target">
          {' '}
          {t('programmes.logframe.of')} <Figure value={target} />
        </span>
      )}
    </span>
  );
}
