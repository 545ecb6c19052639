import { useQuery } from '@tanstack/react-query';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { type Language, languageNames } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { accessibilityFeatures, getOrganisation } from './api';

export function OrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const regions = useRegionOptions();
  const detail = useQuery({ queryKey: ['organisation', id], queryFn: () => getOrganisation(id) });
  const organisation = detail.data?.organisation;
  const features = organisation
    ? accessibilityFeatures.filter((feature) => organisation.accessibility[feature])
    : [];

  return (
    <>
      <PageHeading title={organisation?.name ?? t('organisations.title')}>
        {detail.data?.abilities.update && (
          <Link className="button" to={`/organisations/${id}/edit`}>
            {t('common.edit')}
          </Link>
        )}
      </PageHeading>
      <QueryState query={detail}>
        {organisation && detail.data && (
          <>
            <dl className="details">
              <dt>{t('organisations.form.type')}</dt>
              <dd>{t(`organisationType.${organisation.type}`)}</dd>
              <dt>{t('organisations.form.region')}</dt>
              <dd>{regions.nameOf(organisation.regionId) ?? t('common.notGiven')}</dd>
              <dt>{t('organisations.form.address')}</dt>
              <dd>{organisation.address || t('common.notGiven')}</dd>
              <dt>{t('organisations.form.phone')}</dt>
              <dd>{organisation.phone || t('common.notGiven')}</dd>
              <dt>{t('organisations.form.email')}</dt>
              <dd>{organisation.email || t('common.notGiven')}</dd>
              <dt>{t('organisations.form.website')}</dt>
              <dd>{organisation.website || t('common.notGiven')}</dd>
              <dt>{t('organisations.form.languages')}</dt>
              <dd>
                {organisation.languages.length === 0
                  ? t('common.notGiven')
                  : organisation.languages.map((code: Language, index) => (
                      <span key={code} lang={code}>
                        {index > 0 && ', '}
                        {languageNames[code]}
                      </span>
                    ))}
              </dd>
              <dt>{t('organisations.form.description')}</dt>
              <dd>{organisation.description || t('common.notGiven')}</dd>
              <dt>{t('common.updatedAt')}</dt>
              <dd>
                <FormattedDate value={organisation.updatedAt} dateStyle="long" />
              </dd>
            </dl>
            <h2>{t('organisations.form.accessibility')}</h2>
            {features.length === 0 ? (
              <p>{t('organisations.noAccessibility')}</p>
            ) : (
              <ul>
                {features.map((feature) => (
                  <li key={feature}>{t(`accessibility.${feature}`)}</li>
                ))}
              </ul>
            )}
            {organisation.accessibility.notes && <p>{organisation.accessibility.notes}</p>}
            <h2>{t('organisations.networks')}</h2>
            {detail.data.networks.length === 0 ? (
              <p>{t('organisations.noNetworks')}</p>
            ) : (
              <ul>
                {detail.data.networks.map((network) => (
                  <li key={network.id}>
                    <Link to={`/networks/${network.id}`}>{network.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
