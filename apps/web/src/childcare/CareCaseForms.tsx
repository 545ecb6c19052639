import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import {
  addCareRecord,
  addTransitionStep,
  type CarePlacementType,
  careArrangements,
  carePlacementTypes,
  careRecordKinds,
  getFigures,
  listCarers,
  placementCarers,
  startPlacement,
} from './api';
import { Subform } from './Subform';
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
    <Subform title={t('childcare.record.new')} message={add.message}>
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
          add.send(body, ['kind', 'text']);
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
    </Subform>
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
    <Subform title={t('childcare.step.new')} message={add.message}>
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
          add.send(body, ['step', 'responsible', 'dueOn']);
        }}
      >
        <TextInput name="step" label={labels.step} isRequired />
        <TextInput name="responsible" label={labels.responsible} isRequired />
        <TextInput name="dueOn" type="date" label={labels.dueOn} isRequired />
      </FormShell>
    </Subform>
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
  const [type, setType] = useState<CarePlacementType | null>(null);
  const carerRule = type ? placementCarers[type] : null;
  // Only approved carers of the kind this placement takes, with room for one more child.
  const fitting = (carers.data?.items ?? []).filter(
    (c) =>
      c.state === 'approved' && c.childrenPlaced < c.capacity && (carerRule?.kinds.includes(c.kind) ?? true),
  );
  const carerHint = !carerRule
    ? undefined
    : t(carerRule.required ? 'childcare.placement.carerRequired' : 'childcare.placement.carerOptional');
  return (
    <Subform title={t('childcare.placement.new')} message={place.message}>
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
          place.send(body, ['type', 'startedOn']);
        }}
      >
        <SelectInput
          name="type"
          label={labels.type}
          placeholder={t('form.choose')}
          options={carePlacementTypes.map((p) => ({ id: p, label: t(`childcare.type.${p}`) }))}
          value={type}
          onChange={(value) => setType(value as CarePlacementType | null)}
          isRequired
        />
        <TextInput
          name="startedOn"
          type="date"
          label={labels.startedOn}
          defaultValue={localToday()}
          isRequired
        />
        {carerRule?.kinds.length !== 0 && (
          <SelectInput
            key={type}
            name="carerId"
            label={labels.carerId}
            description={carerHint}
            placeholder={t('form.choose')}
            options={fitting.map((c) => ({
              id: c.id,
              label: `${c.name} (${t(`childcare.carerKind.${c.kind}`)})`,
            }))}
          />
        )}
        <SelectInput
          name="institutionId"
          label={labels.institutionId}
          placeholder={t('form.choose')}
          options={(figures.data?.institutions ?? []).map((i) => ({ id: i.id, label: i.name }))}
        />
      </FormShell>
    </Subform>
  );
}
