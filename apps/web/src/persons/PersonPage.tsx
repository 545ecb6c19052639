import { FormattedDate } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { ageOf, type FullPerson, fullName, type SharedPerson } from './api';
import { Consents } from './Consents';
import { FunctioningHistory } from './FunctioningHistory';
import { MergeDuplicate } from './MergeDuplicate';
import { PersonDetails } from './PersonDetails';
import { PersonTimeline } from './PersonTimeline';
import { Relatives } from './Relatives';
import { usePerson } from './usePerson';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function FullRecord({ detail }: { detail: FullPerson }) {
  const t = useT();
  const { person, abilities } = detail;
  const age = ageOf(person);
  return (
    <>
      <div className="actions">
        {abilities.update && (
          <Link className="button" to={`/persons/${person.id}/edit`}>
            {t('person.edit')}
          </Link>
        )}
        {abilities.update && (
          <Link className="button" to={`/persons/${person.id}/job-profile`}>
            {t('employment.profile.open')}
          </Link>
        )}
        {abilities.update && (
          <Link className="button" to={`/persons/${person.id}/cases/new`}>
            {t('case.open')}
          </Link>
        )}
        {abilities.refer && (
          <Link className="button" to={`/persons/${person.id}/refer`}>
            {t('referral.new')}
          </Link>
        )}
        {abilities.update && (age === null || age >= 2) && (
          <Link className="button" to={`/persons/${person.id}/functioning`}>
            {t('functioning.record')}
          </Link>
        )}
      </div>
      <Section id="person-details" title={t('person.details')}>
        <PersonDetails person={person} />
      </Section>
      <Section id="person-cases" title={t('person.cases')}>
        {detail.cases.length === 0 ? (
          <p>{t('person.noCases')}</p>
        ) : (
          <ul className="card-list">
            {detail.cases.map((item) => (
              <li key={item.id} className="card">
                <Link to={`/cases/${item.id}`}>{t(`case.kind.${item.kind}`)}</Link>
                <p>
                  {t(`case.state.${item.state}`)} · {t('case.openedOn')}{' '}
                  <FormattedDate value={item.openedOn} dateStyle="medium" timeZone="UTC" />
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="person-timeline" title={t('person.timeline')}>
        <PersonTimeline detail={detail} />
      </Section>
      <Section id="person-functioning" title={t('functioning.title')}>
        <FunctioningHistory detail={detail} />
      </Section>
      <Section id="person-relatives" title={t('relatives.title')}>
        <Relatives detail={detail} />
      </Section>
      <Section id="person-consents" title={t('consent.title')}>
        <Consents detail={detail} />
      </Section>
      {abilities.merge && (
        <Section id="person-merge" title={t('merge.title')}>
          <MergeDuplicate detail={detail} />
        </Section>
      )}
      <Section id="person-referrals" title={t('person.referrals')}>
        {detail.referrals.length === 0 ? (
          <p>{t('person.noReferrals')}</p>
        ) : (
          <ul className="card-list">
            {detail.referrals.map((referral) => (
              <li key={referral.id} className="card">
                <Link to={`/referrals/${referral.id}`}>{referral.service}</Link>
                <p>
                  <OrganisationName id={referral.toOrganisationId} /> ·{' '}
                  {t(`referral.status.${referral.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function SharedRecord({ detail }: { detail: SharedPerson }) {
  const t = useT();
  const parts = detail.sharedParts.map((part) => t(`share.part.${part}`)).join(', ');
  return (
    <>
      <p className="notice">
        {t('person.sharedNote', { parts })} <OrganisationName id={detail.person.ownerOrganisationId} />
      </p>
      <PersonDetails person={detail.person} />
    </>
  );
}

export function PersonPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const message = (location.state as { message?: string } | null)?.message;
  const detail = usePerson(id);
  const title = detail.data ? fullName(detail.data.person) : t('person.title');
  return (
    <>
      <PageHeading title={title} />
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <QueryState query={detail}>
        {detail.data?.access === 'full' && <FullRecord detail={detail.data} />}
        {detail.data?.access === 'shared' && <SharedRecord detail={detail.data} />}
      </QueryState>
    </>
  );
}
