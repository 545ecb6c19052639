import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { SelectInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { listPersons } from '../persons/api';
import { DataTable } from '../shell/DataTable';
import {
  type ActivityDetail,
  attendanceRoles,
  markCompletion,
  registerAttendee,
  removeAttendee,
} from './api';

/** Persons from the registry taking part: search and add, mark a training completed, take off the list. */
export function NamedAttendance({ activity }: { activity: ActivityDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<string | null>('participant');
  const [message, setMessage] = useState('');
  const found = useQuery({
    queryKey: ['activity-person-search', search],
    queryFn: () => listPersons({ q: search }, null),
    enabled: search.trim().length >= 2,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
  const fail = (error: unknown) =>
    setMessage(error instanceof ApiError ? error.message : t('form.unexpectedError'));
  const register = useMutation({
    mutationFn: (personId: string) =>
      registerAttendee(activity.id, personId, (role ?? 'participant') as (typeof attendanceRoles)[number]),
    onSuccess: () => {
      setMessage(t('activities.attendee.added'));
      setSearch('');
      void refresh();
    },
    onError: fail,
  });
  const complete = useMutation({
    mutationFn: ({ id, completed }: { id: string; completed: boolean }) =>
      markCompletion(activity.id, id, completed),
    onSuccess: () => void refresh(),
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (id: string) => removeAttendee(activity.id, id),
    onSuccess: () => void refresh(),
    onError: fail,
  });
  const training = activity.type === 'training';
  const may = activity.abilities.recordAttendance;
  const countedOnSheet = activity.counts.length > 0;
  return (
    <section aria-labelledby="named-heading">
      <h2 id="named-heading">{t('activities.attendance.named')}</h2>
      <p role="status">{message}</p>
      {activity.attendees.length === 0 ? (
        <p>{t('activities.attendance.noneNamed')}</p>
      ) : (
        <DataTable caption={t('activities.attendance.namedTable')}>
          <thead>
            <tr>
              <th scope="col">{t('activities.attendee.name')}</th>
              <th scope="col">{t('activities.field.role')}</th>
              {training && <th scope="col">{t('activities.attendee.completed')}</th>}
              {may && <th scope="col">{t('activities.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {activity.attendees.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name ?? t('persons.nameHidden')}</th>
                <td>{t(`activities.role.${a.role}`)}</td>
                {training && <td>{a.completedOn ?? t('activities.attendee.notCompleted')}</td>}
                {may && (
                  <td>
                    {training && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => complete.mutate({ id: a.id, completed: !a.completedOn })}
                      >
                        {a.completedOn
                          ? t('activities.attendee.undoCompletion', { name: a.name ?? '' })
                          : t('activities.attendee.markCompleted', { name: a.name ?? '' })}
                      </button>
                    )}
                    <button type="button" className="button" onClick={() => remove.mutate(a.id)}>
                      {t('activities.attendee.remove', { name: a.name ?? '' })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {may && countedOnSheet && <p>{t('activities.attendee.takenOnSheet')}</p>}
      {may && !countedOnSheet && (
        <div className="form">
          <h3>{t('activities.attendee.add')}</h3>
          <div className="field">
            <label className="field__label" htmlFor="person-search">
              {t('activities.attendee.search')}
            </label>
            <input
              id="person-search"
              className="field__input"
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          <SelectInput
            name="role"
            label={t('activities.field.role')}
            placeholder={t('activities.choose')}
            value={role}
            onChange={setRole}
            options={attendanceRoles.map((r) => ({ id: r, label: t(`activities.role.${r}`) }))}
          />
          {found.data && (
            <ul className="card-list" aria-label={t('activities.attendee.results')}>
              {found.data.items.map((person) => (
                <li key={person.id} className="card">
                  <span>
                    {person.familyName} {person.givenName}
                  </span>{' '}
                  <button type="button" className="button" onClick={() => register.mutate(person.id)}>
                    {t('activities.attendee.register', { name: `${person.familyName} ${person.givenName}` })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
