import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import {
  addCareRecord,
  addTransitionStep,
  careArrangements,
  carePlacementTypes,
  careRecordKinds,
  getFigures,
  listCarers,
  startPlacement,
} from './api';
import { useCareAction } from './useCareAction';

export function CareRecordForm({ caseId }: { caseId: string }) {
  const t = useT();
  const add = useCareAction(
    (body: Record<string, unknown>) => addCareRecord(caseId, body),
    t('childcare.record.done'),
  );
  const labels = {
    kind: t('childcare.record.kind'),
    recordedOn: t('childcare.record.recordedOn'),
    arrangement: t('childcare.record.arrangement'),
    text: t('childcare.record.text'),
  };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('childcare.record.new')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('childcare.record.submit')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = {
              kind: text(data, 'kind'),
              recordedOn: text(data, 'recordedOn'),
              arrangement: text(data, 'arrangement') || null,
              text: text(data, 'text'),
            };
            const missing = requireFields(body, ['kind', 'text'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate(body);
          }}
        >
          <SelectInput
            name="kind"
            label={labels.kind}
            placeholder={t('form.choose')}
            options={careRecordKinds.map((k) => ({ id: k, label: t(`childcare.record.${k}`) }))}
            isRequired
          />
          <TextInput
            name="recordedOn"
            type="date"
            label={labels.recordedOn}
            defaultValue={localToday()}
            isRequired
          />
          <SelectInput
            name="arrangement"
            label={labels.arrangement}
            placeholder={t('form.choose')}
            options={careArrangements.map((a) => ({ id: a, label: t(`childcare.arrangement.${a}`) }))}
          />
          <TextAreaInput name="text" label={labels.text} isRequired />
        </FormShell>
      </details>
    </>
  );
}

export function TransitionStepForm({ caseId }: { caseId: string }) {
  const t = useT();
  const add = useCareAction(
    (body: Record<string, unknown>) => addTransitionStep(caseId, body),
    t('childcare.step.done'),
  );
  const labels = {
    step: t('childcare.step.step'),
    responsible: t('childcare.step.responsible'),
    dueOn: t('childcare.dueOn'),
  };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('childcare.step.new')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('childcare.step.submit')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = {
              step: text(data, 'step'),
              responsible: text(data, 'responsible'),
              dueOn: text(data, 'dueOn'),
            };
            const missing = requireFields(body, ['step', 'responsible', 'dueOn'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate(body);
          }}
        >
          <TextInput name="step" label={labels.step} isRequired />
          <TextInput name="responsible" label={labels.responsible} isRequired />
          <TextInput name="dueOn" type="date" label={labels.dueOn} isRequired />
        </FormShell>
      </details>
    </>
  );
}

/** The placement decision carried out: the schedule of visits is made with it, and its page opens. */
export function PlacementForm({ caseId }: { caseId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const carers = useQuery({ queryKey: ['childcare', 'carers'], queryFn: listCarers });
  const figures = useQuery({ queryKey: ['childcare', 'figures'], queryFn: getFigures });
  const place = useCareAction(
    (body: Record<string, unknown>) => startPlacement(caseId, body),
    t('childcare.placement.done'),
    (created) => navigate(`/childcare/placements/${created.placement.id}`),
  );
  const labels = {
    type: t('childcare.placementType'),
    startedOn: t('childcare.startedOn'),
    carerId: t('childcare.carer'),
    institutionId: t('childcare.leftInstitution'),
  };
  const approved = (carers.data?.items ?? []).filter((c) => c.state === 'approved');
  return (
    <>
      <p role="status" className="status">
        {place.message}
      </p>
      <details className="subform">
        <summary>{t('childcare.placement.new')}</summary>
        <FormShell
          errorState={place.errorState}
          labels={labels}
          submitLabel={t('childcare.placement.submit')}
          isPending={place.mutation.isPending}
          onSubmit={(data) => {
            const body = {
              type: text(data, 'type'),
              startedOn: text(data, 'startedOn'),
              carerId: text(data, 'carerId') || null,
              institutionId: text(data, 'institutionId') || null,
            };
            const missing = requireFields(body, ['type', 'startedOn'], t('form.required'));
            if (Object.keys(missing).length) return place.errorState.fail({ message: null, fields: missing });
            place.mutation.mutate(body);
          }}
        >
          <SelectInput
            name="type"
            label={labels.type}
            placeholder={t('form.choose')}
            options={carePlacementTypes.map((p) => ({ id: p, label: t(`childcare.type.${p}`) }))}
            isRequired
          />
          <TextInput
            name="startedOn"
            type="date"
            label={labels.startedOn}
            defaultValue={localToday()}
            isRequired
          />
          <SelectInput
            name="carerId"
            label={labels.carerId}
            placeholder={t('form.choose')}
            options={approved.map((c) => ({ id: c.id, label: c.name }))}
          />
          <SelectInput
            name="institutionId"
            label={labels.institutionId}
            placeholder={t('form.choose')}
            options={(figures.data?.institutions ?? []).map((i) => ({ id: i.id, label: i.name }))}
          />
        </FormShell>
      </details>
    </>
  );
}
