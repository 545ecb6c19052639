import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { fullName, localToday } from '../persons/api';
import { ProgrammeSelect, programmeValue } from '../programmes/ProgrammeSelect';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getVolunteer, recordHours, type VolunteerFile } from './api';
import { EditVolunteer } from './EditVolunteer';
import { useSkillName } from './format';

/** A volunteer: skills, languages, expertise, and the hours they gave, with a form to add more. */
export function VolunteerPage() {
  const { id = '' } = useParams();
  const t = useT();
  const skillName = useSkillName();
  const file = useQuery({ queryKey: ['volunteer', id], queryFn: () => getVolunteer(id) });
  const v = file.data?.volunteer;
  return (
    <QueryState query={file}>
      {file.data && v && (
        <>
          <PageHeading title={fullName(v) || t('persons.nameHidden')} />
          <p>
            <Link to="/volunteers">{t('volunteers.backToRoster')}</Link>
            {v.familyName !== null && (
              <>
                {' · '}
                <Link to={`/persons/${v.personId}`}>{t('volunteers.personRecord')}</Link>
              </>
            )}
          </p>
          <dl className="details">
            <dt>{t('volunteers.statusLabel')}</dt>
            <dd>{t(`volunteers.status.${v.status}`)}</dd>
            <dt>{t('volunteers.skills')}</dt>
            <dd>{v.skills.map(skillName).join(', ') || '—'}</dd>
            <dt>{t('volunteers.languages')}</dt>
            <dd>{v.languages.map((l) => t(`volunteers.language.${l}`)).join(', ') || '—'}</dd>
            <dt>{t('volunteers.expertise')}</dt>
            <dd>{v.expert ? v.expertise : t('volunteers.notExpert')}</dd>
            <dt>{t('volunteers.availability')}</dt>
            <dd>{t(`volunteers.availability.${v.availability}`)}</dd>
            <dt>{t('volunteers.hoursGiven')}</dt>
            <dd>
              <FormattedNumber value={v.hours} maximumFractionDigits={2} />
            </dd>
          </dl>
          {file.data.abilities.recordHours && <HoursForm file={file.data} />}
          {file.data.abilities.update && <EditVolunteer volunteer={v} />}
          <HoursTable file={file.data} />
        </>
      )}
    </QueryState>
  );
}

function HoursTable({ file }: { file: VolunteerFile }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('volunteers.hours.title')}</h2>
      {file.hours.length === 0 ? (
        <p>{t('volunteers.hours.none')}</p>
      ) : (
        <DataTable id="hours-caption" caption={t('volunteers.hours.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('volunteers.hours.date')}</th>
              <th scope="col">{t('volunteers.hours.hours')}</th>
              <th scope="col">{t('volunteers.hours.description')}</th>
            </tr>
          </thead>
          <tbody>
            {file.hours.map((h) => (
              <tr key={h.id}>
                <td>
                  <FormattedDate value={h.workedOn} dateStyle="medium" timeZone="UTC" />
                </td>
                <td>
                  <FormattedNumber value={h.hours} maximumFractionDigits={2} />
                </td>
                <td>{h.description}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

function HoursForm({ file }: { file: VolunteerFile }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState('');
  const id = file.volunteer.id;
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => recordHours(id, body),
    onMutate: () => setMessage(''),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['volunteer', id] });
      await queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      errorState.clear();
      setRound((n) => n + 1);
      setMessage(t('volunteers.hours.added'));
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels = {
    workedOn: t('volunteers.hours.date'),
    hours: t('volunteers.hours.hours'),
    description: t('volunteers.hours.description'),
    programmeId: t('workshops.programme.label'),
  };
  return (
    <section className="section" aria-labelledby="add-hours">
      <h2 id="add-hours">{t('volunteers.hours.add')}</h2>
      <p role="status" className="status">
        {message}
      </p>
      <FormShell
        key={round}
        errorState={errorState}
        labels={labels}
        submitLabel={t('volunteers.hours.submit')}
        isPending={mutation.isPending}
        onSubmit={(data) => {
          const values = {
            workedOn: text(data, 'workedOn'),
            hours: text(data, 'hours').replace(',', '.'),
            description: text(data, 'description'),
          };
          const missing = requireFields(values, Object.keys(values), t('form.required'));
          if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
          mutation.mutate({
            ...values,
            hours: Number(values.hours),
            programmeId: programmeValue(text(data, 'programmeId')),
            activityId: null,
          });
        }}
      >
        <TextInput
          name="workedOn"
          type="date"
          label={labels.workedOn}
          defaultValue={localToday()}
          isRequired
        />
        <TextInput name="hours" label={labels.hours} inputMode="numeric" isRequired />
        <TextAreaInput name="description" label={labels.description} />
        <ProgrammeSelect name="programmeId" label={labels.programmeId} />
      </FormShell>
    </section>
  );
}
