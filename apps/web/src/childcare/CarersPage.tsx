import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { useCalendarDay } from '../i18n/useCalendarDay';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { useRegionOptions } from '../regions/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type Carer,
  carerKinds,
  carerSteps,
  changeCarerState,
  childProtectionMemberships,
  listCarers,
  registerCarer,
} from './api';
import { CountTable } from './CountTable';
import { useCareAction } from './useCareAction';

/** The registry of foster families and guardians: assessment, training, approval, room for children. */
export function CarersPage() {
  const t = useT();
  const carers = useQuery({ queryKey: ['childcare', 'carers'], queryFn: listCarers });
  const items = carers.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('childcare.carers.title')} />
      <QueryState query={carers}>
        {items.length === 0 ? (
          <p>{t('childcare.carers.none')}</p>
        ) : (
          <CountTable
            id="carers-caption"
            caption={t('childcare.carers.caption')}
            headers={[
              t('childcare.carer'),
              t('childcare.carerKind'),
              t('childcare.carerState'),
              t('childcare.childrenPlaced'),
            ]}
            rows={items.map((c) => ({
              key: c.id,
              cells: [
                c.name,
                t(`childcare.carerKind.${c.kind}`),
                <CarerSteps key="state" carer={c} />,
                t('childcare.ofCapacity', { placed: c.childrenPlaced, capacity: c.capacity }),
              ],
            }))}
          />
        )}
        {items.length > 0 && <StateForm carers={items} />}
      </QueryState>
      <RegisterForm />
    </>
  );
}

/** Where a carer stands, with the day of each step of assessment, training and approval taken. */
function CarerSteps({ carer }: { carer: Carer }) {
  const t = useT();
  const day = useCalendarDay();
  const steps = (
    [
      ['assessed', carer.assessedOn],
      ['trained', carer.trainedOn],
      ['approved', carer.approvedOn],
    ] as const
  ).filter(([, on]) => on !== null);
  return (
    <>
      {t(`childcare.carerState.${carer.state}`)}
      {steps.length > 0 &&
        ` (${steps
          .map(([step, on]) =>
            t('childcare.carers.stepOn', {
              step: t(`childcare.carerState.${step}`),
              on: day(on ?? ''),
            }),
          )
          .join('; ')})`}
    </>
  );
}

function RegisterForm() {
  const t = useT();
  const regions = useRegionOptions();
  const organisations = childProtectionMemberships(useSignedInSession());
  const add = useCareAction(
    (body: Record<string, unknown>) => registerCarer(body),
    t('childcare.carers.registered'),
  );
  const labels = {
    kind: t('childcare.carerKind'),
    name: t('childcare.carer'),
    capacity: t('childcare.capacity'),
    regionId: t('childcare.carers.region'),
  };
  if (organisations.length === 0) return null;
  return (
    <section className="section" aria-labelledby="new-carer">
      <h2 id="new-carer">{t('childcare.carers.new')}</h2>
      <p role="status" className="status">
        {add.message}
      </p>
      <FormShell
        key={add.round}
        errorState={add.errorState}
        labels={labels}
        submitLabel={t('childcare.carers.register')}
        isPending={add.mutation.isPending}
        onSubmit={(data) => {
          const body = {
            organisationId: organisations[0]?.organisationId,
            kind: text(data, 'kind'),
            name: text(data, 'name'),
            capacity: Number(text(data, 'capacity') || 1),
            regionId: text(data, 'regionId') || null,
          };
          add.send(body, ['kind', 'name']);
        }}
      >
        <SelectInput
          name="kind"
          label={labels.kind}
          placeholder={t('form.choose')}
          options={carerKinds.map((k) => ({ id: k, label: t(`childcare.carerKind.${k}`) }))}
          isRequired
        />
        <TextInput name="name" label={labels.name} isRequired />
        <TextInput name="capacity" label={labels.capacity} inputMode="numeric" defaultValue="1" isRequired />
        <SelectInput
          name="regionId"
          label={labels.regionId}
          description={t('childcare.carers.regionHint')}
          placeholder={t('form.choose')}
          options={regions.options}
        />
      </FormShell>
    </section>
  );
}

/** A supervisor records each step in its order: the form offers only the steps open to the carer chosen. */
function StateForm({ carers }: { carers: Carer[] }) {
  const t = useT();
  const [chosen, setChosen] = useState<string | null>(null);
  const carer = carers.find((c) => c.id === chosen);
  const change = useCareAction(
    ({ id, ...body }: { id: string } & Record<string, unknown>) => changeCarerState(id, body),
    t('childcare.carers.changed'),
    () => setChosen(null),
  );
  const labels = {
    carerId: t('childcare.carer'),
    state: t('childcare.carers.nextStep'),
    on: t('childcare.carers.on'),
  };
  return (
    <section className="section" aria-labelledby="carer-state">
      <h2 id="carer-state">{t('childcare.carers.changeTitle')}</h2>
      <p>{t('childcare.carers.changeIntro')}</p>
      <p role="status" className="status">
        {change.message}
      </p>
      <FormShell
        key={change.round}
        errorState={change.errorState}
        labels={labels}
        submitLabel={t('childcare.carers.change')}
        isPending={change.mutation.isPending}
        onSubmit={(data) => {
          const body = {
            id: chosen ?? '',
            state: text(data, 'state'),
            on: text(data, 'on'),
            version: carer?.version,
          };
          change.send(body, ['carerId', 'state'], { carerId: chosen, state: body.state });
        }}
      >
        <SelectInput
          name="carerId"
          label={labels.carerId}
          placeholder={t('form.choose')}
          options={carers.map((c) => ({
            id: c.id,
            label: `${c.name} (${t(`childcare.carerState.${c.state}`)})`,
          }))}
          value={chosen}
          onChange={setChosen}
          isRequired
        />
        <SelectInput
          key={chosen}
          name="state"
          label={labels.state}
          placeholder={t('form.choose')}
          options={(carer ? carerSteps[carer.state] : []).map((s) => ({
            id: s,
            label: t(`childcare.carerState.${s}`),
          }))}
          isRequired
        />
        <TextInput name="on" type="date" label={labels.on} defaultValue={localToday()} isRequired />
      </FormShell>
    </section>
  );
}
