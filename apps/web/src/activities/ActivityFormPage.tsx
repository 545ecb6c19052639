import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useSignedInSession } from '../auth/session';
import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type ActivityDetail,
  activityStatuses,
  activityTypes,
  createActivity,
  getActivity,
  runningMemberships,
  updateActivity,
} from './api';
import { ProgrammeSelect } from './ProgrammeSelect';

/** A `datetime-local` value as the moment it means in the browser's zone, and back. */
const toMoment = (local: string) => (local ? new Date(local).toISOString() : null);
const toLocal = (moment: string | null) => {
  if (!moment) return '';
  const date = new Date(moment);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function ActivityForm({ activity }: { activity?: ActivityDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const session = useSignedInSession();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const mutation = useMutation({
    mutationFn: (fields: Record<string, unknown>) =>
      activity
        ? updateActivity(activity.id, { ...fields, version: activity.version })
        : createActivity(fields),
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void queryClient.invalidateQueries({ queryKey: ['activity', id] });
      navigate(`/activities/${id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const labels: Record<string, string> = {
    type: t('activities.field.type'),
    title: t('activities.field.title'),
    organisationId: t('activities.field.organisation'),
    startsAt: t('activities.field.startsAt'),
    endsAt: t('activities.field.endsAt'),
    place: t('activities.field.place'),
    onlineLink: t('activities.field.onlineLink'),
    capacity: t('activities.field.capacity'),
    status: t('activities.field.status'),
    description: t('activities.field.description'),
    trainsFacilitators: t('activities.field.trainsFacilitators'),
    programmeId: t('activities.field.programme'),
    coOrganiserIds: t('activities.field.coOrganiser'),
  };
  function submit(data: FormData) {
    const capacity = text(data, 'capacity');
    const fields: Record<string, unknown> = {
      type: text(data, 'type'),
      title: text(data, 'title'),
      startsAt: toMoment(text(data, 'startsAt')),
      endsAt: toMoment(text(data, 'endsAt')),
      place: text(data, 'place'),
      onlineLink: text(data, 'onlineLink'),
      capacity: capacity ? Number(capacity) : null,
      status: text(data, 'status') || 'planned',
      description: text(data, 'description'),
      trainsFacilitators: flag(data, 'trainsFacilitators'),
      programmeId: text(data, 'programmeId') || null,
    };
    const added = text(data, 'coOrganiserId');
    const kept = data.getAll('keptOrganiserIds').map(String);
    const coOrganiserIds = [...kept, ...(added ? [added] : [])];
    if (!activity)
      Object.assign(fields, { organisationId: text(data, 'organisationId'), language, coOrganiserIds });
    else if (activity.abilities.changeOrganisers) Object.assign(fields, { coOrganiserIds });
    const required = activity
      ? ['type', 'title', 'startsAt']
      : ['type', 'title', 'startsAt', 'organisationId'];
    const missing = requireFields(fields, required, t('form.required'));
    if (Object.keys(missing).length > 0) return errorState.fail({ message: null, fields: missing });
    errorState.clear();
    mutation.mutate(fields);
  }
  const organisations = runningMemberships(session);
  return (
    <FormShell
      errorState={errorState}
      labels={labels}
      submitLabel={activity ? t('activities.save') : t('activities.create')}
      isPending={mutation.isPending}
      onSubmit={submit}
    >
      <SelectInput
        name="type"
        label={labels.type ?? ''}
        placeholder={t('activities.choose')}
        isRequired
        defaultValue={activity?.type}
        options={activityTypes.map((type) => ({ id: type, label: t(`activities.type.${type}`) }))}
      />
      <TextInput name="title" label={labels.title ?? ''} isRequired defaultValue={activity?.title} />
      {!activity && (
        <SelectInput
          name="organisationId"
          label={labels.organisationId ?? ''}
          placeholder={t('activities.choose')}
          isRequired
          defaultValue={organisations.length === 1 ? organisations[0]?.organisationId : undefined}
          options={organisations.map((m) => ({ id: m.organisationId, label: m.organisationName }))}
        />
      )}
      {activity?.abilities.changeOrganisers && activity.coOrganiserIds.length > 0 && (
        <CheckboxGroupInput
          name="keptOrganiserIds"
          label={t('activities.organisers.kept')}
          defaultValue={activity.coOrganiserIds}
          options={activity.organisers.filter((o) => !o.lead).map((o) => ({ id: o.id, label: o.name }))}
        />
      )}
      {(!activity || activity.abilities.changeOrganisers) && (
        <OrganisationPicker name="coOrganiserId" label={labels.coOrganiserIds ?? ''} />
      )}
      <ProgrammeSelect
        name="programmeId"
        label={labels.programmeId ?? ''}
        defaultValue={activity?.programmeId}
      />
      <TextInput
        name="startsAt"
        type="datetime-local"
        label={labels.startsAt ?? ''}
        isRequired
        defaultValue={toLocal(activity?.startsAt ?? null)}
      />
      <TextInput
        name="endsAt"
        type="datetime-local"
        label={labels.endsAt ?? ''}
        defaultValue={toLocal(activity?.endsAt ?? null)}
      />
      <TextInput name="place" label={labels.place ?? ''} defaultValue={activity?.place} />
      <TextInput
        name="onlineLink"
        type="url"
        label={labels.onlineLink ?? ''}
        defaultValue={activity?.onlineLink}
      />
      <TextInput
        name="capacity"
        inputMode="numeric"
        label={labels.capacity ?? ''}
        description={t('activities.field.capacityHelp')}
        defaultValue={activity?.capacity ? String(activity.capacity) : ''}
      />
      <SelectInput
        name="status"
        label={labels.status ?? ''}
        placeholder={t('activities.choose')}
        defaultValue={activity?.status ?? 'planned'}
        options={activityStatuses.map((s) => ({ id: s, label: t(`activities.status.${s}`) }))}
      />
      <CheckboxInput
        name="trainsFacilitators"
        label={labels.trainsFacilitators}
        defaultSelected={activity?.trainsFacilitators}
      />
      <TextAreaInput
        name="description"
        label={labels.description ?? ''}
        defaultValue={activity?.description}
      />
    </FormShell>
  );
}

export function NewActivityPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('activities.new')} />
      <ActivityForm />
    </>
  );
}

export function EditActivityPage() {
  const t = useT();
  const { id = '' } = useParams();
  const activity = useQuery({ queryKey: ['activity', id], queryFn: () => getActivity(id) });
  return (
    <>
      <PageHeading title={t('activities.edit')} />
      <QueryState query={activity}>{activity.data && <ActivityForm activity={activity.data} />}</QueryState>
    </>
  );
}
