import { useState } from 'react';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { markModuleDone, recordOutcome, type WorkshopFile } from './api';
import { useWorkshopAction } from './useWorkshopAction';

/** The trainees still enrolled whom the reader can tell apart: the forms pick them by name. */
export const enrolled = (file: WorkshopFile) =>
  file.trainees.flatMap((tr) =>
    tr.status === 'enrolled' && tr.name !== null ? [{ ...tr, name: tr.name }] : [],
  );

/** A module a trainee completed: only the modules they have not done yet are offered. */
export function ProgressForm({ file }: { file: WorkshopFile }) {
  const t = useT();
  const [traineeId, setTraineeId] = useState<string | null>(null);
  const add = useWorkshopAction(
    file.workshop.id,
    ({ id, ...body }: { id: string; moduleId: string; completedOn: string }) => markModuleDone(id, body),
    t('workshops.progress.done'),
  );
  const trainee = file.trainees.find((tr) => tr.id === traineeId);
  const open = file.modules.filter((m) => !trainee?.modulesDone.includes(m.id));
  const labels = {
    progressTrainee: t('workshops.progress.trainee'),
    moduleId: t('workshops.progress.module'),
    moduleDoneOn: t('workshops.progress.completedOn'),
  };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('workshops.progress.title')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('workshops.progress.submit')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const values = {
              progressTrainee: traineeId ?? '',
              moduleId: text(data, 'moduleId'),
              moduleDoneOn: text(data, 'moduleDoneOn'),
            };
            const missing = requireFields(values, Object.keys(values), t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate({
              id: values.progressTrainee,
              moduleId: values.moduleId,
              completedOn: values.moduleDoneOn,
            });
          }}
        >
          <SelectInput
            name="progressTrainee"
            label={labels.progressTrainee}
            placeholder={t('form.choose')}
            options={enrolled(file).map((tr) => ({ id: tr.id, label: tr.name }))}
            value={traineeId}
            onChange={setTraineeId}
            isRequired
          />
          <SelectInput
            key={traineeId ?? 'none'}
            name="moduleId"
            label={labels.moduleId}
            placeholder={t('form.choose')}
            options={open.map((m) => ({ id: m.id, label: `${m.position}. ${m.title}` }))}
            isRequired
          />
          <TextInput
            name="moduleDoneOn"
            type="date"
            label={labels.moduleDoneOn}
            defaultValue={localToday()}
            isRequired
          />
        </FormShell>
      </details>
    </>
  );
}

/** A trainee completed the programme, or left it, with the reason. */
export function OutcomeForm({ file }: { file: WorkshopFile }) {
  const t = useT();
  const [outcome, setOutcome] = useState('completed');
  const add = useWorkshopAction(
    file.workshop.id,
    ({ id, ...body }: Record<string, unknown> & { id: string }) => recordOutcome(id, body),
    t('workshops.outcome.done'),
  );
  const labels = {
    outcomeTrainee: t('workshops.outcome.trainee'),
    status: t('workshops.outcome.label'),
    outcomeOn: t('workshops.outcome.on'),
    leavingReason: t('workshops.outcome.reason'),
  };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('workshops.outcome.title')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('workshops.outcome.submit')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const values = {
              outcomeTrainee: text(data, 'outcomeTrainee'),
              outcomeOn: text(data, 'outcomeOn'),
              leavingReason: text(data, 'leavingReason'),
            };
            const required = [
              'outcomeTrainee',
              'outcomeOn',
              ...(outcome === 'left' ? ['leavingReason'] : []),
            ];
            const missing = requireFields(values, required, t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            const trainee = file.trainees.find((tr) => tr.id === values.outcomeTrainee);
            const version = trainee?.version ?? 1;
            add.mutation.mutate(
              outcome === 'completed'
                ? { id: values.outcomeTrainee, status: 'completed', completedOn: values.outcomeOn, version }
                : {
                    id: values.outcomeTrainee,
                    status: 'left',
                    leftOn: values.outcomeOn,
                    leavingReason: values.leavingReason,
                    version,
                  },
            );
          }}
        >
          <SelectInput
            name="outcomeTrainee"
            label={labels.outcomeTrainee}
            placeholder={t('form.choose')}
            options={enrolled(file).map((tr) => ({ id: tr.id, label: tr.name }))}
            isRequired
          />
          <RadioGroupInput
            name="status"
            label={labels.status}
            options={[
              { id: 'completed', label: t('workshops.status.completed') },
              { id: 'left', label: t('workshops.status.left') },
            ]}
            value={outcome}
            onChange={setOutcome}
            orientation="horizontal"
          />
          <TextInput
            name="outcomeOn"
            type="date"
            label={labels.outcomeOn}
            defaultValue={localToday()}
            isRequired
          />
          {outcome === 'left' && <TextAreaInput name="leavingReason" label={labels.leavingReason} />}
        </FormShell>
      </details>
    </>
  );
}
