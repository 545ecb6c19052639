import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextAreaInput } from '../forms/fields';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import {
  type CommissionFile,
  decideRequest,
  type GatekeepingRequest,
  gatekeepingOutcomes,
  preventionServices,
} from './api';
import { Subform } from './Subform';
import { useCareAction } from './useCareAction';

const required = ['meetingId', 'outcome', 'reasons'];

/** The decision's fields, filled with the decision being corrected when there is one. */
function DecisionFields({
  request,
  file,
  labels,
}: {
  request: GatekeepingRequest;
  file: CommissionFile;
  labels: Record<string, string>;
}) {
  const t = useT();
  const intl = useIntl();
  // A decision is taken at a meeting already held, after the request came.
  const meetings = file.meetings.filter((m) => m.heldOn <= localToday() && m.heldOn >= request.requestedOn);
  return (
    <>
      <SelectInput
        name="meetingId"
        label={labels.meetingId ?? ''}
        placeholder={t('form.choose')}
        options={meetings.map((m) => ({
          id: m.id,
          label: intl.formatDate(m.heldOn, { dateStyle: 'long', timeZone: 'UTC' }),
        }))}
        defaultValue={request.meetingId ?? meetings[0]?.id}
        isRequired
      />
      <SelectInput
        name="outcome"
        label={labels.outcome ?? ''}
        placeholder={t('form.choose')}
        options={gatekeepingOutcomes.map((o) => ({ id: o, label: t(`childcare.outcome.${o}`) }))}
        defaultValue={request.outcome}
        isRequired
      />
      <TextAreaInput
        name="reasons"
        label={labels.reasons ?? ''}
        defaultValue={request.reasons ?? undefined}
        isRequired
      />
      <CheckboxGroupInput
        name="preventionServices"
        label={labels.preventionServices ?? ''}
        description={t('childcare.decision.servicesHint')}
        options={preventionServices.map((s) => ({ id: s, label: t(`childcare.service.${s}`) }))}
        defaultValue={request.preventionServices}
      />
    </>
  );
}

function useDecisionLabels() {
  const t = useT();
  return {
    meetingId: t('childcare.decision.meeting'),
    outcome: t('childcare.outcome'),
    reasons: t('childcare.decision.reasons'),
    preventionServices: t('childcare.decision.services'),
    requestId: t('childcare.correction.request'),
    correction: t('childcare.correction.why'),
  };
}

const decision = (data: FormData) => ({
  meetingId: text(data, 'meetingId'),
  outcome: text(data, 'outcome'),
  reasons: text(data, 'reasons'),
  preventionServices: data.getAll('preventionServices').map(String),
});

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
  const labels = useDecisionLabels();
  const decide = useCareAction(
    (body: Record<string, unknown>) => decideRequest(request.id, body),
    '',
    onDecided,
  );
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
          const body = { ...decision(data), version: request.version };
          decide.send(body, required);
        }}
      >
        <DecisionFields request={request} file={file} labels={labels} />
      </FormShell>
    </Subform>
  );
}

/**
 * A decision taken is corrected, when the minutes say otherwise or it was entered wrong, with the reason for
 * the correction: the form starts from the decision as it stands.
 */
export function CorrectionForm({ file, decided }: { file: CommissionFile; decided: GatekeepingRequest[] }) {
  const t = useT();
  const day = useCalendarDay();
  const labels = useDecisionLabels();
  const [chosen, setChosen] = useState<string | null>(null);
  const request = decided.find((r) => r.id === chosen);
  const correct = useCareAction(
    (body: Record<string, unknown>) => decideRequest(request?.id ?? '', body),
    t('childcare.correction.done'),
    () => setChosen(null),
  );
  return (
    <Subform title={t('childcare.correction.new')} message={correct.message}>
      <FormShell
        key={`${correct.round}-${chosen}`}
        errorState={correct.errorState}
        labels={labels}
        submitLabel={t('childcare.correction.submit')}
        isPending={correct.mutation.isPending}
        onSubmit={(data) => {
          const body = { ...decision(data), correction: text(data, 'correction'), version: request?.version };
          correct.send(body, ['requestId', ...required, 'correction'], { ...body, requestId: request?.id });
        }}
      >
        <SelectInput
          name="requestId"
          label={labels.requestId}
          placeholder={t('form.choose')}
          options={decided.map((r) => ({
            id: r.id,
            label: `${r.familyName} ${r.givenName}, ${day(r.requestedOn)}`,
          }))}
          value={chosen}
          onChange={setChosen}
          isRequired
        />
        {request && <DecisionFields request={request} file={file} labels={labels} />}
        <TextAreaInput name="correction" label={labels.correction} isRequired />
      </FormShell>
    </Subform>
  );
}
