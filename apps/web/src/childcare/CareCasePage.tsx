import { useQuery } from '@tanstack/react-query';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { type CareCaseFile, getCareCase, markStepDone } from './api';
import { CareRecordForm, PlacementForm, TransitionStepForm } from './CareCaseForms';
import { CountTable } from './CountTable';
import { DoneToday } from './DoneToday';

/** A child's deinstitutionalisation file: assessments and views, the transition plan, the placements. */
export function CareCasePage() {
  const { id = '' } = useParams();
  const t = useT();
  const file = useQuery({ queryKey: ['childcare', 'case', id], queryFn: () => getCareCase(id) });
  return (
    <>
      <PageHeading title={t('childcare.case.title')} />
      <p>
        <Link to={`/cases/${id}`}>{t('childcare.case.toCase')}</Link>
      </p>
      <QueryState query={file}>{file.data && <CareCase caseId={id} file={file.data} />}</QueryState>
    </>
  );
}

function CareCase({ caseId, file }: { caseId: string; file: CareCaseFile }) {
  const t = useT();
  return (
    <>
      <section className="section" aria-labelledby="care-records">
        <h2 id="care-records">{t('childcare.records.title')}</h2>
        {file.records.length === 0 ? (
          <p>{t('childcare.records.none')}</p>
        ) : (
          <ul className="card-list">
            {file.records.map((r) => (
              <li key={r.id} className="card">
                <h3>{t(`childcare.record.${r.kind}`)}</h3>
                <p>
                  <FormattedDate value={r.recordedOn} dateStyle="long" timeZone="UTC" />
                  {r.arrangement && ` — ${t(`childcare.arrangement.${r.arrangement}`)}`}
                </p>
                <p>{r.text}</p>
              </li>
            ))}
          </ul>
        )}
        {file.abilities.work && <CareRecordForm caseId={caseId} />}
      </section>
      <section className="section" aria-labelledby="transition-plan">
        <h2 id="transition-plan">{t('childcare.steps.title')}</h2>
        <CountTable
          id="steps-caption"
          caption={t('childcare.steps.caption')}
          headers={[
            t('childcare.step.step'),
            t('childcare.step.responsible'),
            t('childcare.dueOn'),
            t('childcare.doneOn'),
          ]}
          rows={file.steps.map((s) => ({
            key: s.id,
            cells: [
              s.step,
              s.responsible,
              <FormattedDate key="due" value={s.dueOn} dateStyle="medium" timeZone="UTC" />,
              s.doneOn ? (
                <FormattedDate key="done" value={s.doneOn} dateStyle="medium" timeZone="UTC" />
              ) : (
                t('childcare.notYet')
              ),
            ],
          }))}
        />
        {file.abilities.work && (
          <>
            <DoneToday
              items={file.steps}
              label={(s) => t('childcare.step.markDone', { step: s.step })}
              mark={markStepDone}
              done={t('childcare.step.marked')}
            />
            <TransitionStepForm caseId={caseId} />
          </>
        )}
      </section>
      <section className="section" aria-labelledby="case-placements">
        <h2 id="case-placements">{t('childcare.placements.title')}</h2>
        <ul>
          {file.placements.map((p) => (
            <li key={p.id}>
              <Link to={`/childcare/placements/${p.id}`}>
                {t(`childcare.type.${p.type}`)},{' '}
                <FormattedDate value={p.startedOn} dateStyle="medium" timeZone="UTC" />
              </Link>
            </li>
          ))}
        </ul>
        {file.abilities.work && <PlacementForm caseId={caseId} />}
      </section>
    </>
  );
}
