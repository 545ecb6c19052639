import { text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { requireFields } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import { accommodations, payCurrencies, sectors, type Vacancy, vacancyStatuses, workHours } from './api';
import { notWholeNumbers, skillsFrom, wholeNumber } from './formValues';
import { SkillFields } from './SkillFields';

/** The value of "no sector named": matching then gives the wishes part its neutral half. */
export const noSector = 'none';

export function useVacancyLabels(): Record<string, string> {
  const t = useT();
  return {
    title: t('employment.vacancy.titleLabel'),
    description: t('employment.vacancy.description'),
    requirements: t('employment.vacancy.requirements'),
    regionId: t('employment.vacancy.region'),
    address: t('employment.vacancy.address'),
    sector: t('employment.vacancy.sector'),
    hours: t('employment.vacancy.hours'),
    payFrom: t('employment.vacancy.payFrom'),
    payTo: t('employment.vacancy.payTo'),
    currency: t('employment.vacancy.currency'),
    openings: t('employment.vacancy.openings'),
    skills: t('employment.vacancy.skills'),
    accommodationsOffered: t('employment.vacancy.accommodations'),
    status: t('employment.vacancy.status'),
  };
}

/**
 * Everything a vacancy says, new or changed: what the job is, where, the hours and pay, the skills asked and
 * the accommodations offered. Matching reads every one of them.
 */
export function VacancyFields({ vacancy }: { vacancy?: Vacancy }) {
  const t = useT();
  const regions = useRegionOptions();
  const labels = useVacancyLabels();
  return (
    <>
      <TextInput name="title" label={labels.title ?? ''} defaultValue={vacancy?.title} isRequired />
      <TextAreaInput
        name="description"
        label={labels.description ?? ''}
        description={t('employment.vacancy.descriptionHint')}
        defaultValue={vacancy?.description}
      />
      <TextAreaInput
        name="requirements"
        label={labels.requirements ?? ''}
        defaultValue={vacancy?.requirements}
      />
      <SelectInput
        name="sector"
        label={labels.sector ?? ''}
        placeholder={t('form.choose')}
        options={[
          { id: noSector, label: t('employment.sector.none') },
          ...sectors.map((s) => ({ id: s, label: t(`employment.sector.${s}`) })),
        ]}
        defaultValue={vacancy?.sector ?? noSector}
      />
      <SelectInput
        key={`region-${regions.options.length}`}
        name="regionId"
        label={labels.regionId ?? ''}
        placeholder={t('form.choose')}
        options={regions.options}
        defaultValue={vacancy?.regionId}
        isRequired
      />
      <TextInput name="address" label={labels.address ?? ''} defaultValue={vacancy?.address} />
      <SelectInput
        name="hours"
        label={labels.hours ?? ''}
        placeholder={t('form.choose')}
        options={workHours.map((h) => ({ id: h, label: t(`employment.hours.${h}`) }))}
        defaultValue={vacancy?.hours}
        isRequired
      />
      <TextInput
        name="payFrom"
        label={labels.payFrom ?? ''}
        inputMode="numeric"
        defaultValue={vacancy?.payFrom?.toString()}
      />
      <TextInput
        name="payTo"
        label={labels.payTo ?? ''}
        inputMode="numeric"
        defaultValue={vacancy?.payTo?.toString()}
      />
      <SelectInput
        name="currency"
        label={labels.currency ?? ''}
        placeholder={t('form.choose')}
        options={payCurrencies.map((c) => ({ id: c, label: t(`employment.currency.${c}`) }))}
        defaultValue={vacancy?.currency ?? 'KGS'}
        isRequired
      />
      <TextInput
        name="openings"
        label={labels.openings ?? ''}
        inputMode="numeric"
        defaultValue={String(vacancy?.openings ?? 1)}
        isRequired
      />
      <SkillFields label={labels.skills ?? ''} chosen={vacancy?.skills} />
      <CheckboxGroupInput
        name="accommodationsOffered"
        label={labels.accommodationsOffered ?? ''}
        options={accommodations.map((a) => ({ id: a, label: t(`employment.accommodation.${a}`) }))}
        defaultValue={vacancy?.accommodationsOffered}
      />
      <SelectInput
        name="status"
        label={labels.status ?? ''}
        description={t('employment.vacancy.statusHint')}
        placeholder={t('form.choose')}
        options={vacancyStatuses.map((s) => ({ id: s, label: t(`employment.status.${s}`) }))}
        defaultValue={vacancy?.status ?? 'open'}
        isRequired
      />
    </>
  );
}

/** The vacancy's fields as the API takes them, or the fields to put right first. */
export function vacancyFrom(
  data: FormData,
  t: ReturnType<typeof useT>,
): { body: Record<string, unknown>; errors: Record<string, string> } {
  const messages = {
    required: t('form.required'),
    wholeNumber: t('employment.form.wholeNumber'),
    payOrder: t('employment.vacancy.payOrder'),
  };
  const numbers = {
    payFrom: wholeNumber(data, 'payFrom'),
    payTo: wholeNumber(data, 'payTo'),
    openings: wholeNumber(data, 'openings'),
  };
  const required = {
    title: text(data, 'title'),
    regionId: text(data, 'regionId'),
    hours: text(data, 'hours'),
    currency: text(data, 'currency'),
    status: text(data, 'status'),
    openings: numbers.openings,
  };
  const errors = {
    ...requireFields(required, Object.keys(required), messages.required),
    ...notWholeNumbers(numbers, messages.wholeNumber),
  };
  if (numbers.payFrom != null && numbers.payTo != null && numbers.payTo < numbers.payFrom)
    errors.payTo = messages.payOrder;
  const sector = text(data, 'sector');
  return {
    body: {
      ...required,
      ...numbers,
      description: text(data, 'description'),
      requirements: text(data, 'requirements'),
      address: text(data, 'address'),
      sector: sector && sector !== noSector ? sector : null,
      skills: skillsFrom(data),
      accommodationsOffered: data.getAll('accommodationsOffered').map(String),
    },
    errors,
  };
}
