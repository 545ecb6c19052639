import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { useProgrammeChoices } from '../programmes/ProgrammeSelect';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { placementOf, recordFollowUp, type ScheduledFollowUp } from './api';
import { useItemLabel } from './Explanation';
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

/** The job, who supports the person in it, and the programme whose logframe counts it. */
function PlacementDetails({ placement }: { placement: Placement }) {
  const t = useT();
  const label = useItemLabel();
  const programmes = useProgrammeChoices();
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
    </dl>
  );
}

function FollowUpForm({ placementId, schedule }: { placementId: string; schedule: ScheduledFollowUp[] }) {
  const t = useT();
  const open = schedule.filter((f) => f.state !== 'done' && f.state !== 'not_needed');
  const add = useRecordAction(
    [['employment']],
    (body: unknown) => recordFollowUp(placementId, body),
    t('employment.followUp.done'),
  );
  if (open.length === 0) return null;
  const labels = {
    months: t('employment.followUp.months'),
    checkedOn: t('employment.followUp.checkedOn'),
    stillEmployed: t('employment.followUp.stillEmployed'),
  };
  return (
    <section className="section" aria-labelledby="follow-up">
      <h2 id="follow-up">{t('employment.followUp.title')}</h2>
      <p role="status" className="status">
        {add.message}
      </p>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('employment.followUp.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const values = {
            months: text(data, 'months'),
            checkedOn: text(data, 'checkedOn'),
            stillEmployed: text(data, 'stillEmployed'),
          };
          const missing = requireFields(values, Object.keys(values), t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate({
            months: Number(values.months),
            checkedOn: values.checkedOn,
            stillEmployed: values.stillEmployed === 'yes',
          });
        }}
      >
        <SelectInput
          name="months"
          placeholder={t('form.choose')}
          label={labels.months}
          options={open.map((f) => ({
            id: String(f.months),
            label: t('employment.followUps.after', { months: f.months }),
          }))}
          defaultValue={String(open[0]?.months)}
          isRequired
        />
        <TextInput
          name="checkedOn"
          type="date"
          label={labels.checkedOn}
          defaultValue={localToday()}
          isRequired
        />
        <RadioGroupInput
          name="stillEmployed"
          label={labels.stillEmployed}
          options={[
            { id: 'yes', label: t('employment.followUp.yes') },
            { id: 'no', label: t('employment.followUp.no') },
          ]}
          isRequired
        />
      </FormShell>
    </section>
  );
}
