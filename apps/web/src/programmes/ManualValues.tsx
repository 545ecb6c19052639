import { FormattedDate } from 'react-intl';
import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { addManualValue, type Indicator, type ManualEntry, type Programme } from './api';
import { dayAfter, dayBefore } from './format';
import { Figure } from './Progress';
import { useLogframeAction } from './useProgramme';

/** Values typed in for an indicator no record computes: each with who entered it and when. */
export function ManualValues({
  programme,
  indicator,
  entries,
}: {
  programme: Programme;
  indicator: Indicator;
  entries: ManualEntry[];
}) {
  const t = useT();
  const add = useLogframeAction(
    programme.id,
    (body: Parameters<typeof addManualValue>[1]) => addManualValue(indicator.id, body),
    t('programmes.manual.added'),
  );
  const labels = {
    periodStart: t('programmes.manual.from'),
    periodEnd: t('programmes.manual.to'),
    value: t('programmes.manual.value'),
    note: t('programmes.manual.note'),
  };
  return (
    <section className="section" aria-labelledby="manual-title">
      <h2 id="manual-title">{t('programmes.manual.title')}</h2>
      {entries.length === 0 ? (
        <p>{t('programmes.manual.none')}</p>
      ) : (
        <DataTable id="manual-caption" caption={t('programmes.manual.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('programmes.indicator.period')}</th>
              <th scope="col">{labels.value}</th>
              <th scope="col">{t('programmes.manual.enteredBy')}</th>
              <th scope="col">{t('programmes.manual.enteredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.periodStart}-${entry.enteredAt}`}>
                <td>
                  <FormattedDate value={entry.periodStart} dateStyle="medium" timeZone="UTC" /> –{' '}
                  <FormattedDate value={dayBefore(entry.periodEnd)} dateStyle="medium" timeZone="UTC" />
                </td>
                <td>
                  <Figure value={entry.value} />
                </td>
                <td>{entry.enteredBy}</td>
                <td>
                  <FormattedDate value={entry.enteredAt} dateStyle="medium" timeStyle="short" />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <p role="status" className="status">
        {add.message}
      </p>
      {programme.abilities.update && (
        <details className="subform" key={add.round}>
          <summary>{t('programmes.manual.add')}</summary>
          <FormShell
            errorState={add.errorState}
            labels={labels}
            submitLabel={t('programmes.manual.add')}
            isPending={add.mutation.isPending}
            onSubmit={(data) => {
              const lastDay = text(data, 'periodEnd');
              const values = {
                periodStart: text(data, 'periodStart'),
                periodEnd: lastDay,
                value: text(data, 'value'),
              };
              const missing = requireFields(
                values,
                ['periodStart', 'periodEnd', 'value'],
                t('form.required'),
              );
              if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
              add.mutation.mutate({
                periodStart: values.periodStart,
                periodEnd: dayAfter(lastDay),
                value: Number(values.value.replace(',', '.')),
                note: text(data, 'note'),
              });
            }}
          >
            <TextInput name="periodStart" type="date" label={labels.periodStart} isRequired />
            <TextInput name="periodEnd" type="date" label={labels.periodEnd} isRequired />
            <TextInput name="value" label={labels.value} inputMode="numeric" isRequired />
            <TextAreaInput name="note" label={labels.note} />
          </FormShell>
        </details>
      )}
    </section>
  );
}
