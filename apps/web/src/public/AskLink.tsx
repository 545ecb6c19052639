import { Link } from 'react-router';
import { useT } from '../i18n/useT';

/** For people who have no account: the public question form, from the sign-in page. */
export function AskLink() {
  const t = useT();
  return (
    <p className="ask-link">
      {t('ask.fromSignIn')} <Link to="/ask">{t('ask.fromSignIn.link')}</Link>
    </p>
  );
}
