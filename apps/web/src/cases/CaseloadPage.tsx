import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { Caseload } from './Caseload';

export function CaseloadPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('caseload.title')} />
      <Caseload />
    </>
  );
}
