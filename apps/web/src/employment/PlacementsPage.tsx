import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { PersonPicker } from '../persons/PersonPicker';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { accommodations, listEmployers, listPlacements, recordPlacement } from './api';
import { FollowUpSchedule } from './FollowUpSchedule';

/** The placements the user's organisations support, each with its follow-ups due, and a new one. */
export function PlacementsPage() {
  const t = useT();
  const placements = useQuery({ queryKey: ['employment', 'placements'], queryFn: listPlacements });
  const items = placements.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('employment.placements.title')} />
      <p>
        <Link to="/employment">{t('employment.back')}</Link>
      </p>
      <NewPlacement />
      <QueryState query={placements}>
        {items.length === 0 ? (
          <p>{t('employment.placements.none')}</p>
        ) : (
          <ul className="card-list">
            {items.map((p) => (
              <li key={p.id} className="card">
                <h2>
                  <Link to={`/employment/placements/${p.id}`}>
                    {p.familyName} {p.givenName}
                  </Link>
                </h2>
                <p>
                  {p.position} · {p.employerName}
                </p>
                <FollowUpSchedule id={p.id} schedule={p.schedule} />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

function NewPlacement() {
  const t = useT();
  const navigate = useNavigate();
  const employers = useQuery({ queryKey: ['employment', 'employers'], queryFn: listEmployers });
  const add = useRecordAction(
    [['employment']],
    async (body: unknown) => navigate(`/employment/placements/${(await recordPlacement(body)).id}`),
    t('employment.placement.created'),
  );
  const labels = {
    personId: t('employment.placement.person'),
    employerId: t('employment.placement.employer'),
    position: t('employment.placement.position'),
    startedOn: t('employment.placement.startedOn'),
  };
  return (
    <section className="section" aria-labelledby="new-placement">
      <h2 id="new-placement">{t('employment.placement.new')}</h2>
      <details className="subform">
        <summary>{t('employment.placement.new')}</summary>
        <FormShell
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('employment.placement.create')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = {
              personId: text(data, 'personId'),
              employerId: text(data, 'employerId'),
              position: text(data, 'position'),
              startedOn: text(data, 'startedOn'),
            };
            const missing = requireFields(body, Object.keys(body), t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate({
              ...body,
              jobCoach: data.get('jobCoach') === 'true',
              accommodationsProvided: data.getAll('accommodationsProvided').map(String),
            });
          }}
        >
          <PersonPicker name="personId" label={labels.personId} />
          <SelectInput
            name="employerId"
            label={labels.employerId}
            placeholder={t('form.choose')}
            options={(employers.data?.items ?? []).map((e) => ({ id: e.id, label: e.name }))}
            isRequired
          />
          <TextInput name="position" label={labels.position} isRequired />
          <TextInput
            name="startedOn"
            type="date"
            label={labels.startedOn}
            defaultValue={localToday()}
            isRequired
          />
          <CheckboxGroupInput
            name="accommodationsProvided"
            label={t('employment.placement.accommodations')}
            options={accommodations.map((a) => ({ id: a, label: t(`employment.accommodation.${a}`) }))}
          />
          <CheckboxInput name="jobCoach" label={t('employment.placement.jobCoach')} />
        </FormShell>
      </details>
    </section>
  );
}
