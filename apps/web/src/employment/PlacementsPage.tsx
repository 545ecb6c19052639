import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { localToday } from '../persons/api';
import { PersonPicker } from '../persons/PersonPicker';
import { ProgrammeSelect, programmeValue } from '../programmes/ProgrammeSelect';
import { LoadMore } from '../shell/LoadMore';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { accommodations, listPlacements, listVacancies, recordPlacement } from './api';
import { FollowUpSchedule } from './FollowUpSchedule';

/** The placements the user's organisations support, each with its follow-ups due or its end, and a new one. */
export function PlacementsPage() {
  const t = useT();
  const day = useCalendarDay();
  const placements = useInfiniteQuery({
    queryKey: ['employment', 'placements'],
    queryFn: ({ pageParam }) => listPlacements(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = placements.data?.pages.flatMap((page) => page.items) ?? [];
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
          <>
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
                  {p.endedOn && p.leavingReason && (
                    <p>
                      {t('employment.placements.ended', {
                        on: day(p.endedOn),
                        reason: t(`employment.leavingReason.${p.leavingReason}`),
                      })}
                    </p>
                  )}
                  <FollowUpSchedule
                    id={p.id}
                    schedule={p.schedule}
                    caption={t('employment.followUps.captionOf', {
                      name: `${p.familyName} ${p.givenName}`,
                      employer: p.employerName,
                      startedOn: day(p.startedOn),
                    })}
                  />
                </li>
              ))}
            </ul>
            <LoadMore query={placements} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** The value of "found without a vacancy in Birge". */
const noVacancy = 'none';

function NewPlacement() {
  const t = useT();
  const navigate = useNavigate();
  const [employerId, setEmployerId] = useState<string | null>(null);
  const vacancies = useQuery({
    queryKey: ['employment', 'vacancies', { employerId }],
    queryFn: () => listVacancies({ employerId: employerId ?? '' }),
    enabled: employerId !== null,
  });
  const add = useRecordAction(
    [['employment']],
    async (body: unknown) => navigate(`/employment/placements/${(await recordPlacement(body)).id}`),
    t('employment.placement.created'),
  );
  const labels = {
    personId: t('employment.placement.person'),
    employerId: t('employment.placement.employer'),
    vacancyId: t('employment.placement.vacancy'),
    position: t('employment.placement.position'),
    startedOn: t('employment.placement.startedOn'),
    programmeId: t('employment.placement.programme'),
    support: t('employment.placement.support'),
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
              employerId: employerId ?? '',
              position: text(data, 'position'),
              startedOn: text(data, 'startedOn'),
            };
            const missing = requireFields(body, Object.keys(body), t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            const vacancyId = text(data, 'vacancyId');
            add.mutation.mutate({
              ...body,
              vacancyId: vacancyId && vacancyId !== noVacancy ? vacancyId : null,
              programmeId: programmeValue(text(data, 'programmeId')),
              jobCoach: flag(data, 'jobCoach'),
              support: text(data, 'support'),
              accommodationsProvided: data.getAll('accommodationsProvided').map(String),
            });
          }}
        >
          <PersonPicker name="personId" label={labels.personId} />
          <OrganisationPicker
            name="employerId"
            label={labels.employerId}
            type="employer"
            onChange={setEmployerId}
            isRequired
          />
          <SelectInput
            key={`vacancies-${employerId}-${vacancies.data?.items.length ?? 0}`}
            name="vacancyId"
            label={labels.vacancyId}
            description={t('employment.placement.vacancyHint')}
            placeholder={t('form.choose')}
            options={[
              { id: noVacancy, label: t('employment.placement.noVacancy') },
              ...(vacancies.data?.items ?? []).map((v) => ({
                id: v.id,
                label: `${v.title} (${t(`employment.status.${v.status}`)})`,
              })),
            ]}
            defaultValue={noVacancy}
          />
          <TextInput name="position" label={labels.position} isRequired />
          <TextInput
            name="startedOn"
            type="date"
            label={labels.startedOn}
            defaultValue={localToday()}
            isRequired
          />
          <ProgrammeSelect name="programmeId" label={labels.programmeId} />
          <CheckboxGroupInput
            name="accommodationsProvided"
            label={t('employment.placement.accommodations')}
            options={accommodations.map((a) => ({ id: a, label: t(`employment.accommodation.${a}`) }))}
          />
          <CheckboxInput name="jobCoach" label={t('employment.placement.jobCoach')} />
          <TextAreaInput
            name="support"
            label={labels.support}
            description={t('employment.placement.supportHint')}
          />
        </FormShell>
      </details>
    </section>
  );
}
