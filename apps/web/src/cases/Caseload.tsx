import { useQuery } from '@tanstack/react-query';
import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { QueryState } from '../shell/QueryState';
import { getCaseload } from './api';

/** My open cases and my tasks: overdue ones said in words first, then those due in the next seven days. */
export function Caseload({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  const caseload = useQuery({ queryKey: ['caseload'], queryFn: getCaseload });
  const today = localToday();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const data = caseload.data;
  return (
    <QueryState query={caseload}>
      {data && (
        <>
          <section aria-labelledby="caseload-tasks">
            <Heading id="caseload-tasks">{t('caseload.tasks')}</Heading>
            {data.tasks.length === 0 ? (
              <p>{t('caseload.noTasks')}</p>
            ) : (
              <ul className="card-list">
                {data.tasks.map((task) => {
                  const overdue = task.dueOn < today;
                  return (
                    <li key={task.id} className="card">
                      <Link to={`/cases/${task.caseId}`}>{task.title}</Link>
                      <p>
                        {overdue && <span className="tag tag--warning">{t('tasks.overdue')}</span>}{' '}
                        {t('tasks.dueOn')}:{' '}
                        <FormattedDate value={task.dueOn} dateStyle="medium" timeZone="UTC" /> ·{' '}
                        {task.familyName} {task.givenName}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section aria-labelledby="caseload-cases">
            <Heading id="caseload-cases">{t('caseload.cases', { count: data.cases.length })}</Heading>
            {data.cases.length === 0 ? (
              <p>{t('caseload.noCases')}</p>
            ) : (
              <ul className="card-list">
                {data.cases.map((item) => (
                  <li key={item.id} className="card">
                    <Link to={`/cases/${item.id}`}>
                      {item.familyName} {item.givenName}
                    </Link>
                    <p>
                      {t(`case.kind.${item.kind}`)} · {t(`case.state.${item.state}`)}
                      {item.overdueTasks > 0 && (
                        <>
                          {' · '}
                          <span className="tag tag--warning">
                            {t('caseload.overdue', { count: item.overdueTasks })}
                          </span>
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}
