import { useState } from 'react';
import { Button } from 'react-aria-components';
import { CheckboxGroupInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { languageNames, languages } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { disabilityStatuses, type Person, personTags, sexes } from './api';
import { maxPhones } from './personForm';

/** Labels of every person field, for the error summary and for the record's details list. */
export function usePersonLabels(): Record<string, string> {
  const t = useT();
  const labels: Record<string, string> = {};
  for (const name of [
    'familyName',
    'givenName',
    'patronymic',
    'latinName',
    'sex',
    'birthDate',
    'birthYear',
    'regionId',
    'locality',
    'address',
    'phones',
    'languages',
    'disabilityStatus',
    'disabilityCertificateDate',
    'disabilityReviewDate',
    'tags',
    'notes',
  ]) {
    labels[name] = t(`person.field.${name}`);
  }
  for (let index = 0; index < maxPhones; index++)
    labels[`phones.${index}`] = t('person.field.phoneN', { n: index + 1 });
  return labels;
}

/** The person's own fields, shared by registration and editing. */
export function PersonFormFields({ person }: { person?: Person }) {
  const t = useT();
  const labels = usePersonLabels();
  const regions = useRegionOptions();
  const [phoneCount, setPhoneCount] = useState(Math.max(1, person?.phones.length ?? 0));
  const label = (name: string) => labels[name] ?? name;
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('person.form.names')}</legend>
        <p className="field__description">{t('person.form.namesHint')}</p>
        <TextInput
          name="familyName"
          label={label('familyName')}
          defaultValue={person?.familyName}
          isRequired
          autoComplete="off"
        />
        <TextInput
          name="givenName"
          label={label('givenName')}
          defaultValue={person?.givenName}
          isRequired
          autoComplete="off"
        />
        <TextInput
          name="patronymic"
          label={label('patronymic')}
          defaultValue={person?.patronymic}
          autoComplete="off"
        />
        <TextInput
          name="latinName"
          label={label('latinName')}
          description={t('person.form.latinHint')}
          defaultValue={person?.latinName}
          autoComplete="off"
        />
      </fieldset>
      <RadioGroupInput
        name="sex"
        label={label('sex')}
        orientation="horizontal"
        options={sexes.map((sex) => ({ id: sex, label: t(`person.sex.${sex}`) }))}
        defaultValue={person?.sex}
        isRequired
      />
      <fieldset className="fieldset">
        <legend>{t('person.form.birth')}</legend>
        <TextInput
          name="birthDate"
          type="date"
          label={label('birthDate')}
          defaultValue={person?.birthDate ?? ''}
        />
        <TextInput
          name="birthYear"
          label={label('birthYear')}
          description={t('person.form.birthYearHint')}
          inputMode="numeric"
          maxLength={4}
          defaultValue={person?.birthYear ? String(person.birthYear) : ''}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('person.form.whereLives')}</legend>
        <SelectInput
          name="regionId"
          key={`region-${regions.options.length}`}
          label={label('regionId')}
          placeholder={t('form.choose')}
          options={regions.options}
          defaultValue={person?.regionId}
        />
        <TextInput name="locality" label={label('locality')} defaultValue={person?.locality} />
        <TextInput name="address" label={label('address')} defaultValue={person?.address} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{label('phones')}</legend>
        {Array.from({ length: phoneCount }, (_, index) => (
          <TextInput
            key={index}
            name={`phones.${index}`}
            type="tel"
            label={label(`phones.${index}`)}
            defaultValue={person?.phones[index] ?? ''}
            autoComplete="off"
          />
        ))}
        {phoneCount < maxPhones && (
          <Button className="button" onPress={() => setPhoneCount((count) => count + 1)}>
            {t('person.form.addPhone')}
          </Button>
        )}
      </fieldset>
      <CheckboxGroupInput
        name="languages"
        label={label('languages')}
        options={languages.map((code) => ({ id: code, label: languageNames[code], lang: code }))}
        defaultValue={person?.languages}
      />
      <fieldset className="fieldset">
        <legend>{t('person.form.disability')}</legend>
        <SelectInput
          name="disabilityStatus"
          label={label('disabilityStatus')}
          placeholder={t('form.choose')}
          options={disabilityStatuses.map((status) => ({
            id: status,
            label: t(`person.disability.${status}`),
          }))}
          defaultValue={person?.disabilityStatus ?? 'none'}
        />
        <TextInput
          name="disabilityCertificateDate"
          type="date"
          label={label('disabilityCertificateDate')}
          defaultValue={person?.disabilityCertificateDate ?? ''}
        />
        <TextInput
          name="disabilityReviewDate"
          type="date"
          label={label('disabilityReviewDate')}
          defaultValue={person?.disabilityReviewDate ?? ''}
        />
      </fieldset>
      <CheckboxGroupInput
        name="tags"
        label={label('tags')}
        options={personTags.map((tag) => ({ id: tag, label: t(`person.tag.${tag}`) }))}
        defaultValue={person?.tags}
      />
      <TextAreaInput name="notes" label={label('notes')} defaultValue={person?.notes} />
    </>
  );
}
