import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { localToday } from '../persons/api';
import { PersonPicker } from '../persons/PersonPicker';
import { addModule, enrolTrainee } from './api';
import { useWorkshopAction } from './useWorkshopAction';

/** A module added at the end of the workshop's programme. */
export function AddModuleForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const add = useWorkshopAction(
    workshopId,
    (body: { title: string; hours: number }) => addModule(workshopId, body),
    t('workshops.modules.added'),
  );
  const labels = {
    moduleTitle: t('workshops.modules.moduleTitle'),
    hours: t('workshops.modules.hoursLabel'),
  };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('workshops.modules.add')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('workshops.modules.add')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const values = { moduleTitle: text(data, 'moduleTitle'), hours: text(data, 'hours') };
            const missing = requireFields(values, ['moduleTitle', 'hours'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate({ title: values.moduleTitle, hours: Number(values.hours.replace(',', '.')) });
          }}
        >
          <TextInput name="moduleTitle" label={labels.moduleTitle} isRequired />
          <TextInput name="hours" label={labels.hours} inputMode="numeric" isRequired />
        </FormShell>
      </details>
    </>
  );
}

/** A person found in the registry joins the workshop as a trainee. */
export function EnrolForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const add = useWorkshopAction(
    workshopId,
    (body: { personId: string; startedOn: string }) => enrolTrainee(workshopId, body),
    t('workshops.enrol.done'),
  );
  const labels = { personId: t('workshops.enrol.person'), startedOn: t('workshops.enrol.startedOn') };
  return (
    <>
      <p role="status" className="status">
        {add.message}
      </p>
      <details className="subform">
        <summary>{t('workshops.enrol.title')}</summary>
        <FormShell
          key={add.round}
          errorState={add.errorState}
          labels={labels}
          submitLabel={t('workshops.enrol.submit')}
          isPending={add.mutation.isPending}
          onSubmit={(data) => {
            const body = { personId: text(data, 'personId'), startedOn: text(data, 'startedOn') };
            const missing = requireFields(body, ['personId', 'startedOn'], t('form.required'));
            if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
            add.mutation.mutate(body);
          }}
        >
          <PersonPicker name="personId" label={labels.personId} />
          <TextInput
            name="startedOn"
            type="date"
            label={labels.startedOn}
            defaultValue={localToday()}
            isRequired
          />
        </FormShell>
      </details>
    </>
  );
}
