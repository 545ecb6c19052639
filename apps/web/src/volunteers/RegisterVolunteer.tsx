import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PersonPicker } from '../persons/PersonPicker';
import {
  registerVolunteer,
  rosterOrganisations,
  spokenLanguages,
  volunteerAvailabilities,
  volunteerSkills,
} from './api';

/** A person from the registry joins the roster, with skills, languages and, for an expert, the area. */
export function RegisterVolunteer() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = rosterOrganisations(useSignedInSession());
  const errorState = useFormErrors();
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
    skills: t('volunteers.skills'),
    otherSkills: t('volunteers.otherSkills'),
    languages: t('volunteers.languages'),
    expertise: t('volunteers.expertise'),
    availability: t('volunteers.availability'),
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
            const others = text(data, 'otherSkills')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
            const body = {
              organisationId: text(data, 'organisationId') || organisations[0]?.organisationId,
              personId: text(data, 'personId'),
              skills: [...data.getAll('skills').map(String), ...others],
              languages: data.getAll('languages').map(String),
              expert: flag(data, 'expert'),
              expertise: text(data, 'expertise'),
              availability: text(data, 'availability') || 'occasionally',
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
          <CheckboxGroupInput
            name="skills"
            label={labels.skills}
            options={volunteerSkills.map((s) => ({ id: s, label: t(`volunteers.skill.${s}`) }))}
          />
          <TextInput
            name="otherSkills"
            label={labels.otherSkills}
            description={t('volunteers.otherSkillsHint')}
          />
          <CheckboxGroupInput
            name="languages"
            label={labels.languages}
            options={spokenLanguages.map((l) => ({ id: l, label: t(`volunteers.language.${l}`) }))}
          />
          <Checkbox className="checkbox" name="expert" value="true" isSelected={expert} onChange={setExpert}>
            <span className="checkbox__box" aria-hidden="true" />
            {t('volunteers.isExpert')}
          </Checkbox>
          {expert && <TextInput name="expertise" label={labels.expertise} isRequired />}
          <SelectInput
            name="availability"
            label={labels.availability}
            placeholder={t('form.choose')}
            options={volunteerAvailabilities.map((a) => ({
              id: a,
              label: t(`volunteers.availability.${a}`),
            }))}
            defaultValue="occasionally"
          />
        </FormShell>
      </details>
    </section>
  );
}
