import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { addMilestone, countChildren, institutionAgeBands, milestoneKinds } from './api';
import { Subform } from './Subform';
import { useCareAction } from './useCareAction';

/** The groups an institution counts its children in, each one number on the form. */
const groups = institutionAgeBands.flatMap((ageBand) =>
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
    <Subform title={t('childcare.count.new')} message={count.message}>
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
    </Subform>
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
    <Subform title={t('childcare.plan.new')} message={add.message}>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('childcare.plan.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const body = { kind: text(data, 'kind'), title: text(data, 'title'), dueOn: text(data, 'dueOn') };
          add.send(body, ['kind', 'title', 'dueOn']);
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
    </Subform>
  );
}
