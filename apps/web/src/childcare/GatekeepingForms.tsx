import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { PersonPicker } from '../persons/PersonPicker';
import { addMember, scheduleMeeting, submitRequest } from './api';
import { Subform } from './Subform';
import { useCareAction } from './useCareAction';

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
          add.send(body, ['personId', 'reason']);
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

export function MemberForm({ commissionId }: { commissionId: string }) {
  const t = useT();
  const add = useCareAction(
    (body: Record<string, unknown>) => addMember(commissionId, body),
    t('childcare.member.done'),
  );
  const labels = { name: t('childcare.member.name'), position: t('childcare.member.position') };
  return (
    <Subform title={t('childcare.member.new')} message={add.message}>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('childcare.member.submit')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const body = { name: text(data, 'name'), position: text(data, 'position') };
          add.send(body, ['name', 'position']);
        }}
      >
        <TextInput name="name" label={labels.name} isRequired />
        <TextInput name="position" label={labels.position} isRequired />
      </FormShell>
    </Subform>
  );
}
