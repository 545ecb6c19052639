import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput, TextInput } from '../forms/fields';
import type { FormErrorState } from '../forms/useFormErrors';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import type { ManualEntry, ManualValueInput } from './api';
import { dayAfter, dayBefore } from './format';

/**
 * A value entered by hand for a stretch of time, its last day written as people write it (the API keeps the day
 * after): a new one, or the one being corrected.
 */
export function ManualValueForm({
  action,
  entry,
  submitLabel,
  onSubmit,
}: {
  action: { errorState: FormErrorState; mutation: { isPending: boolean } };
  entry?: ManualEntry;
  submitLabel: string;
  onSubmit: (body: ManualValueInput) => void;
}) {
  const t = useT();
  const labels = {
    periodStart: t('programmes.manual.from'),
    periodEnd: t('programmes.manual.to'),
    value: t('programmes.manual.value'),
    note: t('programmes.manual.note'),
  };
  return (
    <FormShell
      errorState={action.errorState}
      labels={labels}
      submitLabel={submitLabel}
      isPending={action.mutation.isPending}
      onSubmit={(data) => {
        const values = {
          periodStart: text(data, 'periodStart'),
          periodEnd: text(data, 'periodEnd'),
          value: text(data, 'value'),
        };
        const missing = requireFields(values, ['periodStart', 'periodEnd', 'value'], t('form.required'));
        if (Object.keys(missing).length) return action.errorState.fail({ message: null, fields: missing });
        onSubmit({
          periodStart: values.periodStart,
          periodEnd: dayAfter(values.periodEnd),
          value: Number(values.value.replace(',', '.')),
          note: text(data, 'note'),
        });
      }}
    >
      <TextInput
        name="periodStart"
        type="date"
        label={labels.periodStart}
        defaultValue={entry?.periodStart}
        isRequired
      />
      <TextInput
        name="periodEnd"
        type="date"
        label={labels.periodEnd}
        defaultValue={entry ? dayBefore(entry.periodEnd) : undefined}
        isRequired
      />
      <TextInput
        name="value"
        label={labels.value}
        inputMode="numeric"
        defaultValue={entry ? String(entry.value) : undefined}
        isRequired
      />
      <TextAreaInput name="note" label={labels.note} defaultValue={entry?.note} />
    </FormShell>
  );
}
