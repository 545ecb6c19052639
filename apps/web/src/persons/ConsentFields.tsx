import { useState } from 'react';
import { TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { useT } from '../i18n/useT';
import { localToday } from './api';

/** Consent labels for the error summary, under the form's own prefix. */
export function useConsentLabels(prefix: string): Record<string, string> {
  const t = useT();
  return {
    [`${prefix}.givenBy`]: t('consent.givenBy'),
    [`${prefix}.representativeName`]: t('consent.representativeName'),
    [`${prefix}.method`]: t('consent.method'),
    [`${prefix}.givenOn`]: t('consent.givenOn'),
  };
}

/** Who consented, how and when; the representative's name is asked only when one consented. */
export function ConsentFields({
  prefix,
  legend,
  childHint,
}: {
  prefix: string;
  legend: string;
  childHint?: boolean;
}) {
  const t = useT();
  const labels = useConsentLabels(prefix);
  const [givenBy, setGivenBy] = useState<string | null>(null);
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <RadioGroupInput
        name={`${prefix}.givenBy`}
        label={labels[`${prefix}.givenBy`] ?? ''}
        description={childHint ? t('consent.childHint') : undefined}
        options={[
          { id: 'person', label: t('consent.givenBy.person') },
          { id: 'representative', label: t('consent.givenBy.representative') },
        ]}
        value={givenBy}
        onChange={setGivenBy}
        isRequired
      />
      {givenBy === 'representative' && (
        <TextInput
          name={`${prefix}.representativeName`}
          label={labels[`${prefix}.representativeName`] ?? ''}
          isRequired
          autoComplete="off"
        />
      )}
      <RadioGroupInput
        name={`${prefix}.method`}
        label={labels[`${prefix}.method`] ?? ''}
        orientation="horizontal"
        options={(['paper', 'verbal', 'digital'] as const).map((method) => ({
          id: method,
          label: t(`consent.method.${method}`),
        }))}
        isRequired
      />
      <TextInput
        name={`${prefix}.givenOn`}
        type="date"
        label={labels[`${prefix}.givenOn`] ?? ''}
        defaultValue={localToday()}
        isRequired
      />
    </fieldset>
  );
}
