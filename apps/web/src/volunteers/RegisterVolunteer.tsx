import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PersonPicker } from '../persons/PersonPicker';
import { registerVolunteer, rosterOrganisations } from './api';
import { RosterFields, rosterEntryOf, useRosterLabels } from './RosterFields';

/** A person from the registry joins the roster, with skills, languages and, for an expert, the area. */
export function RegisterVolunteer() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = rosterOrganisations(useSignedInSession());
  const errorState = useFormErrors();
  const rosterLabels = useRosterLabels();
  const [expert, setExpert] = useState(false);
  const mutation = useMutation({
    mutationFn: registerVolunteer,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      navigate(`/volunteers/${created.id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  if (organisations.length === 0) return null;
  const labels = {
    organisationId: t('volunteers.organisation'),
    personId: t('volunteers.person'),
    ...rosterLabels,
  };
  return (
    <section className="section" aria-labelledby="register-volunteer">
      <h2 id="register-volunteer">{t('volunteers.register')}</h2>
      <details className="subform">
        <summary>{t('volunteers.register')}</summary>
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('volunteers.registerSubmit')}
          isPending={mutation.isPending}
          onSubmit={(data) => {
            const body = {
              organisationId: text(data, 'organisationId') || organisations[0]?.organisationId,
              personId: text(data, 'personId'),
              ...rosterEntryOf(data, expert),
            };
            const required = ['personId', ...(body.expert ? ['expertise'] : [])];
            const missing = requireFields(body, required, t('form.required'));
            if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
            errorState.clear();
            mutation.mutate(body);
          }}
        >
          {organisations.length > 1 && (
            <SelectInput
              name="organisationId"
              label={labels.organisationId}
              placeholder={t('form.choose')}
              options={organisations.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
              defaultValue={organisations[0]?.organisationId}
              isRequired
            />
          )}
          <PersonPicker name="personId" label={labels.personId} />
          <RosterFields expert={expert} onExpertChange={setExpert} />
        </FormShell>
      </details>
    </section>
  );
}
