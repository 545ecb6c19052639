import { FormattedDate } from 'react-intl';
import { useT } from '../i18n/useT';
import type { FullPerson } from './api';

/** The derived status now, and each assessment with the domains at the cut-off, newest first. */
export function FunctioningHistory({ detail }: { detail: FullPerson }) {
  const t = useT();
  const status = detail.person.functionalDifficulty;
  const domain = (name: string) => t(`functioning.domain.${name}`);
  return (
    <>
      <p>
        <strong>{t('person.field.functionalDifficulty')}:</strong>{' '}
        {status ? t(`functioning.outcome.${status}`) : t('functioning.notAssessed')}
      </p>
      {detail.assessments.length > 0 && (
        <ul className="card-list">
          {detail.assessments.map((assessment) => (
            <li key={assessment.id} className="card">
              <strong>
                <FormattedDate value={assessment.assessedOn} dateStyle="medium" timeZone="UTC" /> ·{' '}
                {t(`functioning.instrument.${assessment.instrument}`)}
              </strong>
              <p>{t(`functioning.outcome.${assessment.functionalDifficulty}`)}</p>
              {assessment.result.domainsAtCutOff.length > 0 && (
                <p>
                  {t('functioning.atCutOff')}: {assessment.result.domainsAtCutOff.map(domain).join(', ')}
                </p>
              )}
              {assessment.result.missingDomains.length > 0 && (
                <p>
                  {t('functioning.missing')}: {assessment.result.missingDomains.map(domain).join(', ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
