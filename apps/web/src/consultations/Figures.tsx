import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, FormattedNumber } from 'react-intl';
import { type SessionMembership, useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { QueryState } from '../shell/QueryState';
import { consultationStatuses, consultationTopics, deskMemberships, getFigures } from './api';
import { useDuration } from './format';

const periodDays = 90;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Counts for the last three months, per organisation whose desk the user sees: no names, no texts. */
export function Figures() {
  const t = useT();
  const session = useSignedInSession();
  const memberships = deskMemberships(session);
  return (
    <section className="section" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('desk.figures.title')}</h2>
      <p>
        <FormattedMessage id="desk.figures.period" values={{ days: periodDays }} />
      </p>
      {memberships.map((membership) => (
        <OrganisationFigures key={membership.id} membership={membership} named={memberships.length > 1} />
      ))}
    </section>
  );
}

function OrganisationFigures({ membership, named }: { membership: SessionMembership; named: boolean }) {
  const t = useT();
  const duration = useDuration();
  const to = new Date(Date.now() + 86_400_000);
  const from = new Date(Date.now() - periodDays * 86_400_000);
  const figures = useQuery({
    queryKey: ['consultation-figures', membership.organisationId, isoDay(from)],
    queryFn: () => getFigures(membership.organisationId, isoDay(from), isoDay(to)),
  });
  const data = figures.data;
  return (
    <QueryState query={figures}>
      {named && <h3>{membership.organisationName}</h3>}
      {data && (
        <div className="figures">
          <div>
            <h3>{t('desk.figures.summary')}</h3>
            <dl className="details">
              <dt>{t('desk.figures.total')}</dt>
              <dd>
                <FormattedNumber value={data.total} />
              </dd>
              <dt>{t('desk.figures.answered')}</dt>
              <dd>
                <FormattedNumber value={data.answered} />
              </dd>
              <dt>{t('desk.figures.median')}</dt>
              <dd>
                {data.medianResponseMinutes === null
                  ? t('desk.figures.none')
                  : duration(data.medianResponseMinutes)}
              </dd>
              <dt>{t('desk.figures.rating')}</dt>
              <dd>
                {data.averageRating === null ? (
                  t('desk.figures.none')
                ) : (
                  <FormattedMessage id="desk.figures.ratingValue" values={{ rating: data.averageRating }} />
                )}
              </dd>
            </dl>
          </div>
          <div>
            <h3>{t('desk.figures.byStatus')}</h3>
            <dl className="details">
              {consultationStatuses.map((status) => (
                <Pair key={status} label={t(`status.${status}`)} value={data.byStatus[status] ?? 0} />
              ))}
            </dl>
          </div>
          <div>
            <h3>{t('desk.figures.byTopic')}</h3>
            <dl className="details">
              {consultationTopics.map((topic) => (
                <Pair key={topic} label={t(`topic.${topic}`)} value={data.byTopic[topic] ?? 0} />
              ))}
            </dl>
          </div>
        </div>
      )}
    </QueryState>
  );
}

function Pair({ label, value }: { label: string; value: number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <FormattedNumber value={value} />
      </dd>
    </>
  );
}
