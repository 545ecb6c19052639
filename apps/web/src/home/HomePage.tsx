import { Link } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';

export function HomePage() {
  const t = useT();
  const session = useSignedInSession();
  const { abilities } = session;
  return (
    <>
      <PageHeading title={t('home.title', { name: session.user.name })} />
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
