import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { addToCase, type CaseFile, completeTask, type Goal, needDomains, type Task, updateGoal } from './api';
import { useCaseAction } from './useCase';

/** The plan's goals: each open one may be marked achieved or dropped; a new one is added below. */
export function CaseGoals({ file }: { file: CaseFile }) {
  const t = useT();
  const id = file.case.id;
  const add = useCaseAction(
    id,
    (body: Record<string, unknown>) => addToCase(id, 'goals', body),
    t('goals.added'),
  );
  const change = useCaseAction(
    id,
    (input: { goal: Goal; status: Goal['status'] }) => updateGoal(id, input.goal, input.status),
    t('goals.changed'),
  );
  const labels = { domain: t('goals.domain'), description: t('goals.description') };
  return (
    <>
      {file.goals.length === 0 ? (
        <p>{t('goals.none')}</p>
      ) : (
        <ul className="card-list">
          {file.goals.map((goal) => (
            <li key={goal.id} className="card card--row">
              <div>
                <strong>{t(`needs.domain.${goal.domain}`)}</strong> ·{' '}
                <span className="tag">{t(`goals.status.${goal.status}`)}</span>
                <p>{goal.description}</p>
              </div>
              {file.abilities.work && goal.status === 'open' && (
                <div className="actions">
                  <Button
                    className="button"
                    onPress={() => change.mutation.mutate({ goal, status: 'achieved' })}
                  >
                    {t('goals.markAchieved')}
                    <span className="visually-hidden">: {goal.description}</span>
                  </Button>
                  <Button
                    className="button"
                    onPress={() => change.mutation.mutate({ goal, status: 'dropped' })}
                  >
                    {t('goals.markDropped')}
                    <span className="visually-hidden">: {goal.description}</span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={change.errorState.errors} labels={{}} summaryRef={change.errorState.summaryRef} />
      <p role="status" className="status">
        {add.message || change.message}
      </p>
      {file.abilities.work && (
        <details className="subform">
          <summary>{t('goals.add')}</summary>
          <FormShell
            key={add.round}
            errorState={add.errorState}
            labels={labels}
            submitLabel={t('goals.add')}
            isPending={add.mutation.isPending}
            onSubmit={(data) => {
              const body = { domain: text(data, 'domain'), description: text(data, 'description') };
              const missing = requireFields(body, ['domain', 'description'], t('form.required'));
              if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
              add.mutation.mutate(body);
            }}
          >
            <SelectInput
              name="domain"
              label={labels.domain}
              placeholder={t('form.choose')}
              options={needDomains.map((domain) => ({ id: domain, label: t(`needs.domain.${domain}`) }))}
              isRequired
            />
            <TextAreaInput name="description" label={labels.description} />
          </FormShell>
        </details>
      )}
    </>
  );
}

/** Tasks with who does them and by when; an overdue one says so in words, not only in colour. */
export function CaseTasks({ file }: { file: CaseFile }) {
  const t = useT();
  const id = file.case.id;
  const today = localToday();
  const add = useCaseAction(
    id,
    (body: Record<string, unknown>) => addToCase(id, 'tasks', body),
    t('tasks.added'),
  );
  const done = useCaseAction(id, (task: Task) => completeTask(id, task, localToday()), t('tasks.done'));
  const labels = { title: t('tasks.title'), dueOn: t('tasks.dueOn'), responsible: t('tasks.responsible') };
  return (
    <>
      {file.tasks.length === 0 ? (
        <p>{t('tasks.none')}</p>
      ) : (
        <ul className="card-list">
          {file.tasks.map((task) => {
            const overdue = !task.doneOn && task.dueOn !== null && task.dueOn < today;
            return (
              <li key={task.id} className="card card--row">
                <div>
                  <strong>{task.title}</strong>
                  {overdue && <span className="tag tag--warning"> {t('tasks.overdue')}</span>}
                  <p>
                    {task.dueOn && (
                      <>
                        {t('tasks.dueOn')}:{' '}
                        <FormattedDate value={task.dueOn} dateStyle="medium" timeZone="UTC" />
                      </>
                    )}
                    {task.responsible && ` · ${t('tasks.responsible')}: ${task.responsible}`}
                  </p>
                  {task.doneOn && (
                    <p>
                      {t('tasks.doneOn')}:{' '}
                      <FormattedDate value={task.doneOn} dateStyle="medium" timeZone="UTC" />
                    </p>
                  )}
                </div>
                {file.abilities.work && !task.doneOn && (
                  <Button className="button" onPress={() => done.mutation.mutate(task)}>
                    {t('tasks.markDone')}
                    <span className="visually-hidden">: {task.title}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorSummary errors={done.errorState.errors} labels={{}} summaryRef={done.errorState.summaryRef} />
      <p role="status" className="status">
        {add.message || done.message}
      </p>
      {file.abilities.work && (
        <details className="subform">
          <summary>{t('tasks.add')}</summary>
          <FormShell
            key={add.round}
            errorState={add.errorState}
            labels={labels}
            submitLabel={t('tasks.add')}
            isPending={add.mutation.isPending}
            onSubmit={(data) => {
              const body = {
                title: text(data, 'title'),
                dueOn: text(data, 'dueOn') || null,
                responsible: text(data, 'responsible'),
              };
              const missing = requireFields(body, ['title'], t('form.required'));
              if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
              add.mutation.mutate(body);
            }}
          >
            <TextInput name="title" label={labels.title} isRequired />
            <TextInput name="dueOn" type="date" label={labels.dueOn} />
            <TextInput
              name="responsible"
              label={labels.responsible}
              description={t('tasks.responsibleHint')}
            />
          </FormShell>
        </details>
      )}
    </>
  );
}
