import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedDate, FormattedNumber } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { QueryState } from '../shell/QueryState';
import { type CommissionFile, getCommission } from './api';
import { ChildcareHeading } from './ChildcareHeading';
import { CountTable } from './CountTable';
import { CorrectionForm, DecisionForm } from './DecisionForms';
import { MeetingForm, MemberForm, RequestForm } from './GatekeepingForms';

/**
 * A gatekeeping commission: its members, meetings and decisions counted for everyone; the children brought to
 * it, their requests and the forms that decide them only for its child-protection workers.
 */
export function CommissionPage() {
  const { id = '' } = useParams();
  const file = useQuery({ queryKey: ['childcare', 'commission', id], queryFn: () => getCommission(id) });
  return <QueryState query={file}>{file.data && <Commission file={file.data} />}</QueryState>;
}

function Commission({ file }: { file: CommissionFile }) {
  const t = useT();
  return (
    <>
      <ChildcareHeading title={file.commission.name} />
      <section className="section" aria-labelledby="members">
        <h2 id="members">{t('childcare.members.title')}</h2>
        <ul>
          {file.members.map((m) => (
            <li key={m.id}>
              {m.name} — {m.position}
            </li>
          ))}
        </ul>
        {file.abilities.manage && <MemberForm commissionId={file.commission.id} />}
      </section>
      <section className="section" aria-labelledby="meetings">
        <h2 id="meetings">{t('childcare.meetings.title')}</h2>
        <ul>
          {file.meetings.map((m) => (
            <li key={m.id}>
              <FormattedDate value={m.heldOn} dateStyle="long" timeZone="UTC" />
              {m.place && ` — ${m.place}`}
            </li>
          ))}
        </ul>
        {file.abilities.manage && <MeetingForm commissionId={file.commission.id} />}
      </section>
      <section className="section" aria-labelledby="outcomes">
        <h2 id="outcomes">{t('childcare.decisions.title')}</h2>
        <CountTable
          id="outcomes-caption"
          caption={t('childcare.decisions.caption')}
          headers={[t('childcare.outcome'), t('childcare.requests')]}
          rows={file.outcomes.map((o) => ({
            key: o.outcome ?? 'pending',
            cells: [
              o.outcome ? t(`childcare.outcome.${o.outcome}`) : t('childcare.pending'),
              <FormattedNumber key="n" value={o.requests} />,
            ],
          }))}
        />
      </section>
      {file.requests === null ? (
        <p>{t('childcare.countsOnly')}</p>
      ) : (
        <Requests file={file} requests={file.requests} />
      )}
    </>
  );
}

function Requests({
  file,
  requests,
}: {
  file: CommissionFile;
  requests: NonNullable<CommissionFile['requests']>;
}) {
  const t = useT();
  const [announced, setAnnounced] = useState('');
  const pending = requests.filter((r) => r.outcome === null);
  const decided = requests.filter((r) => r.outcome !== null);
  return (
    <section className="section" aria-labelledby="requests">
      <h2 id="requests">{t('childcare.requests.title')}</h2>
      {file.abilities.request && <RequestForm commissionId={file.commission.id} />}
      <CountTable
        id="requests-caption"
        caption={t('childcare.requests.caption')}
        headers={[
          t('childcare.child'),
          t('childcare.request.requestedOn'),
          t('childcare.request.reason'),
          t('childcare.outcome'),
        ]}
        rows={requests.map((r) => ({
          key: r.id,
          cells: [
            <Link key="child" to={`/persons/${r.personId}`}>
              {r.familyName} {r.givenName}
            </Link>,
            <FormattedDate key="on" value={r.requestedOn} dateStyle="medium" timeZone="UTC" />,
            r.reason,
            r.outcome ? t(`childcare.outcome.${r.outcome}`) : t('childcare.pending'),
          ],
        }))}
      />
      <p role="status" className="status">
        {announced}
      </p>
      {file.abilities.decide &&
        pending.map((request) => (
          <DecisionForm
            key={request.id}
            request={request}
            file={file}
            onDecided={() => setAnnounced(t('childcare.decision.done'))}
          />
        ))}
      {file.abilities.decide && decided.length > 0 && <CorrectionForm file={file} decided={decided} />}
    </section>
  );
}
