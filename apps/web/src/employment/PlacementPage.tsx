import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { useProgrammeChoices } from '../programmes/ProgrammeSelect';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { placementOf } from './api';
import { useItemLabel } from './Explanation';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpSchedule } from './FollowUpSchedule';

/** One placement: the person, the job, the follow-up schedule, and the follow-up to record. */
export function PlacementPage() {
  const { id = '' } = useParams();
  const t = useT();
  const file = useQuery({ queryKey: ['employment', 'placement', id], queryFn: () => placementOf(id) });
  const placement = file.data?.placement;
  return (
    <>
      <PageHeading
        title={placement ? `${placement.familyName} ${placement.givenName}` : t('employment.placement.title')}
      />
      <p>
        <Link to="/employment/placements">{t('employment.placements.back')}</Link>
      </p>
      <QueryState query={file}>
        {placement && file.data && (
          <>
            <PlacementDetails placement={placement} />
            <FollowUpSchedule id={id} schedule={file.data.schedule} />
            <FollowUpForm placementId={id} schedule={file.data.schedule} />
          </>
        )}
      </QueryState>
    </>
  );
}

type Placement = Awaited<ReturnType<typeof placementOf>>['placement'];

/** The job, who supports the person in it, the programme whose logframe counts it, and when and why it ended. */
function PlacementDetails({ placement }: { placement: Placement }) {
  const t = useT();
  const label = useItemLabel();
  const programmes = useProgrammeChoices();
  const day = useCalendarDay();
  const support = [
    ...(placement.jobCoach ? [t('employment.placement.jobCoach')] : []),
    ...placement.accommodationsProvided.map(label),
  ];
  return (
    <dl className="details">
      <dt>{t('employment.placement.position')}</dt>
      <dd>
        {placement.vacancyId ? (
          <Link to={`/employment/vacancies/${placement.vacancyId}`}>{placement.position}</Link>
        ) : (
          placement.position
        )}
      </dd>
      <dt>{t('employment.placement.employer')}</dt>
      <dd>
        <Link to={`/employment/employers/${placement.employerId}`}>{placement.employerName}</Link>
      </dd>
      <dt>{t('employment.placement.programme')}</dt>
      <dd>
        {placement.programmeId ? (
          <Link to={`/programmes/${placement.programmeId}`}>
            {programmes.titleOf(placement.programmeId) ?? t('employment.placement.programmeHidden')}
          </Link>
        ) : (
          t('programmes.choice.none')
        )}
      </dd>
      <dt>{t('employment.placement.accommodations')}</dt>
      <dd>{support.join(', ') || '—'}</dd>
      <dt>{t('employment.placement.support')}</dt>
      <dd className="text-block">{placement.support || '—'}</dd>
      {placement.endedOn && (
        <>
          <dt>{t('employment.placement.endedOn')}</dt>
          <dd>{day(placement.endedOn)}</dd>
        </>
      )}
      {placement.leavingReason && (
        <>
          <dt>{t('employment.placement.leavingReason')}</dt>
          <dd>{t(`employment.leavingReason.${placement.leavingReason}`)}</dd>
        </>
      )}
    </dl>
  );
}
