import { useQuery } from '@tanstack/react-query';
import { type Session, useSignedInSession } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, type Option, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useRecordAction } from '../forms/useRecordAction';
import { useT } from '../i18n/useT';
import { organisationNameQuery } from '../organisations/api';
import { type Employer, premisesFeatures, saveEmployer, sectors } from './api';
import { ContactsField, contactLabels, contactsFrom } from './ContactsField';
import { notWholeNumbers, wholeNumber } from './formValues';
import { noSector } from './VacancyFields';

const keeperRoles = ['administrator', 'coordinator'];

/**
 * Who may keep the details: the employer's own staff, or the administrators and coordinators of the
 * organisation that keeps them; for an employer nobody keeps yet, any organisation the user coordinates.
 * The server checks again.
 */
export function mayKeepDetails(session: Session, employer: Employer, update: boolean): boolean {
  if (update) return true;
  return !employer.details && session.memberships.some((m) => m.roles.some((r) => keeperRoles.includes(r)));
}

/** The organisations the user may leave the details with: the one keeping them now, the employer, their own. */
function useKeeperOptions(employer: Employer): Option[] {
  const session = useSignedInSession();
  const current = employer.details?.keeperOrganisationId ?? null;
  const currentName = useQuery(organisationNameQuery(current));
  const options = new Map<string, string>();
  if (current) options.set(current, current === employer.id ? employer.name : (currentName.data ?? ''));
  for (const m of session.memberships) {
    if (m.organisationId === employer.id && m.roles.includes('employer'))
      options.set(m.organisationId, employer.name);
    if (m.roles.some((r) => keeperRoles.includes(r))) options.set(m.organisationId, m.organisationName);
  }
  return [...options].map(([id, label]) => ({ id, label }));
}

/** The employer's size, the persons with disabilities it employs, its contact persons and its premises. */
export function EmployerForm({ employer }: { employer: Employer }) {
  const t = useT();
  const details = employer.details;
  const keepers = useKeeperOptions(employer);
  const save = useRecordAction(
    [['employment']],
    (body: unknown) => saveEmployer(employer.id, body),
    t('employment.employer.saved'),
  );
  const labels = {
    keeperOrganisationId: t('employment.employer.keeper'),
    sector: t('employment.employer.sector'),
    headcount: t('employment.employer.headcount'),
    employeesWithDisabilities: t('employment.employer.employed'),
    premises: t('employment.employer.premises'),
    'premises.note': t('employment.employer.premisesNote'),
    ...contactLabels(t),
  };
  return (
    <section className="section" aria-labelledby="employer-edit">
      <h2 id="employer-edit">{t('employment.employer.edit')}</h2>
      <p role="status" className="status">
        {save.message}
      </p>
      <details className="subform">
        <summary>{t('employment.employer.edit')}</summary>
        <FormShell
          key={save.round}
          errorState={save.errorState}
          labels={labels}
          submitLabel={t('employment.employer.save')}
          isPending={save.mutation.isPending}
          onSubmit={(data) => {
            const numbers = {
              headcount: wholeNumber(data, 'headcount'),
              employeesWithDisabilities: wholeNumber(data, 'employeesWithDisabilities'),
            };
            const required = { keeperOrganisationId: text(data, 'keeperOrganisationId'), ...numbers };
            const contacts = contactsFrom(data);
            const errors = {
              ...requireFields(required, Object.keys(required), t('form.required')),
              ...notWholeNumbers(numbers, t('employment.form.wholeNumber')),
              ...Object.fromEntries(
                contacts.flatMap((c, i) => (c.name ? [] : [[`contacts.${i}.name`, t('form.required')]])),
              ),
            };
            if (Object.keys(errors).length) return save.errorState.fail({ message: null, fields: errors });
            const ticked = data.getAll('premises').map(String);
            const sector = text(data, 'sector');
            save.mutation.mutate({
              ...required,
              sector: sector && sector !== noSector ? sector : null,
              contacts,
              premises: {
                ...Object.fromEntries(premisesFeatures.map((f) => [f, ticked.includes(f)])),
                note: text(data, 'premises.note'),
              },
              version: details?.version,
            });
          }}
        >
          <SelectInput
            name="keeperOrganisationId"
            label={labels.keeperOrganisationId}
            description={t('employment.employer.keeperHint')}
            placeholder={t('form.choose')}
            options={keepers}
            defaultValue={details?.keeperOrganisationId ?? (keepers.length === 1 ? keepers[0]?.id : null)}
            isRequired
          />
          <SelectInput
            name="sector"
            label={labels.sector}
            placeholder={t('form.choose')}
            options={[
              { id: noSector, label: t('employment.sector.none') },
              ...sectors.map((s) => ({ id: s, label: t(`employment.sector.${s}`) })),
            ]}
            defaultValue={details?.sector ?? noSector}
          />
          <TextInput
            name="headcount"
            label={labels.headcount}
            inputMode="numeric"
            defaultValue={details?.headcount.toString()}
            isRequired
          />
          <TextInput
            name="employeesWithDisabilities"
            label={labels.employeesWithDisabilities}
            inputMode="numeric"
            defaultValue={details?.employeesWithDisabilities.toString()}
            isRequired
          />
          <ContactsField initial={details?.contacts ?? []} />
          <CheckboxGroupInput
            name="premises"
            label={labels.premises}
            description={t('employment.employer.premisesHint')}
            options={premisesFeatures.map((f) => ({ id: f, label: t(`employment.premises.${f}`) }))}
            defaultValue={premisesFeatures.filter((f) => details?.premises[f])}
          />
          <TextAreaInput
            name="premises.note"
            label={labels['premises.note']}
            defaultValue={details?.premises.note}
          />
        </FormShell>
      </details>
    </section>
  );
}
