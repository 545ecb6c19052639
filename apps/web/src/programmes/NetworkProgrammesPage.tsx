import { useQueries, useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { getNetwork } from '../networks/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getDashboard, listProgrammes, type Programme } from './api';
import { useWords } from './format';
import { headlineIndicators, ProgrammeByRegion, ProgrammeOverTime } from './NetworkProgrammeTrends';
import { Figure, Progress } from './Progress';
import { programmeQuery } from './useProgramme';
import './programmes.css';
import { DataTable } from '../shell/DataTable';

/**
 * A network's programmes, each with its indicators' actual against target over the programme's whole span, its
 * headline indicators year by year and by region. Each programme keeps its own figures: indicators of different
 * programmes are not added up, since the same source counted two ways does not make one figure.
 */
export function NetworkProgrammesPage() {
  const { id = '' } = useParams();
  const t = useT();
  const network = useQuery({ queryKey: ['network', id], queryFn: () => getNetwork(id) });
  const programmes = useQuery({
    queryKey: ['programmes', { networkId: id }],
    queryFn: () => listProgrammes(id),
  });
  const details = useQueries({ queries: (programmes.data?.items ?? []).map((p) => programmeQuery(p.id)) });
  const name = network.data?.network.name ?? '';
  return (
    <>
      <PageHeading title={t('programmes.network.title', { network: name })}>
        <Link className="button" to={`/networks/${id}`}>
          {t('programmes.network.back')}
        </Link>
      </PageHeading>
      <QueryState query={programmes}>
        <p role="status">
          <FormattedMessage
            id="programmes.list.shown"
            values={{ count: programmes.data?.items.length ?? 0 }}
          />
        </p>
        {details.map((detail, index) => (
          <QueryState key={programmes.data?.items[index]?.id ?? index} query={detail}>
            {detail.data && <ProgrammeFigures programme={detail.data} />}
          </QueryState>
        ))}
      </QueryState>
    </>
  );
}

function ProgrammeFigures({ programme }: { programme: Programme }) {
  const t = useT();
  const words = useWords();
  const dashboard = useQuery({
    queryKey: ['dashboard', programme.id, 'total'],
    queryFn: () => getDashboard(programme.id, 'total'),
  });
  const indicators = programme.results.flatMap((r) => r.indicators);
  const headline = headlineIndicators(programme);
  const captionId = `network-programme-${programme.id}`;
  return (
    <section className="section" aria-labelledby={`${captionId}-title`}>
      <h2 id={`${captionId}-title`}>
        <Link to={`/programmes/${programme.id}`}>{words(programme.title)}</Link>
      </h2>
      <p>
        {programme.ownerOrganisationName} · {t(`programmes.status.${programme.status}`)}
      </p>
      <QueryState query={dashboard}>
        {indicators.length === 0 ? (
          <p>{t('programmes.network.noIndicators')}</p>
        ) : (
          <DataTable
            id={captionId}
            caption={t('programmes.network.caption', { programme: words(programme.title) })}
          >
            <thead>
              <tr>
                <th scope="col">{t('programmes.indicator.name')}</th>
                <th scope="col">{t('programmes.indicator.actual')}</th>
                <th scope="col">{t('programmes.indicator.target')}</th>
                <th scope="col">{t('programmes.logframe.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const values = dashboard.data?.indicators.find((i) => i.id === indicator.id);
                const title = `${indicator.code} ${words(indicator.title)}`;
                return (
                  <tr key={indicator.id}>
                    <th scope="row">
                      <Link to={`/programmes/${programme.id}/indicators/${indicator.id}`}>{title}</Link>
                    </th>
                    <td>
                      <Figure value={values?.total.actual ?? null} />
                    </td>
                    <td>
                      <Figure value={values?.total.target ?? null} />
                    </td>
                    <td>
                      <Progress
                        actual={values?.total.actual ?? null}
                        target={values?.total.target ?? null}
                        label={title}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </QueryState>
      {headline.length > 0 && (
        <>
          <ProgrammeOverTime programme={programme} headline={headline} />
          <ProgrammeByRegion programme={programme} headline={headline} />
        </>
      )}
    </section>
  );
}
