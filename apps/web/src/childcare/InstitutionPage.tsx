import { useQuery } from '@tanstack/react-query';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { QueryState } from '../shell/QueryState';
import { getInstitution, type InstitutionFile, institutionAgeBands, markMilestoneDone } from './api';
import { ChildcareHeading } from './ChildcareHeading';
import { ChildrenNow } from './ChildrenNow';
import { CountTable } from './CountTable';
import { DoneToday } from './DoneToday';
import { CountForm, MilestoneForm } from './InstitutionForms';

/** An institution: its children counted over time, where those who left went, and its reorganisation plan. */
export function InstitutionPage() {
  const { id = '' } = useParams();
  const file = useQuery({ queryKey: ['childcare', 'institution', id], queryFn: () => getInstitution(id) });
  return <QueryState query={file}>{file.data && <Institution file={file.data} />}</QueryState>;
}

function Institution({ file }: { file: InstitutionFile }) {
  const t = useT();
  const { institution } = file;
  return (
    <>
      <ChildcareHeading title={institution.name} />
      <dl className="details">
        <dt>{t('childcare.capacity')}</dt>
        <dd>
          <FormattedNumber value={institution.capacity} />
        </dd>
        <dt>{t('childcare.childrenNow')}</dt>
        <dd>
          <ChildrenNow institution={institution} />
        </dd>
        <dt>{t('childcare.childrenLeft')}</dt>
        <dd>
          {t('childcare.leftOfTarget', {
            left: institution.childrenLeft,
            target: institution.targetChildrenLeaving,
          })}
        </dd>
      </dl>
      <section className="section" aria-labelledby="counts">
        <h2 id="counts">{t('childcare.counts.title')}</h2>
        <CountTable
          id="counts-caption"
          caption={t('childcare.counts.caption', { name: institution.name })}
          headers={[
            t('childcare.countedOn'),
            t('childcare.children'),
            t('childcare.girls'),
            t('childcare.boys'),
            t('childcare.withDisability'),
            ...institutionAgeBands.map((band) => t('childcare.aged', { band })),
          ]}
          rows={file.counts.map((c) => ({
            key: c.countedOn,
            cells: [
              <FormattedDate key="day" value={c.countedOn} dateStyle="long" timeZone="UTC" />,
              <FormattedNumber key="total" value={c.total} />,
              <FormattedNumber key="girls" value={c.girls} />,
              <FormattedNumber key="boys" value={c.boys} />,
              <FormattedNumber key="disability" value={c.withDisability} />,
              ...institutionAgeBands.map((band) => <FormattedNumber key={band} value={c.byAge[band]} />),
            ],
          }))}
        />
        {file.abilities.update && <CountForm institutionId={institution.id} />}
      </section>
      <section className="section" aria-labelledby="departures">
        <h2 id="departures">{t('childcare.departures.title')}</h2>
        <CountTable
          id="departures-caption"
          caption={t('childcare.departures.caption')}
          headers={[t('childcare.placementType'), t('childcare.children')]}
          rows={file.departures.map((d) => ({
            key: d.type,
            cells: [t(`childcare.type.${d.type}`), <FormattedNumber key="n" value={d.children} />],
          }))}
        />
      </section>
      <section className="section" aria-labelledby="plan">
        <h2 id="plan">{t('childcare.plan.title')}</h2>
        <CountTable
          id="plan-caption"
          caption={t('childcare.plan.caption')}
          headers={[t('childcare.milestone'), t('childcare.dueOn'), t('childcare.doneOn')]}
          rows={file.milestones.map((m) => ({
            key: m.id,
            cells: [
              `${t(`childcare.milestone.${m.kind}`)}: ${m.title}`,
              <FormattedDate key="due" value={m.dueOn} dateStyle="medium" timeZone="UTC" />,
              m.doneOn ? (
                <FormattedDate key="done" value={m.doneOn} dateStyle="medium" timeZone="UTC" />
              ) : (
                t('childcare.notYet')
              ),
            ],
          }))}
        />
        {file.abilities.update && (
          <>
            <DoneToday
              items={file.milestones}
              label={(m) => t('childcare.plan.markReached', { title: m.title })}
              mark={markMilestoneDone}
              done={t('childcare.plan.reached')}
            />
            <MilestoneForm institutionId={institution.id} />
          </>
        )}
      </section>
    </>
  );
}
