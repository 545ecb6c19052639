import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInSession } from '../auth/session';
import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { listActivities, listFacilitators, recordVisit, visitingMemberships } from './api';

export function FacilitatorsPage() {
  const t = useT();
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [message, setMessage] = useState('');
  const list = useQuery({ queryKey: ['facilitators'], queryFn: listFacilitators });
  const items = list.data?.items ?? [];
  const observable = useQuery({
    queryKey: ['activities', { forVisits: true }],
    queryFn: () => listActivities({}, null),
    enabled: items.length > 0,
  });
  const organisations = visitingMemberships(session);
  const visit = useMutation({
    mutationFn: recordVisit,
    onSuccess: () => {
      setMessage(t('activities.visit.recorded'));
      void queryClient.invalidateQueries({ queryKey: ['facilitators'] });
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels: Record<string, string> = {
    facilitatorId: t('activities.visit.facilitator'),
    organisationId: t('activities.field.organisation'),
    visitedOn: t('activities.visit.date'),
    score: t('activities.visit.score'),
    findings: t('activities.visit.findings'),
    place: t('activities.field.place'),
    activityId: t('activities.visit.activity'),
    followUpNeeded: t('activities.visit.followUp'),
  };
  function submit(data: FormData) {
    const score = text(data, 'score');
    const fields = {
      facilitatorId: text(data, 'facilitatorId'),
      organisationId: text(data, 'organisationId') || organisations[0]?.organisationId || '',
      visitedOn: text(data, 'visitedOn'),
      score: score ? Number(score) : null,
      findings: text(data, 'findings'),
      place: text(data, 'place'),
      activityId: text(data, 'activityId') || null,
      followUpNeeded: flag(data, 'followUpNeeded'),
    };
    const missing = requireFields(fields, ['facilitatorId', 'visitedOn'], t('form.required'));
    if (Object.keys(missing).length > 0) return errorState.fail({ message: null, fields: missing });
    errorState.clear();
    visit.mutate(fields);
  }
  return (
    <>
      <PageHeading title={t('activities.facilitators.title')} />
      <QueryState query={list}>
        {items.length === 0 ? (
          <p>{t('activities.facilitators.none')}</p>
        ) : (
          <DataTable caption={t('activities.facilitators.count', { count: items.length })}>
            <thead>
              <tr>
                <th scope="col">{t('activities.attendee.name')}</th>
                <th scope="col">{t('activities.facilitators.trainings')}</th>
                <th scope="col">{t('activities.facilitators.visits')}</th>
                <th scope="col">{t('activities.facilitators.lastVisit')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => (
                <tr key={f.id} id={f.id}>
                  <th scope="row">{f.name}</th>
                  <td>{f.trainings.map((tr) => `${tr.title} (${tr.completedOn ?? ''})`).join('; ')}</td>
                  <td>{f.visits.length}</td>
                  <td>
                    {f.visits[0]
                      ? t('activities.facilitators.visitSummary', {
                          date: f.visits[0].visitedOn,
                          score: f.visits[0].score ?? '—',
                          monitor: f.visits[0].monitorName,
                        })
                      : t('activities.facilitators.notVisited')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryState>
      {items.length > 0 && (
        <section aria-labelledby="visit-heading">
          <h2 id="visit-heading">{t('activities.visit.title')}</h2>
          <p role="status">{message}</p>
          <FormShell
            errorState={errorState}
            labels={labels}
            submitLabel={t('activities.visit.record')}
            isPending={visit.isPending}
            onSubmit={submit}
          >
            <SelectInput
              name="facilitatorId"
              label={labels.facilitatorId ?? ''}
              placeholder={t('activities.choose')}
              isRequired
              options={items.map((f) => ({ id: f.id, label: f.name }))}
            />
            {organisations.length > 1 && (
              <SelectInput
                name="organisationId"
                label={labels.organisationId ?? ''}
                placeholder={t('activities.choose')}
                options={organisations.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
              />
            )}
            <TextInput name="visitedOn" type="date" label={labels.visitedOn ?? ''} isRequired />
            {observable.data && observable.data.items.length > 0 && (
              <SelectInput
                name="activityId"
                label={labels.activityId ?? ''}
                placeholder={t('activities.visit.noActivity')}
                options={observable.data.items.map((a) => ({ id: a.id, label: a.title }))}
              />
            )}
            <TextInput name="place" label={labels.place ?? ''} />
            <SelectInput
              name="score"
              label={labels.score ?? ''}
              placeholder={t('activities.choose')}
              options={[1, 2, 3, 4, 5].map((s) => ({
                id: String(s),
                label: t(`activities.visit.score${s}`),
              }))}
            />
            <TextAreaInput name="findings" label={labels.findings ?? ''} />
            <CheckboxInput name="followUpNeeded" label={labels.followUpNeeded} />
          </FormShell>
        </section>
      )}
    </>
  );
}
