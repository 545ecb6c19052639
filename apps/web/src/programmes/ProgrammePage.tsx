import { useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getDashboard, type PeriodKind, type Programme, periodKinds } from './api';
import { useWords } from './format';
import { Logframe } from './Logframe';
import { Reports } from './Reports';
import { useProgramme } from './useProgramme';
import './programmes.css';

export function isPeriodKind(value: string | null): value is PeriodKind {
  return (periodKinds as readonly (string | null)[]).includes(value);
}

/** A programme's page is its dashboard: the logframe with actual against target, live from the records. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  return (
    <QueryState query={programme}>{programme.data && <Dashboard programme={programme.data} />}</QueryState>
  );
}

function Dashboard({ programme }: { programme: Programme }) {
  const t = useT();
  const words = useWords();
  const [params] = useSearchParams();
  const asked = params.get('period');
  const period: PeriodKind = isPeriodKind(asked) ? asked : 'year';
  const dashboard = useQuery({
    queryKey: ['dashboard', programme.id, period],
    queryFn: () => getDashboard(programme.id, period),
  });
  return (
    <>
      <PageHeading title={words(programme.title)}>
        {programme.abilities.update && (
          <Link className="button" to={`/programmes/${programme.id}/edit`}>
            {t('programmes.page.edit')}
          </Link>
        )}
      </PageHeading>
      <ProgrammeFacts programme={programme} />
      <nav className="period-switch" aria-label={t('programmes.period.label')}>
        <ul>
          {periodKinds.map((kind) => (
            <li key={kind}>
              <Link to={`?period=${kind}`} aria-current={kind === period ? 'page' : undefined} replace>
                {t(`programmes.periodKind.${kind}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={dashboard}>
        {dashboard.data && <Logframe programme={programme} dashboard={dashboard.data} />}
      </QueryState>
      {programme.abilities.report && <Reports programme={programme} period={period} />}
    </>
  );
}

function ProgrammeFacts({ programme }: { programme: Programme }) {
  const t = useT();
  const words = useWords();
  const regions = useRegionOptions();
  const marker = programme.policyMarkers.find((m) => m.code === '11');
  return (
    <section className="section" aria-labelledby="programme-facts">
      <h2 id="programme-facts" className="visually-hidden">
        {t('programmes.page.facts')}
      </h2>
      {words(programme.description) && (
        <p className="programme-description">{words(programme.description)}</p>
      )}
      <dl className="details">
        <dt>{t('programmes.field.owner')}</dt>
        <dd>
          <Link to={`/organisations/${programme.ownerOrganisationId}`}>
            {programme.ownerOrganisationName}
          </Link>
        </dd>
        <dt>{t('programmes.field.status')}</dt>
        <dd>{t(`programmes.status.${programme.status}`)}</dd>
        <dt>{t('programmes.page.dates')}</dt>
        <dd>
          <FormattedDate value={programme.startDate} dateStyle="long" timeZone="UTC" /> –{' '}
          <FormattedDate value={programme.endDate} dateStyle="long" timeZone="UTC" />
        </dd>
        {programme.budget !== null && (
          <>
            <dt>{t('programmes.field.budget')}</dt>
            <dd>
              <FormattedNumber value={programme.budget} style="currency" currency={programme.currency} />
            </dd>
          </>
        )}
        {programme.participants.length > 0 && (
          <>
            <dt>{t('programmes.field.participants')}</dt>
            <dd>
              <ul className="plain-list">
                {programme.participants.map((p) => (
                  <li key={`${p.organisationId}-${p.role}`}>
                    {p.name} ({t(`programmes.role.${p.role}`)})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {programme.regionIds.length > 0 && (
          <>
            <dt>{t('programmes.field.regions')}</dt>
            <dd>{programme.regionIds.map((id) => regions.nameOf(id) ?? '').join(', ')}</dd>
          </>
        )}
        {programme.iatiIdentifier && (
          <>
            <dt>{t('programmes.field.iati')}</dt>
            <dd>{programme.iatiIdentifier}</dd>
          </>
        )}
        {marker && (
          <>
            <dt>{t('programmes.field.disabilityMarker')}</dt>
            <dd>{t(`programmes.significance.${marker.significance}`)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
