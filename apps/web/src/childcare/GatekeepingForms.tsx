import { useIntl } from 'react-intl';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { PersonPicker } from '../persons/PersonPicker';
import {
  type CommissionFile,
  decideRequest,
  type GatekeepingRequest,
  gatekeepingOutcomes,
  preventionServices,
  scheduleMeeting,
  submitRequest,
} from './api';
import { useCareAction } from './useCareAction';

/** A form in a disclosure, with its status line announced after it is sent. */
function Subform({
  title,
  message,
  children,
}: {
  title: string;
  message: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <p role="status" className="status">
        {message}
      </p>
      <details className="subform">
        <summary>{title}</summary>
        {children}
      </details>
    </>
  );
}

export function MeetingForm({ commissionId }: { commissionId: string }) {
  const t = useT();
  const add = useCareAction(
    (body: Record<string, unknown>) => scheduleMeeting(commissionId, body),
    t('childcare.meeting.done'),
  );
  const labels = { heldOn: t('childcare.meeting.heldOn'), place: t('childcare.meeting.place') };
  return (
    <Subform title={t('childcare.meeting.new')} message={add.message}>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('childcare.meeting.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => add.mutation.mutate({ heldOn: text(data, 'heldOn'), place: text(data, 'place') })}
      >
        <TextInput name="heldOn" type="date" label={labels.heldOn} defaultValue={localToday()} isRequired />
        <TextInput name="place" label={labels.place} />
      </FormShell>
    </Subform>
  );
}

export function RequestForm({ commissionId }: { commissionId: string }) {
  const t = useT();
  const add = useCareAction(
    (body: Record<string, unknown>) => submitRequest(commissionId, body),
    t('childcare.request.done'),
  );
  const labels = {
    personId: t('childcare.child'),
    requestedOn: t('childcare.request.requestedOn'),
    reason: t('childcare.request.reason'),
  };
  return (
    <Subform title={t('childcare.request.new')} message={add.message}>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('childcare.request.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const body = {
            personId: text(data, 'personId'),
            requestedOn: text(data, 'requestedOn'),
            reason: text(data, 'reason'),
          };
          const missing = requireFields(body, ['personId', 'reason'], t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate(body);
        }}
      >
        <PersonPicker name="personId" label={labels.personId} />
        <TextInput
          name="requestedOn"
          type="date"
          label={labels.requestedOn}
          defaultValue={localToday()}
          isRequired
        />
        <TextAreaInput name="reason" label={labels.reason} isRequired />
      </FormShell>
    </Subform>
  );
}

/** Once decided the request leaves the pending list with its form: `onDecided` announces it in its place. */
export function DecisionForm({
  request,
  file,
  onDecided,
}: {
  request: GatekeepingRequest;
  file: CommissionFile;
  onDecided: () => void;
}) {
  const t = useT();
  const intl = useIntl();
  const decide = useCareAction(
    (body: Record<string, unknown>) => decideRequest(request.id, body),
    '',
    onDecided,
  );
  const labels = {
    meetingId: t('childcare.decision.meeting'),
    outcome: t('childcare.outcome'),
    reasons: t('childcare.decision.reasons'),
    preventionServices: t('childcare.decision.services'),
  };
  return (
    <Subform
      title={t('childcare.decision.new', { name: `${request.familyName} ${request.givenName}` })}
      message={decide.message}
    >
      <FormShell
        key={decide.round}
        errorState={decide.errorState}
        labels={labels}
        submitLabel={t('childcare.decision.submit')}
        isPending={decide.mutation.isPending}
        onSubmit={(data) => {
          const body = {
            meetingId: text(data, 'meetingId'),
            outcome: text(data, 'outcome'),
            reasons: text(data, 'reasons'),
            preventionServices: data.getAll('preventionServices').map(String),
            version: request.version,
          };
          const missing = requireFields(body, ['meetingId', 'outcome', 'reasons'], t('form.required'));
          if (Object.keys(missing).length) return decide.errorState.fail({ message: null, fields: missing });
          decide.mutation.mutate(body);
        }}
      >
        <SelectInput
          name="meetingId"
          label={labels.meetingId}
          placeholder={t('form.choose')}
          options={file.meetings.map((m) => ({
            id: m.id,
            label: intl.formatDate(m.heldOn, { dateStyle: 'long', timeZone: 'UTC' }),
          }))}
          defaultValue={file.meetings[0]?.id}
          isRequired
        />
        <SelectInput
          name="outcome"
          label={labels.outcome}
          placeholder={t('form.choose')}
          options={gatekeepingOutcomes.map((o) => ({ id: o, label: t(`childcare.outcome.${o}`) }))}
          isRequired
        />
        <TextAreaInput name="reasons" label={labels.reasons} isRequired />
        <CheckboxGroupInput
          name="preventionServices"
          label={labels.preventionServices}
          description={t('childcare.decision.servicesHint')}
          options={preventionServices.map((s) => ({ id: s, label: t(`childcare.service.${s}`) }))}
        />
      </FormShell>
    </Subform>
  );
}
