import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { request } from '../api/client';
import { FormShell, text } from '../forms/FormShell';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { type Volunteer, volunteerStatuses } from './api';
import { RosterFields, rosterEntryOf, useRosterLabels } from './RosterFields';

/** The roster entry changed: skills, languages, expertise, availability, and whether still active. */
export function EditVolunteer({ volunteer }: { volunteer: Volunteer }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [expert, setExpert] = useState(volunteer.expert);
  const [message, setMessage] = useState('');
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      request('PATCH', `/api/volunteers/${volunteer.id}`, { body }),
    onMutate: () => setMessage(''),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['volunteer', volunteer.id] });
      await queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      errorState.clear();
      setMessage(t('volunteers.edit.saved'));
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = { status: t('volunteers.statusLabel'), ...useRosterLabels() };
  return (
    <section className="section" aria-labelledby="edit-volunteer">
      <h2 id="edit-volunteer">{t('volunteers.edit.title')}</h2>
      <p role="status" className="status">
        {message}
      </p>
      <details className="subform">
        <summary>{t('volunteers.edit.title')}</summary>
        <FormShell
          key={volunteer.version}
          errorState={errorState}
          labels={labels}
          submitLabel={t('volunteers.edit.submit')}
          isPending={mutation.isPending}
          onSubmit={(data) => {
            const body = {
              status: text(data, 'status'),
              ...rosterEntryOf(data, expert),
              version: volunteer.version,
            };
            const missing = requireFields(body, expert ? ['expertise'] : [], t('form.required'));
            if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
            mutation.mutate(body);
          }}
        >
          <RadioGroupInput
            name="status"
            label={labels.status}
            options={volunteerStatuses.map((s) => ({ id: s, label: t(`volunteers.status.${s}`) }))}
            defaultValue={volunteer.status}
            orientation="horizontal"
          />
          <RosterFields entry={volunteer} expert={expert} onExpertChange={setExpert} />
        </FormShell>
      </details>
    </section>
  );
}
