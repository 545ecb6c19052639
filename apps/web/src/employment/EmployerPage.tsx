import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { type Employer, employerOf, premisesFeatures } from './api';
import { EmployerForm, mayKeepDetails } from './EmployerForm';
import { QuotaSentence } from './Quota';
import { VacanciesSection } from './VacanciesSection';

/**
 * An employer: its size and sector, the quota it keeps and how far it is from it, what its premises offer a
 * person with a disability, whom to talk to, and its vacancies. Its staff and its keeper change the details.
 */
export function EmployerPage() {
  const { id = '' } = useParams();
  const t = useT();
  const session = useSignedInSession();
  const file = useQuery({ queryKey: ['employment', 'employer', id], queryFn: () => employerOf(id) });
  const employer = file.data?.employer;
  return (
    <>
      <PageHeading title={employer?.name ?? t('employment.employer.title')} />
      <p>
        <Link to="/employment/employers">{t('employment.employers.back')}</Link>
      </p>
      <QueryState query={file}>
        {employer && file.data && (
          <>
            <p className="notice" id="quota">
              <QuotaSentence employer={employer} />
            </p>
            <About employer={employer} />
            <Premises employer={employer} />
            <Contacts employer={employer} />
            <VacanciesSection employerId={employer.id} />
            {mayKeepDetails(session, employer, file.data.abilities.update) && (
              <EmployerForm employer={employer} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

function About({ employer }: { employer: Employer }) {
  const t = useT();
  const regions = useRegionOptions();
  const details = employer.details;
  return (
    <dl className="details">
      <dt>{t('employment.employer.region')}</dt>
      <dd>{regions.nameOf(employer.regionId) ?? '—'}</dd>
      <dt>{t('employment.employer.address')}</dt>
      <dd>{employer.address || '—'}</dd>
      <dt>{t('employment.employer.sector')}</dt>
      <dd>{details?.sector ? t(`employment.sector.${details.sector}`) : '—'}</dd>
      <dt>{t('employment.employer.headcount')}</dt>
      <dd>{details?.headcount ?? '—'}</dd>
      <dt>{t('employment.employer.employed')}</dt>
      <dd>{details?.employeesWithDisabilities ?? '—'}</dd>
      <dt>{t('employment.employer.keeper')}</dt>
      <dd>{details ? <OrganisationName id={details.keeperOrganisationId} /> : '—'}</dd>
    </dl>
  );
}

function Premises({ employer }: { employer: Employer }) {
  const t = useT();
  const premises = employer.details?.premises;
  return (
    <section className="section" aria-labelledby="premises">
      <h2 id="premises">{t('employment.employer.premises')}</h2>
      {premises ? (
        <>
          <dl className="details">
            {premisesFeatures.map((feature) => (
              <Fragment key={feature}>
                <dt>{t(`employment.premises.${feature}`)}</dt>
                <dd>{t(premises[feature] ? 'employment.premises.yes' : 'employment.premises.no')}</dd>
              </Fragment>
            ))}
          </dl>
          {premises.note && <p className="text-block">{premises.note}</p>}
        </>
      ) : (
        <p>{t('employment.employer.notAssessed')}</p>
      )}
    </section>
  );
}

function Contacts({ employer }: { employer: Employer }) {
  const t = useT();
  const contacts = employer.details?.contacts ?? [];
  return (
    <section className="section" aria-labelledby="contacts">
      <h2 id="contacts">{t('employment.employer.contacts')}</h2>
      {contacts.length === 0 ? (
        <p>{t('employment.employer.noContacts')}</p>
      ) : (
        <ul className="card-list">
          {contacts.map((c) => (
            <li key={`${c.name}-${c.phone}-${c.email}`} className="card">
              <strong>{c.name}</strong>
              {c.position && <p>{c.position}</p>}
              {c.phone && (
                <p>
                  <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
                </p>
              )}
              {c.email && (
                <p>
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
