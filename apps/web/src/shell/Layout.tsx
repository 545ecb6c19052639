import { lazy, Suspense, useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { DisplaySettings } from './DisplaySettings';
import { applyDisplay } from './display';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PrimaryNav } from './PrimaryNav';

// The menu needs React Aria's overlays; loading them after sign-in keeps the first load light.
const UserMenu = lazy(() => import('./UserMenu').then((m) => ({ default: m.UserMenu })));

export function Layout() {
  const t = useT();
  const { data: session } = useSession();
  const { language, changeLanguage } = useLanguage();
  const storedLanguage = session?.user.language;
  const highContrast = session?.user.highContrast;
  const largeText = session?.user.largeText;

  // After sign-in the person's own choices, kept on their account, follow them to any device.
  useEffect(() => {
    if (storedLanguage && storedLanguage !== language) void changeLanguage(storedLanguage);
    // Only a change of the stored choice should switch; the switcher itself changes `language`.
  }, [storedLanguage]);
  useEffect(() => {
    if (highContrast !== undefined && largeText !== undefined) applyDisplay({ highContrast, largeText });
  }, [highContrast, largeText]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link className="brand" to="/">
            Birge
          </Link>
          <LanguageSwitcher />
          {session && (
            <Suspense fallback={null}>
              <UserMenu session={session} />
            </Suspense>
          )}
        </div>
        {session && <PrimaryNav session={session} />}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        {!session && <DisplaySettings />}
        <p>{t('shell.footer')}</p>
      </footer>
    </div>
  );
}
