import { FormShell, flag, text } from '../forms/FormShell';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { type FormErrorState, requireFields } from '../forms/useFormErrors';
import { isLanguage, languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import {
  accessibilityFeatures,
  type Organisation,
  type OrganisationFields,
  type OrganisationType,
  organisationTypes,
} from './api';

interface Props {
  organisation?: Organisation;
  errorState: FormErrorState;
  submitLabel: string;
  isPending: boolean;
  onSave: (fields: OrganisationFields) => void;
}

/** Create and edit share one form; field names match the API's so its `fields` errors land in place. */
export function OrganisationForm({ organisation, errorState, submitLabel, isPending, onSave }: Props) {
  const t = useT();
  const regions = useRegionOptions();
  const typeOptions = organisationTypes.map((type) => ({ id: type, label: t(`organisationType.${type}`) }));
  const labels: Record<string, string> = {
    name: t('organisations.form.name'),
    type: t('organisations.form.type'),
    regionId: t('organisations.form.region'),
    address: t('organisations.form.address'),
    phone: t('organisations.form.phone'),
    email: t('organisations.form.email'),
    website: t('organisations.form.website'),
    languages: t('organisations.form.languages'),
    description: t('organisations.form.description'),
    'accessibility.notes': t('organisations.form.accessibilityNotes'),
  };
  for (const feature of accessibilityFeatures)
    labels[`accessibility.${feature}`] = t(`accessibility.${feature}`);

  function submit(data: FormData) {
    const fields: OrganisationFields = {
      name: text(data, 'name'),
      type: text(data, 'type') as OrganisationType,
      regionId: text(data, 'regionId') || null,
      address: text(data, 'address'),
      phone: text(data, 'phone'),
      email: text(data, 'email'),
      website: text(data, 'website'),
      languages: data.getAll('languages').filter(isLanguage),
      accessibility: {
        stepFreeEntrance: flag(data, 'accessibility.stepFreeEntrance'),
        accessibleToilet: flag(data, 'accessibility.accessibleToilet'),
        elevator: flag(data, 'accessibility.elevator'),
        signLanguage: flag(data, 'accessibility.signLanguage'),
        easyRead: flag(data, 'accessibility.easyRead'),
        notes: text(data, 'accessibility.notes'),
      },
      description: text(data, 'description'),
    };
    const missing = requireFields({ ...fields }, ['name', 'type'], t('form.required'));
    if (Object.keys(missing).length > 0) {
      errorState.fail({ message: null, fields: missing });
      return;
    }
    errorState.clear();
    onSave(fields);
  }

  return (
    <FormShell
      errorState={errorState}
      labels={labels}
      submitLabel={submitLabel}
      isPending={isPending}
      onSubmit={submit}
    >
      <TextInput name="name" label={labels.name ?? ''} defaultValue={organisation?.name} isRequired />
      <SelectInput
        name="type"
        label={labels.type ?? ''}
        placeholder={t('form.choose')}
        options={typeOptions}
        defaultValue={organisation?.type}
        isRequired
      />
      <SelectInput
        name="regionId"
        label={labels.regionId ?? ''}
        placeholder={t('form.choose')}
        options={regions.options}
        defaultValue={organisation?.regionId}
      />
      <TextInput name="address" label={labels.address ?? ''} defaultValue={organisation?.address} />
      <TextInput name="phone" type="tel" label={labels.phone ?? ''} defaultValue={organisation?.phone} />
      <TextInput name="email" type="email" label={labels.email ?? ''} defaultValue={organisation?.email} />
      <TextInput
        name="website"
        type="url"
        label={labels.website ?? ''}
        defaultValue={organisation?.website}
      />
      <CheckboxGroupInput
        name="languages"
        label={labels.languages ?? ''}
        options={languages.map((code) => ({ id: code, label: languageNames[code], lang: code }))}
        defaultValue={organisation?.languages}
      />
      <fieldset className="fieldset">
        <legend>{t('organisations.form.accessibility')}</legend>
        {accessibilityFeatures.map((feature) => (
          <CheckboxInput
            key={feature}
            name={`accessibility.${feature}`}
            label={labels[`accessibility.${feature}`]}
            defaultSelected={organisation?.accessibility[feature]}
          />
        ))}
        <TextAreaInput
          name="accessibility.notes"
          label={labels['accessibility.notes'] ?? ''}
          defaultValue={organisation?.accessibility.notes}
        />
      </fieldset>
      <TextAreaInput
        name="description"
        label={labels.description ?? ''}
        defaultValue={organisation?.description}
      />
    </FormShell>
  );
}
