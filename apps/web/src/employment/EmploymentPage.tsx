import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { DataTable } from '../shell/DataTable';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { actsAsEmployer, createVacancy, listJobSeekers, publishingMemberships } from './api';
import { VacanciesSection } from './VacanciesSection';
import { useVacancyLabels, VacancyFields, vacancyFrom } from './VacancyFields';

/**
 * Employment work: the vacancies to match job seekers to, the job seekers, and the placements. An employer's
 * staff see their own vacancies only.
 */
export function EmploymentPage() {
  const t = useT();
  const session = useSignedInSession();
  const employerOnly = actsAsEmployer(session);
  return (
    <>
      <PageHeading title={t('employment.title')} />
      <p>{t(employerOnly ? 'employment.introEmployer' : 'employment.intro')}</p>
      <p className="actions">
        {!employerOnly && (
          <Link className="button" to="/employment/placements">
            {t('employment.placements.title')}
          </Link>
        )}
        <Link className="button" to="/employment/employers">
          {t('employment.employers.title')}
        </Link>
        {session.memberships
          .filter((m) => m.roles.includes('employer'))
          .map((m) => (
            <Link key={m.id} className="button" to={`/employment/employers/${m.organisationId}`}>
              {t('employment.employer.own', { name: m.organisationName })}
            </Link>
          ))}
      </p>
      <VacanciesSection />
      <NewVacancy />
      {!employerOnly && <JobSeekers />}
    </>
  );
}

function JobSeekers() {
  const t = useT();
  const seekers = useInfiniteQuery({
    queryKey: ['employment', 'seekers'],
    queryFn: ({ pageParam }) => listJobSeekers(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = seekers.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="section" aria-labelledby="job-seekers">
      <h2 id="job-seekers">{t('employment.seekers.title')}</h2>
      <p>{t('employment.seekers.hint')}</p>
      <QueryState query={seekers}>
        {items.length === 0 ? (
          <p>{t('employment.seekers.none')}</p>
        ) : (
          <>
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
            <LoadMore query={seekers} />
          </>
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
  const add = useRecordAction(
    [['employment']],
    async (body: unknown) => navigate(`/employment/vacancies/${(await createVacancy(body)).id}`),
    t('employment.vacancy.created'),
  );
  const vacancyLabels = useVacancyLabels();
  if (publishers.length === 0) return null;
  const own = publishers.find((m) => m.roles.includes('employer'));
  const labels = {
    ...vacancyLabels,
    employerId: t('employment.vacancy.employer'),
    publisherOrganisationId: t('employment.vacancy.publisher'),
  };
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
            const owners = {
              employerId: own?.organisationId ?? text(data, 'employerId'),
              publisherOrganisationId:
                own?.organisationId ??
                (text(data, 'publisherOrganisationId') || publishers[0]?.organisationId),
            };
            const { body, errors } = vacancyFrom(data, t);
            const missing = { ...requireFields(owners, ['employerId'], t('form.required')), ...errors };
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate({ ...owners, ...body });
          }}
        >
          {!own && (
            <OrganisationPicker name="employerId" label={labels.employerId} type="employer" isRequired />
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
          <VacancyFields />
        </FormShell>
      </details>
    </section>
  );
}
