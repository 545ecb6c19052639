import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { request } from '../api/client';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import {
  spokenLanguages,
  type Volunteer,
  volunteerAvailabilities,
  volunteerSkills,
  volunteerStatuses,
} from './api';

const listed = (skill: string) => (volunteerSkills as readonly string[]).includes(skill);

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
  const labels = {
    status: t('volunteers.statusLabel'),
    skills: t('volunteers.skills'),
    otherSkills: t('volunteers.otherSkills'),
    languages: t('volunteers.languages'),
    expertise: t('volunteers.expertise'),
    availability: t('volunteers.availability'),
  };
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
            const others = text(data, 'otherSkills')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
            const body = {
              status: text(data, 'status'),
              skills: [...data.getAll('skills').map(String), ...others],
              languages: data.getAll('languages').map(String),
              expert,
              expertise: expert ? text(data, 'expertise') : '',
              availability: text(data, 'availability'),
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
          <CheckboxGroupInput
            name="skills"
            label={labels.skills}
            options={volunteerSkills.map((s) => ({ id: s, label: t(`volunteers.skill.${s}`) }))}
            defaultValue={volunteer.skills.filter(listed)}
          />
          <TextInput
            name="otherSkills"
            label={labels.otherSkills}
            description={t('volunteers.otherSkillsHint')}
            defaultValue={volunteer.skills.filter((s) => !listed(s)).join(', ')}
          />
          <CheckboxGroupInput
            name="languages"
            label={labels.languages}
            options={spokenLanguages.map((l) => ({ id: l, label: t(`volunteers.language.${l}`) }))}
            defaultValue={volunteer.languages}
          />
          <Checkbox className="checkbox" name="expert" value="true" isSelected={expert} onChange={setExpert}>
            <span className="checkbox__box" aria-hidden="true" />
            {t('volunteers.isExpert')}
          </Checkbox>
          {expert && (
            <TextInput
              name="expertise"
              label={labels.expertise}
              defaultValue={volunteer.expertise}
              isRequired
            />
          )}
          <SelectInput
            name="availability"
            label={labels.availability}
            placeholder={t('form.choose')}
            options={volunteerAvailabilities.map((a) => ({
              id: a,
              label: t(`volunteers.availability.${a}`),
            }))}
            defaultValue={volunteer.availability}
          />
        </FormShell>
      </details>
    </section>
  );
}
