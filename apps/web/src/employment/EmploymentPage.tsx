import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  accommodations,
  actsAsEmployer,
  createVacancy,
  listEmployers,
  listJobSeekers,
  listVacancies,
  publishingMemberships,
  skills,
  workHours,
} from './api';

/**
 * Employment work: the vacancies to match job seekers to, the job seekers, and the placements. An employer's
 * staff see their own vacancies only.
 */
export function EmploymentPage() {
  const t = useT();
  const employerOnly = actsAsEmployer(useSignedInSession());
  const regions = useRegionOptions();
  const vacancies = useQuery({ queryKey: ['employment', 'vacancies'], queryFn: () => listVacancies() });
  const items = vacancies.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('employment.title')} />
      <p>{t(employerOnly ? 'employment.introEmployer' : 'employment.intro')}</p>
      {!employerOnly && (
        <p className="actions">
          <Link className="button" to="/employment/placements">
            {t('employment.placements.title')}
          </Link>
        </p>
      )}
      <section className="section" aria-labelledby="vacancies">
        <h2 id="vacancies">{t('employment.vacancies.title')}</h2>
        <QueryState query={vacancies}>
          {items.length === 0 ? (
            <p>{t('employment.vacancies.none')}</p>
          ) : (
            <ul className="card-list">
              {items.map((v) => (
                <li key={v.id} className="card">
                  <Link to={`/employment/vacancies/${v.id}`}>{v.title}</Link>
                  <p>
                    {v.employerName} · {regions.nameOf(v.regionId)} · {t(`employment.hours.${v.hours}`)} ·{' '}
                    {t(`employment.status.${v.status}`)}
                  </p>
                  <p>{t('employment.vacancies.proposals', { count: v.proposals })}</p>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
      <NewVacancy />
      {!employerOnly && <JobSeekers />}
    </>
  );
}

function JobSeekers() {
  const t = useT();
  const seekers = useQuery({ queryKey: ['employment', 'seekers'], queryFn: listJobSeekers });
  const items = seekers.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="job-seekers">
      <h2 id="job-seekers">{t('employment.seekers.title')}</h2>
      <p>{t('employment.seekers.hint')}</p>
      <QueryState query={seekers}>
        {items.length === 0 ? (
          <p>{t('employment.seekers.none')}</p>
        ) : (
          <DataTable id="seekers-caption" caption={t('employment.seekers.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('employment.seekers.name')}</th>
                <th scope="col">{t('employment.profile.readiness')}</th>
                <th scope="col">{t('employment.profile.consent')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/persons/${s.personId}/job-profile`}>
                      {s.familyName} {s.givenName}
                    </Link>
                  </th>
                  <td>{t(`employment.readiness.${s.readiness}`)}</td>
                  <td>
                    {t(s.consented ? 'employment.seekers.consented' : 'employment.seekers.notConsented')}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}

function NewVacancy() {
  const t = useT();
  const navigate = useNavigate();
  const session = useSignedInSession();
  const publishers = publishingMemberships(session);
  const regions = useRegionOptions();
  const employers = useQuery({ queryKey: ['employment', 'employers'], queryFn: listEmployers });
  const add = useRecordAction(
    [['employment']],
    async (body: unknown) => navigate(`/employment/vacancies/${(await createVacancy(body)).id}`),
    t('employment.vacancy.created'),
  );
  if (publishers.length === 0) return null;
  const own = publishers.find((m) => m.roles.includes('employer'));
  const labels = {
    title: t('employment.vacancy.titleLabel'),
    employerId: t('employment.vacancy.employer'),
    publisherOrganisationId: t('employment.vacancy.publisher'),
    regionId: t('employment.vacancy.region'),
    hours: t('employment.vacancy.hours'),
    currency: t('employment.vacancy.currency'),
    payFrom: t('employment.vacancy.payFrom'),
    payTo: t('employment.vacancy.payTo'),
  };
  const number = (data: FormData, name: string) => (text(data, name) ? Number(text(data, name)) : null);
  return (
    <section className="section" aria-labelledby="new-vacancy">
      <h2 id="new-vacancy">{t('employment.vacancy.new')}</h2>
      <details className="subform">
        <summary>{t('employment.vacancy.new')}</summary>
        <FormShell
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('employment.vacancy.create')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = {
              title: text(data, 'title'),
              employerId: own?.organisationId ?? text(data, 'employerId'),
              publisherOrganisationId:
                own?.organisationId ??
                (text(data, 'publisherOrganisationId') || publishers[0]?.organisationId),
              regionId: text(data, 'regionId'),
              hours: text(data, 'hours'),
              currency: text(data, 'currency'),
            };
            const missing = requireFields(body, Object.keys(body), t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate({
              ...body,
              payFrom: number(data, 'payFrom'),
              payTo: number(data, 'payTo'),
              skills: data.getAll('skills').map(String),
              accommodationsOffered: data.getAll('accommodationsOffered').map(String),
            });
          }}
        >
          <TextInput name="title" label={labels.title} isRequired />
          {!own && (
            <SelectInput
              name="employerId"
              label={labels.employerId}
              placeholder={t('form.choose')}
              options={(employers.data?.items ?? []).map((e) => ({ id: e.id, label: e.name }))}
              isRequired
            />
          )}
          {!own && publishers.length > 1 && (
            <SelectInput
              name="publisherOrganisationId"
              label={labels.publisherOrganisationId}
              placeholder={t('form.choose')}
              options={publishers.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
              defaultValue={publishers[0]?.organisationId}
            />
          )}
          <SelectInput
            name="regionId"
            label={labels.regionId}
            placeholder={t('form.choose')}
            options={regions.options}
            isRequired
          />
          <SelectInput
            name="hours"
            label={labels.hours}
            placeholder={t('form.choose')}
            options={workHours.map((h) => ({ id: h, label: t(`employment.hours.${h}`) }))}
            isRequired
          />
          <SelectInput
            name="currency"
            placeholder={t('form.choose')}
            label={labels.currency}
            options={['KGS', 'KZT'].map((c) => ({ id: c, label: c }))}
            defaultValue="KGS"
            isRequired
          />
          <TextInput name="payFrom" label={labels.payFrom} inputMode="numeric" />
          <TextInput name="payTo" label={labels.payTo} inputMode="numeric" />
          <CheckboxGroupInput
            name="skills"
            label={t('employment.vacancy.skills')}
            options={skills.map((s) => ({ id: s, label: t(`employment.skill.${s}`) }))}
          />
          <CheckboxGroupInput
            name="accommodationsOffered"
            label={t('employment.vacancy.accommodations')}
            options={accommodations.map((a) => ({ id: a, label: t(`employment.accommodation.${a}`) }))}
          />
        </FormShell>
      </details>
    </section>
  );
}
