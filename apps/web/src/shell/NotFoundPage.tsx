import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
