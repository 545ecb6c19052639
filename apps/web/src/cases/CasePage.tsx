import type { ReactNode } from 'react';
import { FormattedDate } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { fullName } from '../persons/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import type { CaseFile } from './api';
import { CaseAssignment } from './CaseAssignment';
import { CaseNeeds } from './CaseNeeds';
import { CaseGoals, CaseTasks } from './CasePlan';
import { CaseNotes, CaseServices } from './CaseRecords';
import { CaseStage } from './CaseStage';
import { useCase } from './useCase';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function CaseBody({ file }: { file: CaseFile }) {
  const t = useT();
  const item = file.case;
  return (
    <>
      <dl className="details">
        <dt>{t('case.person')}</dt>
        <dd>
          <Link to={`/persons/${file.person.id}`}>{fullName(file.person)}</Link>
        </dd>
        <dt>{t('case.kind')}</dt>
        <dd>{t(`case.kind.${item.kind}`)}</dd>
        <dt>{t('case.stage')}</dt>
        <dd>{t(`case.state.${item.state}`)}</dd>
        <dt>{t('case.openedOn')}</dt>
        <dd>
          <FormattedDate value={item.openedOn} dateStyle="long" timeZone="UTC" />
        </dd>
        {item.closedOn && (
          <>
            <dt>{t('case.closedOn')}</dt>
            <dd>
              <FormattedDate value={item.closedOn} dateStyle="long" timeZone="UTC" />
              {item.closureReason && ` — ${t(`case.closure.${item.closureReason}`)}`}
            </dd>
          </>
        )}
        {item.summary && (
          <>
            <dt>{t('case.summary')}</dt>
            <dd>{item.summary}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        {(item.kind === 'deinstitutionalisation' || item.kind === 'child_protection') && (
          <Link className="button" to={`/cases/${item.id}/care`}>
            {t('childcare.case.title')}
          </Link>
        )}
        <a className="button" href={`/api/cases/${item.id}/summary.pdf`} target="_blank" rel="noreferrer">
          {t('case.summaryPdf')}
          <span className="visually-hidden"> {t('common.opensNewTab')}</span>
        </a>
        <Link className="button" to={`/persons/${file.person.id}/refer?caseId=${item.id}`}>
          {t('referral.new')}
        </Link>
      </div>
      <Section id="case-stage" title={t('case.stageTitle')}>
        <CaseStage file={file} />
      </Section>
      <Section id="case-worker" title={t('case.worker')}>
        <CaseAssignment file={file} />
      </Section>
      <Section id="case-needs" title={t('needs.title')}>
        <CaseNeeds file={file} />
      </Section>
      <Section id="case-goals" title={t('goals.title')}>
        <CaseGoals file={file} />
      </Section>
      <Section id="case-tasks" title={t('tasks.heading')}>
        <CaseTasks file={file} />
      </Section>
      <Section id="case-services" title={t('services.title')}>
        <CaseServices file={file} />
      </Section>
      <Section id="case-notes" title={t('notes.title')}>
        <CaseNotes file={file} />
      </Section>
      <Section id="case-referrals" title={t('person.referrals')}>
        {file.referrals.length === 0 ? (
          <p>{t('person.noReferrals')}</p>
        ) : (
          <ul className="card-list">
            {file.referrals.map((referral) => (
              <li key={referral.id} className="card">
                <Link to={`/referrals/${referral.id}`}>{referral.service}</Link>
                <p>
                  <OrganisationName id={referral.toOrganisationId} /> ·{' '}
                  {t(`referral.status.${referral.status}`)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

export function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const message = (location.state as { message?: string } | null)?.message;
  const file = useCase(id);
  const title = file.data
    ? t('case.title', { kind: t(`case.kind.${file.data.case.kind}`), name: fullName(file.data.person) })
    : t('case.titleLoading');
  return (
    <>
      <PageHeading title={title} />
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <QueryState query={file}>{file.data && <CaseBody file={file.data} />}</QueryState>
    </>
  );
}
