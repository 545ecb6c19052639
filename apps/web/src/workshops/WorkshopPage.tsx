import { useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { useRegionOptions } from '../regions/api';
import { DataTable } from '../shell/DataTable';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getWorkshop, type WorkshopFile, workshopKey } from './api';
import { AddModuleForm, EnrolForm } from './ProgrammeForms';
import { enrolled, OutcomeForm, ProgressForm } from './TraineeForms';

/** A workshop: its programme of modules, its trainees with their progress, and the forms that move them on. */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const t = useT();
  const file = useQuery({ queryKey: workshopKey(id), queryFn: () => getWorkshop(id) });
  return (
    <QueryState query={file}>
      {file.data && (
        <>
          <PageHeading title={file.data.workshop.name} />
          <WorkshopDetails file={file.data} />
          <nav aria-label={t('workshops.logs')} className="quick-links">
            <Link to={`/workshops/${id}/production`}>{t('workshops.production.title')}</Link>
            <Link to={`/workshops/${id}/sales`}>{t('workshops.sales.title')}</Link>
          </nav>
          <Modules file={file.data} />
          <Trainees file={file.data} />
        </>
      )}
    </QueryState>
  );
}

function WorkshopDetails({ file }: { file: WorkshopFile }) {
  const t = useT();
  const regions = useRegionOptions();
  const { workshop } = file;
  const region = regions.nameOf(workshop.regionId);
  return (
    <dl className="details">
      <dt>{t('workshops.kindLabel')}</dt>
      <dd>{t(`workshops.kind.${workshop.kind}`)}</dd>
      <dt>{t('workshops.organisation')}</dt>
      <dd>
        <OrganisationName id={workshop.organisationId} />
      </dd>
      {region && (
        <>
          <dt>{t('workshops.region')}</dt>
          <dd>{region}</dd>
        </>
      )}
      {workshop.address && (
        <>
          <dt>{t('workshops.address')}</dt>
          <dd>{workshop.address}</dd>
        </>
      )}
      {workshop.capacity !== null && (
        <>
          <dt>{t('workshops.capacity')}</dt>
          <dd>{workshop.capacity}</dd>
        </>
      )}
    </dl>
  );
}

function Modules({ file }: { file: WorkshopFile }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="modules-heading">
      <h2 id="modules-heading">{t('workshops.modules.title')}</h2>
      {file.modules.length === 0 ? (
        <p>{t('workshops.modules.none')}</p>
      ) : (
        <ol>
          {file.modules.map((m) => (
            <li key={m.id}>
              {m.title} — <FormattedMessage id="workshops.modules.hours" values={{ hours: m.hours }} />
            </li>
          ))}
        </ol>
      )}
      {file.abilities.addModule && <AddModuleForm workshopId={file.workshop.id} />}
    </section>
  );
}

function Trainees({ file }: { file: WorkshopFile }) {
  const t = useT();
  const date = (value: string) => <FormattedDate value={value} dateStyle="medium" timeZone="UTC" />;
  return (
    <section className="section" aria-labelledby="trainees-heading">
      <h2 id="trainees-heading">{t('workshops.trainees.title')}</h2>
      {file.trainees.length === 0 ? (
        <p>{t('workshops.trainees.none')}</p>
      ) : (
        <DataTable id="trainees-caption" caption={t('workshops.trainees.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('workshops.trainees.name')}</th>
              <th scope="col">{t('workshops.trainees.started')}</th>
              <th scope="col">{t('workshops.trainees.progress')}</th>
              <th scope="col">{t('workshops.trainees.status')}</th>
            </tr>
          </thead>
          <tbody>
            {file.trainees.map((trainee) => (
              <tr key={trainee.id}>
                <th scope="row">
                  {trainee.name === null ? (
                    t('persons.nameHidden')
                  ) : (
                    <Link to={`/persons/${trainee.personId}`}>{trainee.name}</Link>
                  )}
                </th>
                <td>{date(trainee.startedOn)}</td>
                <td>
                  <FormattedMessage id="workshops.trainees.modulesDone" values={trainee.progress} />
                </td>
                <td>
                  {t(`workshops.status.${trainee.status}`)}
                  {trainee.completedOn && <> · {date(trainee.completedOn)}</>}
                  {trainee.leftOn && (
                    <>
                      {' '}
                      · {date(trainee.leftOn)}: {trainee.leavingReason}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {file.abilities.enrol && <EnrolForm workshopId={file.workshop.id} />}
      {file.abilities.markProgress && enrolled(file).length > 0 && (
        <>
          <ProgressForm file={file} />
          <OutcomeForm file={file} />
        </>
      )}
    </section>
  );
}
