import { NavLink } from 'react-router';
import type { Session } from '../auth/session';
import { useT } from '../i18n/useT';

interface NavItem {
  to: string;
  label: string;
  allowed: boolean;
}

/** Only what the person may use: the server's abilities decide, the UI just follows them. */
export function PrimaryNav({ abilities }: { abilities: Session['abilities'] }) {
  const t = useT();
  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), allowed: true },
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
