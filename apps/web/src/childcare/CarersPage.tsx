import { useQuery } from '@tanstack/react-query';
import { useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  type Carer,
  carerKinds,
  carerStates,
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
                t(`childcare.carerState.${c.state}`),
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

function RegisterForm() {
  const t = useT();
  const organisations = childProtectionMemberships(useSignedInSession());
  const add = useCareAction(
    (body: Record<string, unknown>) => registerCarer(body),
    t('childcare.carers.registered'),
  );
  const labels = {
    kind: t('childcare.carerKind'),
    name: t('childcare.carer'),
    capacity: t('childcare.capacity'),
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
          };
          const missing = requireFields(body, ['kind', 'name'], t('form.required'));
          if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
          add.mutation.mutate(body);
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
      </FormShell>
    </section>
  );
}

/** A supervisor records each step: assessed, trained, approved; or suspends a carer. */
function StateForm({ carers }: { carers: Carer[] }) {
  const t = useT();
  const change = useCareAction(
    ({ id, ...body }: { id: string } & Record<string, unknown>) => changeCarerState(id, body),
    t('childcare.carers.changed'),
  );
  const labels = {
    carerId: t('childcare.carer'),
    state: t('childcare.carerState'),
    on: t('childcare.carers.on'),
  };
  return (
    <section className="section" aria-labelledby="carer-state">
      <h2 id="carer-state">{t('childcare.carers.changeTitle')}</h2>
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
          const carer = carers.find((c) => c.id === text(data, 'carerId'));
          const body = { carerId: text(data, 'carerId'), state: text(data, 'state') };
          const missing = requireFields(body, ['carerId', 'state'], t('form.required'));
          if (!carer || Object.keys(missing).length)
            return change.errorState.fail({ message: null, fields: missing });
          change.mutation.mutate({
            id: carer.id,
            state: body.state,
            on: text(data, 'on'),
            version: carer.version,
          });
        }}
      >
        <SelectInput
          name="carerId"
          label={labels.carerId}
          placeholder={t('form.choose')}
          options={carers.map((c) => ({ id: c.id, label: c.name }))}
          isRequired
        />
        <SelectInput
          name="state"
          label={labels.state}
          placeholder={t('form.choose')}
          options={carerStates.map((s) => ({ id: s, label: t(`childcare.carerState.${s}`) }))}
          isRequired
        />
        <TextInput name="on" type="date" label={labels.on} defaultValue={localToday()} isRequired />
      </FormShell>
    </section>
  );
}
