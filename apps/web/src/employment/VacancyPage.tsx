import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { type Vacancy, vacancyOf } from './api';
import { Candidates } from './Candidates';
import { useItemLabel } from './Explanation';
import { Proposals } from './Proposals';
import { VacancyEditor } from './VacancyEditor';

/** A vacancy in full, the candidates proposed for it, and every job seeker ranked for it with the reasons. */
export function VacancyPage() {
  const { id = '' } = useParams();
  const t = useT();
  const file = useQuery({ queryKey: ['employment', 'vacancy', id], queryFn: () => vacancyOf(id) });
  const vacancy = file.data?.vacancy;
  return (
    <>
      <PageHeading title={vacancy?.title ?? t('employment.vacancy.title')} />
      <p>
        <Link to="/employment">{t('employment.back')}</Link>
      </p>
      <QueryState query={file}>
        {vacancy && file.data && (
          <>
            <VacancyDetails vacancy={vacancy} />
            {file.data.abilities.update && <VacancyEditor vacancy={vacancy} />}
            <Proposals
              vacancyId={id}
              proposals={file.data.proposals}
              mayAnswer={file.data.abilities.answerProposal}
            />
            <Candidates vacancyId={id} mayPropose={file.data.abilities.propose} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** The pay in words: a range, a floor, a ceiling, or not stated. */
function usePay() {
  const t = useT();
  const intl = useIntl();
  return ({ payFrom, payTo, currency }: Vacancy) => {
    const values = {
      from: payFrom === null ? '' : intl.formatNumber(payFrom),
      to: payTo === null ? '' : intl.formatNumber(payTo),
      currency: t(`employment.currency.${currency}`),
    };
    if (payFrom !== null && payTo !== null)
      return t(payFrom === payTo ? 'employment.pay.exact' : 'employment.pay.range', values);
    if (payFrom !== null) return t('employment.pay.from', values);
    if (payTo !== null) return t('employment.pay.to', values);
    return t('employment.pay.none');
  };
}

function VacancyDetails({ vacancy }: { vacancy: Vacancy }) {
  const t = useT();
  const regions = useRegionOptions();
  const pay = usePay();
  const label = useItemLabel();
  const list = (items: string[]) => items.map(label).join(', ') || '—';
  return (
    <>
      <dl className="details">
        <dt>{t('employment.vacancy.employer')}</dt>
        <dd>
          <Link to={`/employment/employers/${vacancy.employerId}`}>
            <OrganisationName id={vacancy.employerId} />
          </Link>
        </dd>
        {vacancy.publisherOrganisationId !== vacancy.employerId && (
          <>
            <dt>{t('employment.vacancy.publisher')}</dt>
            <dd>
              <OrganisationName id={vacancy.publisherOrganisationId} />
            </dd>
          </>
        )}
        <dt>{t('employment.vacancy.status')}</dt>
        <dd>{t(`employment.status.${vacancy.status}`)}</dd>
        <dt>{t('employment.vacancy.region')}</dt>
        <dd>{regions.nameOf(vacancy.regionId)}</dd>
        <dt>{t('employment.vacancy.address')}</dt>
        <dd>{vacancy.address || '—'}</dd>
        <dt>{t('employment.vacancy.sector')}</dt>
        <dd>{vacancy.sector ? t(`employment.sector.${vacancy.sector}`) : '—'}</dd>
        <dt>{t('employment.vacancy.hours')}</dt>
        <dd>{t(`employment.hours.${vacancy.hours}`)}</dd>
        <dt>{t('employment.vacancy.pay')}</dt>
        <dd>{pay(vacancy)}</dd>
        <dt>{t('employment.vacancy.openings')}</dt>
        <dd>{t('employment.vacancy.openingsCount', { count: vacancy.openings })}</dd>
        <dt>{t('employment.vacancy.skills')}</dt>
        <dd>{list(vacancy.skills)}</dd>
        <dt>{t('employment.vacancy.accommodations')}</dt>
        <dd>{list(vacancy.accommodationsOffered)}</dd>
      </dl>
      <section className="section" aria-labelledby="vacancy-description">
        <h2 id="vacancy-description">{t('employment.vacancy.description')}</h2>
        <p className="text-block">{vacancy.description || t('employment.vacancy.noDescription')}</p>
        <h3>{t('employment.vacancy.requirements')}</h3>
        <p className="text-block">{vacancy.requirements || t('employment.vacancy.noRequirements')}</p>
      </section>
    </>
  );
}
