import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../api/client';
import { SelectInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { type ActivityDetail, attendanceAgeBands, attendanceRoles, type CountRow, saveCounts } from './api';

const sexes = ['female', 'male'] as const;
const disabilities = ['yes', 'no', 'undetermined'] as const;

/** The paper sheet of counts where names are not taken: the table, and a row to add to it. */
export function CountedAttendance({ activity }: { activity: ActivityDetail }) {
  const t = useT();
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: (rows: CountRow[]) => saveCounts(activity.id, rows),
    onSuccess: () => {
      setMessage(t('activities.counts.saved'));
      void queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
    },
    onError: (error) => setMessage(error instanceof ApiError ? error.message : t('form.unexpectedError')),
  });
  function add(form: HTMLFormElement) {
    const data = new FormData(form);
    const row = {
      sex: String(data.get('sex') || 'female'),
      ageBand: String(data.get('ageBand') || '18-29'),
      disability: String(data.get('disability') || 'undetermined'),
      role: String(data.get('countRole') || 'participant'),
      count: Number(data.get('count')),
    } as CountRow;
    save.mutate([...activity.counts, row]);
  }
  return (
    <section aria-labelledby="counted-heading">
      <h2 id="counted-heading">{t('activities.attendance.counted')}</h2>
      <p>{t('activities.counts.total', { total: activity.countedTotal })}</p>
      {activity.counts.length > 0 && (
        <DataTable caption={t('activities.attendance.countedTable')}>
          <thead>
            <tr>
              <th scope="col">{t('activities.counts.sex')}</th>
              <th scope="col">{t('activities.counts.ageBand')}</th>
              <th scope="col">{t('activities.counts.disability')}</th>
              <th scope="col">{t('activities.field.role')}</th>
              <th scope="col">{t('activities.counts.count')}</th>
            </tr>
          </thead>
          <tbody>
            {activity.counts.map((row) => (
              <tr key={`${row.sex}-${row.ageBand}-${row.disability}-${row.role}`}>
                <td>{t(`activities.sex.${row.sex}`)}</td>
                <td>{row.ageBand}</td>
                <td>{t(`activities.disability.${row.disability}`)}</td>
                <td>{t(`activities.role.${row.role}`)}</td>
                <td>{intl.formatNumber(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <p role="status">{message}</p>
      {activity.abilities.recordAttendance && activity.attendees.length > 0 && (
        <p>{t('activities.counts.takenByName')}</p>
      )}
      {activity.abilities.recordAttendance && activity.attendees.length === 0 && (
        <form
          className="form"
          aria-labelledby="add-count-heading"
          onSubmit={(event) => {
            event.preventDefault();
            add(event.currentTarget);
          }}
        >
          <h3 id="add-count-heading">{t('activities.counts.add')}</h3>
          <SelectInput
            name="sex"
            label={t('activities.counts.sex')}
            placeholder={t('activities.choose')}
            defaultValue="female"
            options={sexes.map((s) => ({ id: s, label: t(`activities.sex.${s}`) }))}
          />
          <SelectInput
            name="ageBand"
            label={t('activities.counts.ageBand')}
            placeholder={t('activities.choose')}
            defaultValue="18-29"
            options={attendanceAgeBands.map((b) => ({ id: b, label: b }))}
          />
          <SelectInput
            name="disability"
            label={t('activities.counts.disability')}
            placeholder={t('activities.choose')}
            defaultValue="undetermined"
            options={disabilities.map((d) => ({ id: d, label: t(`activities.disability.${d}`) }))}
          />
          <SelectInput
            name="countRole"
            label={t('activities.field.role')}
            placeholder={t('activities.choose')}
            defaultValue="participant"
            options={attendanceRoles.map((r) => ({ id: r, label: t(`activities.role.${r}`) }))}
          />
          <TextInput name="count" inputMode="numeric" label={t('activities.counts.count')} isRequired />
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              {t('activities.counts.addButton')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
