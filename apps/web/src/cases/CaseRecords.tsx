import { useState } from 'react';
import { FormattedDate } from 'react-intl';
import { FormShell, text } from '../forms/FormShell';
import { SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { localToday } from '../persons/api';
import { addToCase, type CaseFile, noteKinds, serviceTypes } from './api';
import { useCaseAction } from './useCase';

/** Services delivered to the person: what, by whom, when and with what result. */
export function CaseServices({ file }: { file: CaseFile }) {
  const t = useT();
  const id = file.case.id;
  const add = useCaseAction(
    id,
    (body: Record<string, unknown>) => addToCase(id, 'services', body),
    t('services.added'),
  );
  const labels = {
    type: t('services.type'),
    providerOrganisationId: t('services.provider'),
    deliveredOn: t('services.deliveredOn'),
    outcome: t('services.outcome'),
  };
  return (
    <>
      {file.services.length === 0 ? (
        <p>{t('services.none')}</p>
      ) : (
        <ul className="card-list">
          {file.services.map((service) => (
            <li key={service.id} className="card">
              <strong>{t(`services.kind.${service.type}`)}</strong>
              <p>
                <FormattedDate value={service.deliveredOn} dateStyle="medium" timeZone="UTC" />
                {service.providerOrganisationId && (
                  <>
                    {' · '}
                    <OrganisationName id={service.providerOrganisationId} />
                  </>
                )}
              </p>
              {service.outcome && <p>{service.outcome}</p>}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status">
        {add.message}
      </p>
      {file.abilities.work && (
        <details className="subform">
          <summary>{t('services.add')}</summary>
          <FormShell
            key={add.round}
            errorState={add.errorState}
            labels={labels}
            submitLabel={t('services.add')}
            isPending={add.mutation.isPending}
            onSubmit={(data) => {
              const body = {
                type: text(data, 'type'),
                providerOrganisationId: text(data, 'providerOrganisationId') || null,
                deliveredOn: text(data, 'deliveredOn'),
                outcome: text(data, 'outcome'),
              };
              const missing = requireFields(body, ['type', 'deliveredOn'], t('form.required'));
              if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
              add.mutation.mutate(body);
            }}
          >
            <SelectInput
              name="type"
              label={labels.type}
              placeholder={t('form.choose')}
              options={serviceTypes.map((type) => ({ id: type, label: t(`services.kind.${type}`) }))}
              isRequired
            />
            <OrganisationPicker name="providerOrganisationId" label={labels.providerOrganisationId} />
            <TextInput
              name="deliveredOn"
              type="date"
              label={labels.deliveredOn}
              defaultValue={localToday()}
              isRequired
            />
            <TextAreaInput name="outcome" label={labels.outcome} />
          </FormShell>
        </details>
      )}
    </>
  );
}

/** Follow-ups: visits, calls and notes, newest first. */
export function CaseNotes({ file }: { file: CaseFile }) {
  const t = useT();
  const id = file.case.id;
  const add = useCaseAction(
    id,
    (body: Record<string, unknown>) => addToCase(id, 'notes', body),
    t('notes.added'),
  );
  const [kind, setKind] = useState<string | null>('visit');
  const labels = { kind: t('notes.kind'), happenedOn: t('notes.happenedOn'), text: t('notes.text') };
  return (
    <>
      {file.notes.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : (
        <ul className="card-list">
          {file.notes.map((note) => (
            <li key={note.id} className="card">
              <strong>
                {t(`notes.kind.${note.kind}`)} ·{' '}
                <FormattedDate value={note.happenedOn} dateStyle="medium" timeZone="UTC" />
              </strong>
              <p>{note.text}</p>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status">
        {add.message}
      </p>
      {file.abilities.work && (
        <details className="subform">
          <summary>{t('notes.add')}</summary>
          <FormShell
            key={add.round}
            errorState={add.errorState}
            labels={labels}
            submitLabel={t('notes.add')}
            isPending={add.mutation.isPending}
            onSubmit={(data) => {
              const body = {
                kind: text(data, 'kind'),
                happenedOn: text(data, 'happenedOn'),
                text: text(data, 'text'),
              };
              const missing = requireFields(body, ['kind', 'happenedOn', 'text'], t('form.required'));
              if (Object.keys(missing).length) return add.errorState.fail({ message: null, fields: missing });
              add.mutation.mutate(body);
            }}
          >
            <RadioGroupInput
              name="kind"
              label={labels.kind}
              orientation="horizontal"
              options={noteKinds.map((k) => ({ id: k, label: t(`notes.kind.${k}`) }))}
              value={kind}
              onChange={setKind}
              isRequired
            />
            <TextInput
              name="happenedOn"
              type="date"
              label={labels.happenedOn}
              defaultValue={localToday()}
              isRequired
            />
            <TextAreaInput name="text" label={labels.text} />
          </FormShell>
        </details>
      )}
    </>
  );
}
