import { Button } from 'react-aria-components';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { addMilestone, countChildren, type InstitutionFile, markMilestoneDone, milestoneKinds } from './api';
import { useCareAction } from './useCareAction';

/** The groups an institution counts its children in, each one number on the form. */
const groups = ['0-4', '5-17', '18-29'].flatMap((ageBand) =>
  (['female', 'male'] as const).flatMap((sex) =>
    (['yes', 'no'] as const).map((disability) => ({
      ageBand,
      sex,
      disability,
      name: `${ageBand}_${sex}_${disability}`,
    })),
  ),
);

export function CountForm({ institutionId }: { institutionId: string }) {
  const t = useT();
  const count = useCareAction(
    (body: Record<string, unknown>) => countChildren(institutionId, body),
    t('childcare.count.done'),
  );
  const labels: Record<string, string> = { countedOn: t('childcare.countedOn') };
  for (const g of groups) {
    labels[g.name] = t('childcare.count.group', {
      ageBand: g.ageBand,
      sex: t(`childcare.count.${g.sex}`),
      disability: t(`childcare.count.disability.${g.disability}`),
    });
  }
  return (
    <>
      <p role="status" className="status">
        {count.message}
      </p>
      <details className="subform">
        <summary>{t('childcare.count.new')}</summary>
        <FormShell
          key={count.round}
          errorState={count.errorState}
          labels={labels}
          submitLabel={t('childcare.count.submit')}
          isPending={count.mutation.isPending}
          onSubmit={(data) => {
            const rows = groups
              .filter((g) => text(data, g.name) !== '')
              .map((g) => ({
                ageBand: g.ageBand,
                sex: g.sex,
                disability: g.disability,
                children: Number(text(data, g.name)),
              }));
            count.mutation.mutate({ countedOn: text(data, 'countedOn'), rows });
          }}
        >
          <TextInput
            name="countedOn"
            type="date"
            label={labels.countedOn ?? ''}
            defaultValue={localToday()}
            isRequired
          />
          {groups.map((g) => (
            <TextInput key={g.name} name={g.name} label={labels[g.name] ?? g.name} inputMode="numeric" />
          ))}
        </FormShell>
      </details>
    </>
  );
}

export function MilestoneForm({ institutionId }: { institutionId: string }) {
  const t = useT();
  const add = useCareAction(
    (body: Record<string, unknown>) => addMilestone(institutionId, body),
    t('childcare.plan.added'),
  );
  const labels = {
    kind: t('childcare.milestone'),
    title: t('childcare.plan.what'),
    dueOn: t('childcare.dueOn'),
  };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('childcare.plan.new')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('childcare.plan.submit')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = { kind: text(data, 'kind'), title: text(data, 'title'), dueOn: text(data, 'dueOn') };
            const missing = requireFields(body, ['kind', 'title', 'dueOn'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate(body);
          }}
        >
          <SelectInput
            name="kind"
            label={labels.kind}
            placeholder={t('form.choose')}
            options={milestoneKinds.map((k) => ({ id: k, label: t(`childcare.milestone.${k}`) }))}
            isRequired
          />
          <TextInput name="title" label={labels.title} isRequired />
          <TextInput name="dueOn" type="date" label={labels.dueOn} isRequired />
        </FormShell>
      </details>
    </>
  );
}

/** The milestones not reached yet, each marked reached today with one button. */
export function MilestonesDone({ milestones }: { milestones: InstitutionFile['milestones'] }) {
  const t = useT();
  const done = useCareAction(
    ({ id, version }: { id: string; version: number }) =>
      markMilestoneDone(id, { doneOn: localToday(), version }),
    t('childcare.plan.reached'),
  );
  const open = milestones.filter((m) => !m.doneOn);
  if (open.length === 0) return null;
  return (
    <>
      <p role="status" className="status">
        {done.message}
      </p>
      <ul className="actions">
        {open.map((m) => (
          <li key={m.id}>
            <Button
              className="button"
              isPending={done.mutation.isPending}
              onPress={() => done.mutation.mutate({ id: m.id, version: m.version })}
            >
              {t('childcare.plan.markReached', { title: m.title })}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
