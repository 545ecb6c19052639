import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { getActivity } from './api';
import { CountedAttendance } from './CountedAttendance';
import { Materials } from './Materials';
import { NamedAttendance } from './NamedAttendance';

export function ActivityPage() {
  const t = useT();
  const intl = useIntl();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['activity', id], queryFn: () => getActivity(id) });
  const activity = query.data;
  return (
    <QueryState query={query}>
      {activity && (
        <>
          <PageHeading title={activity.title}>
            {activity.abilities.update && (
              <Link className="button" to={`/activities/${id}/edit`}>
                {t('activities.edit')}
              </Link>
            )}
            {activity.type === 'job_fair' && (
              <Link className="button" to={`/employment/fairs/${id}`}>
                {t('employment.fair.open')}
              </Link>
            )}
          </PageHeading>
          <dl className="details">
            <dt>{t('activities.field.type')}</dt>
            <dd>{t(`activities.type.${activity.type}`)}</dd>
            <dt>{t('activities.field.status')}</dt>
            <dd>{t(`activities.status.${activity.status}`)}</dd>
            <dt>{t('activities.field.startsAt')}</dt>
            <dd>{intl.formatDate(activity.startsAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
            {activity.endsAt && (
              <>
                <dt>{t('activities.field.endsAt')}</dt>
                <dd>{intl.formatDate(activity.endsAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
              </>
            )}
            {activity.place && (
              <>
                <dt>{t('activities.field.place')}</dt>
                <dd>{activity.place}</dd>
              </>
            )}
            {activity.onlineLink && (
              <>
                <dt>{t('activities.field.onlineLink')}</dt>
                <dd>
                  <a href={activity.onlineLink}>{activity.onlineLink}</a>
                </dd>
              </>
            )}
            {activity.programme && (
              <>
                <dt>{t('activities.field.programme')}</dt>
                <dd>{activity.programme.title[language] ?? activity.programme.title.en}</dd>
              </>
            )}
            <dt>{t('activities.organisers')}</dt>
            <dd>
              {activity.organisers
                .map((o) => (o.lead ? `${o.name} (${t('activities.lead')})` : o.name))
                .join(', ')}
            </dd>
            <dt>{t('activities.field.capacity')}</dt>
            <dd>
              {activity.capacity === null
                ? t('activities.capacity.none')
                : t('activities.capacity.taken', {
                    taken: activity.participantsRegistered,
                    capacity: activity.capacity,
                  })}
            </dd>
          </dl>
          {activity.description && <p>{activity.description}</p>}
          <NamedAttendance activity={activity} />
          <CountedAttendance activity={activity} />
          <Materials activity={activity} />
        </>
      )}
    </QueryState>
  );
}
