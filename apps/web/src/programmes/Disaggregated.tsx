import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { QueryState } from '../shell/QueryState';
import { type Disaggregation, getValues, type Indicator, type Programme } from './api';
import { BarChart } from './BarChart';
import { recordsLink } from './IndicatorPage';
import { Figure } from './Progress';
import { useGroupName } from './useGroupName';

/** The indicator over the programme's whole span by one disaggregation: a chart and the same figures as a table. */
export function Disaggregated({
  programme,
  indicator,
  by,
  title,
}: {
  programme: Programme;
  indicator: Indicator;
  by: Disaggregation;
  title: string;
}) {
  const t = useT();
  const values = useQuery({
    queryKey: ['indicator-values', indicator.id, 'total', by],
    queryFn: () => getValues(indicator.id, 'total', by),
  });
  const span = values.data?.periods[0];
  const rows = (values.data?.rows ?? []).filter(
    (r) => r.period === 0 && (r.group !== null || r.value !== null),
  );
  const groups = rows.map((r) => r.group);
  const groupName = useGroupName(by, groups);
  const headingId = `by-${by}-title`;
  const byName = t(`programmes.disaggregation.${by}`);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('programmes.indicator.by', { by: byName })}</h2>
      <QueryState query={values}>
        {rows.length === 0 || !span ? (
          <p>{t('programmes.indicator.noValues')}</p>
        ) : (
          <>
            <BarChart
              title={`${title}, ${byName}`}
              bars={rows.map((r) => ({
                key: r.group ?? 'none',
                label: groupName(r.group),
                value: r.value,
                suppressed: r.suppressed,
              }))}
            />
            <DataTable
              id={`${headingId}-caption`}
              caption={t('programmes.indicator.byTable', { title, by: byName })}
            >
              <thead>
                <tr>
                  <th scope="col">{byName}</th>
                  <th scope="col">{t('programmes.indicator.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.group ?? 'none'}>
                    <th scope="row">{groupName(r.group)}</th>
                    <td>
                      {r.suppressed || r.value === null || r.value === 0 ? (
                        <Figure value={r.value} suppressed={r.suppressed} />
                      ) : (
                        <Link to={recordsLink(programme.id, indicator.id, span, by, r.group)}>
                          <Figure value={r.value} />
                          <span className="visually-hidden">
                            {' '}
                            {t('programmes.records.openGroup', { group: groupName(r.group) })}
                          </span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            {rows.some((r) => r.suppressed) && (
              <p>{t('programmes.value.suppressedHelp', { count: programme.suppressBelow })}</p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
