import { FormattedDate } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import type { FullPerson } from './api';

interface Event {
  on: string;
  key: string;
  text: React.ReactNode;
}

/** Everything that happened with the person, newest first: consents, assessments, cases and referrals. */
export function PersonTimeline({ detail }: { detail: FullPerson }) {
  const t = useT();
  const events: Event[] = [];
  for (const consent of detail.consents) {
    events.push({
      on: consent.givenOn,
      key: `c-${consent.id}`,
      text: t('timeline.consentGiven', { purpose: t(`consent.purpose.${consent.purpose}`) }),
    });
    if (consent.withdrawnOn)
      events.push({
        on: consent.withdrawnOn,
        key: `cw-${consent.id}`,
        text: t('timeline.consentWithdrawn', { purpose: t(`consent.purpose.${consent.purpose}`) }),
      });
  }
  for (const assessment of detail.assessments) {
    events.push({
      on: assessment.assessedOn,
      key: `a-${assessment.id}`,
      text: t('timeline.assessed', {
        instrument: t(`functioning.instrument.${assessment.instrument}`),
        outcome: t(`functioning.outcome.${assessment.functionalDifficulty}`),
      }),
    });
  }
  for (const item of detail.cases) {
    const kind = t(`case.kind.${item.kind}`);
    events.push({
      on: item.openedOn,
      key: `o-${item.id}`,
      text: <Link to={`/cases/${item.id}`}>{t('timeline.caseOpened', { kind })}</Link>,
    });
    if (item.closedOn)
      events.push({
        on: item.closedOn,
        key: `x-${item.id}`,
        text: <Link to={`/cases/${item.id}`}>{t('timeline.caseClosed', { kind })}</Link>,
      });
  }
  for (const referral of detail.referrals) {
    events.push({
      on: referral.createdAt.slice(0, 10),
      key: `r-${referral.id}`,
      text: (
        <Link to={`/referrals/${referral.id}`}>
          {t('timeline.referred', {
            service: referral.service,
            status: t(`referral.status.${referral.status}`),
          })}{' '}
          (<OrganisationName id={referral.toOrganisationId} />)
        </Link>
      ),
    });
  }
  events.sort((a, b) => b.on.localeCompare(a.on));
  if (events.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.key}>
          <strong>
            <FormattedDate value={event.on} dateStyle="medium" timeZone="UTC" />
          </strong>
          {' — '}
          {event.text}
        </li>
      ))}
    </ol>
  );
}
