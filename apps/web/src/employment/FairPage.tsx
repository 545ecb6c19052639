import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { PersonPicker } from '../persons/PersonPicker';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type FairInterview,
  type FairRegistration,
  fairAccessibilityNeeds,
  fairOf,
  interviewOutcomes,
  recordOutcome,
  registerForFair,
  scheduleInterview,
} from './api';

/** A job fair: who registered and what they need to take part, the interviews and what came of them. */
export function FairPage() {
  const { id = '' } = useParams();
  const t = useT();
  const fair = useQuery({ queryKey: ['employment', 'fair', id], queryFn: () => fairOf(id) });
  const registrations = fair.data?.registrations ?? [];
  const name = (regId: string) => registrations.find((r) => r.id === regId)?.name ?? t('persons.nameHidden');
  return (
    <>
      <PageHeading title={t('employment.fair.title')} />
      <p>
        <Link to={`/activities/${id}`}>{t('employment.fair.back')}</Link>
      </p>
      <QueryState query={fair}>
        <DataTable id="registrations-caption" caption={t('employment.fair.registrations')}>
          <thead>
            <tr>
              <th scope="col">{t('employment.fair.name')}</th>
              <th scope="col">{t('employment.fair.role')}</th>
              <th scope="col">{t('employment.fair.needs')}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name ?? t('persons.nameHidden')}</th>
                <td>{t(`employment.fair.role.${r.role}`)}</td>
                <td>{r.accessibilityNeeds.map((n) => t(`employment.need.${n}`)).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <Register fairId={id} />
        <section className="section" aria-labelledby="interviews">
          <h2 id="interviews">{t('employment.fair.interviews')}</h2>
          <ul className="card-list">
            {(fair.data?.interviews ?? []).map((interview) => (
              <Interview
                key={interview.id}
                interview={interview}
                title={`${name(interview.seekerRegistrationId)} — ${name(interview.employerRegistrationId)}`}
              />
            ))}
          </ul>
          <Schedule fairId={id} registrations={registrations} />
        </section>
      </QueryState>
    </>
  );
}

function Register({ fairId }: { fairId: string }) {
  const t = useT();
  const [role, setRole] = useState<string | null>('job_seeker');
  const add = useRecordAction(
    [['employment']],
    (body: unknown) => registerForFair(fairId, body),
    t('employment.fair.registered'),
  );
  const labels = {
    role: t('employment.fair.role'),
    personId: t('employment.fair.seeker'),
    employerId: t('employment.fair.employer'),
  };
  return (
    <section className="section" aria-labelledby="register">
      <h2 id="register">{t('employment.fair.register')}</h2>
      <p role="status" className="status">
        {add.message}
      </p>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('employment.fair.registerSubmit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const field = role === 'employer' ? 'employerId' : 'personId';
          const values = { [field]: text(data, field) };
          const missing = requireFields(values, [field], t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate({
            role,
            ...values,
            accessibilityNeeds: data.getAll('accessibilityNeeds').map(String),
          });
        }}
      >
        <SelectInput
          name="role"
          placeholder={t('form.choose')}
          label={labels.role}
          options={(['job_seeker', 'employer'] as const).map((r) => ({
            id: r,
            label: t(`employment.fair.role.${r}`),
          }))}
          value={role}
          onChange={setRole}
          isRequired
        />
        {role === 'employer' ? (
          <OrganisationPicker name="employerId" label={labels.employerId} type="employer" isRequired />
        ) : (
          <PersonPicker name="personId" label={labels.personId} />
        )}
        <CheckboxGroupInput
          name="accessibilityNeeds"
          label={t('employment.fair.needs')}
          options={fairAccessibilityNeeds.map((n) => ({ id: n, label: t(`employment.need.${n}`) }))}
        />
      </FormShell>
    </section>
  );
}

function Schedule({ fairId, registrations }: { fairId: string; registrations: FairRegistration[] }) {
  const t = useT();
  const add = useRecordAction(
    [['employment']],
    (body: unknown) => scheduleInterview(fairId, body),
    t('employment.fair.scheduled'),
  );
  const labels = {
    seekerRegistrationId: t('employment.fair.seeker'),
    employerRegistrationId: t('employment.fair.employer'),
    scheduledAt: t('employment.fair.at'),
  };
  const of = (role: string) =>
    registrations
      .filter((r) => r.role === role && r.name !== null)
      .map((r) => ({ id: r.id, label: r.name ?? '' }));
  return (
    <details className="subform">
      <summary>{t('employment.fair.schedule')}</summary>
      <p role="status" className="status">
        {add.message}
      </p>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('employment.fair.scheduleSubmit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const values = {
            seekerRegistrationId: text(data, 'seekerRegistrationId'),
            employerRegistrationId: text(data, 'employerRegistrationId'),
            scheduledAt: text(data, 'scheduledAt'),
          };
          const missing = requireFields(values, Object.keys(values), t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate({ ...values, scheduledAt: new Date(values.scheduledAt).toISOString() });
        }}
      >
        <SelectInput
          name="seekerRegistrationId"
          label={labels.seekerRegistrationId}
          placeholder={t('form.choose')}
          options={of('job_seeker')}
          isRequired
        />
        <SelectInput
          name="employerRegistrationId"
          label={labels.employerRegistrationId}
          placeholder={t('form.choose')}
          options={of('employer')}
          isRequired
        />
        <TextInput name="scheduledAt" type="datetime-local" label={labels.scheduledAt} isRequired />
      </FormShell>
    </details>
  );
}

function Interview({ interview, title }: { interview: FairInterview; title: string }) {
  const t = useT();
  const [outcome, setOutcome] = useState<string | null>(interview.outcome);
  const save = useRecordAction(
    [['employment']],
    () => recordOutcome(interview.id, { outcome, version: interview.version }),
    t('employment.fair.outcomeSaved'),
  );
  return (
    <li className="card">
      <h3>{title}</h3>
      <p>{new Date(interview.scheduledAt).toLocaleString()}</p>
      <SelectInput
        name={`outcome-${interview.id}`}
        placeholder={t('form.choose')}
        label={t('employment.fair.outcome')}
        options={interviewOutcomes.map((o) => ({ id: o, label: t(`employment.outcome.${o}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      <Button className="button" onPress={() => save.mutation.mutate(undefined)}>
        {t('employment.fair.saveOutcome', { name: title })}
      </Button>
      <p role="status" className="status">
        {save.message}
      </p>
    </li>
  );
}
