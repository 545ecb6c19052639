import { NavLink } from 'react-router';
import { visitingMemberships } from '../activities/api';
import { type Session, worksWithPersons } from '../auth/session';
import { mayUseDesk } from '../consultations/api';
import { useT } from '../i18n/useT';

interface NavItem {
  to: string;
  label: string;
  allowed: boolean;
}

/** Only what the person may use: the server's abilities decide, the UI just follows them. */
export function PrimaryNav({ session }: { session: Session }) {
  const t = useT();
  const { abilities } = session;
  const persons = worksWithPersons(session);
  const employs = session.memberships.some((m) => m.roles.includes('employer'));
  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), allowed: true },
    { to: '/caseload', label: t('nav.caseload'), allowed: persons },
    { to: '/persons', label: t('nav.persons'), allowed: persons },
    { to: '/referrals', label: t('nav.referrals'), allowed: persons },
    { to: '/consultations', label: t('desk.nav'), allowed: mayUseDesk(session) },
    { to: '/programmes', label: t('programmes.nav'), allowed: true },
    { to: '/activities', label: t('activities.nav'), allowed: session.memberships.length > 0 },
    {
      to: '/facilitators',
      label: t('activities.facilitators.nav'),
      allowed: visitingMemberships(session).length > 0,
    },
    { to: '/workshops', label: t('workshops.nav'), allowed: persons },
    { to: '/childcare', label: t('childcare.nav'), allowed: session.memberships.length > 0 },
    { to: '/volunteers', label: t('volunteers.nav'), allowed: persons },
    { to: '/employment', label: t('employment.nav'), allowed: persons || employs },
    { to: '/knowledge', label: t('kb.nav'), allowed: true },
    { to: '/organisations', label: t('nav.organisations'), allowed: true },
    { to: '/networks', label: t('nav.networks'), allowed: true },
    { to: '/users', label: t('nav.users'), allowed: abilities.manageUsers },
    { to: '/audit', label: t('nav.audit'), allowed: abilities.viewAudit },
  ];
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul>
        {items
          .filter((item) => item.allowed)
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {item.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
