import { Link } from 'react-router';
import { useSignedInSession, worksWithPersons } from '../auth/session';
import { Caseload } from '../cases/Caseload';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';

export function HomePage() {
  const t = useT();
  const session = useSignedInSession();
  const { abilities } = session;
  return (
    <>
      <PageHeading title={t('home.title', { name: session.user.name })} />
      {worksWithPersons(session) && (
        <section aria-labelledby="home-caseload">
          <h2 id="home-caseload">{t('caseload.title')}</h2>
          <div className="actions">
            <Link className="button button--primary" to="/persons/new">
              {t('persons.new')}
            </Link>
            <Link className="button" to="/persons">
              {t('nav.persons')}
            </Link>
            <Link className="button" to="/referrals">
              {t('nav.referrals')}
            </Link>
          </div>
          <Caseload headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="home-organisations">
        <h2 id="home-organisations">{t('home.myOrganisations')}</h2>
        {session.memberships.length === 0 ? (
          <p>{t('home.noMemberships')}</p>
        ) : (
          <ul className="card-list">
            {session.memberships.map((membership) => (
              <li key={membership.id} className="card">
                <Link to={`/organisations/${membership.organisationId}`}>{membership.organisationName}</Link>
                <p>
                  {t('home.roles')}: {membership.roles.map((role) => t(`role.${role}`)).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )}
        {session.user.platformAdmin && <p>{t('home.platformAdmin')}</p>}
      </section>
      <section aria-labelledby="home-links">
        <h2 id="home-links">{t('home.quickLinks')}</h2>
        <ul className="quick-links">
          <li>
            <Link to="/organisations">{t('home.findOrganisation')}</Link>
          </li>
          {abilities.createOrganisation && (
            <li>
              <Link to="/organisations/new">{t('organisations.new')}</Link>
            </li>
          )}
          <li>
            <Link to="/networks">{t('nav.networks')}</Link>
          </li>
          {abilities.manageUsers && (
            <li>
              <Link to="/users/invite">{t('users.invite')}</Link>
            </li>
          )}
          {abilities.viewAudit && (
            <li>
              <Link to="/audit">{t('nav.audit')}</Link>
            </li>
          )}
          <li>
            <Link to="/profile">{t('shell.profile')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
