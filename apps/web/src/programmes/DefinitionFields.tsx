import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { FormattedNumber } from 'react-intl';
import { CheckboxGroupInput, CheckboxInput, SelectInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { useT } from '../i18n/useT';
import { useRegionOptions } from '../regions/api';
import {
  activityTypes,
  type IndicatorDefinition,
  type IndicatorSource,
  measures,
  type Programme,
  previewDefinition,
  simpleMeasures,
} from './api';
import type { DefinitionState, SimpleState } from './definitionState';
import { dayAfter, useSourceLabels } from './format';

const sexes = ['female', 'male'];
const disabilities = ['yes', 'no', 'undetermined'];

/** How the indicator is counted: from records (a source, a measure, filters) or entered by hand. */
export function DefinitionFields({
  programme,
  sources,
  state,
  onChange,
  definition,
}: {
  programme: Programme;
  sources: IndicatorSource[];
  state: DefinitionState;
  onChange: (state: DefinitionState) => void;
  definition: IndicatorDefinition | null;
}) {
  const t = useT();
  return (
    <fieldset className="fieldset">
      <legend>{t('programmes.definition.legend')}</legend>
      <RadioGroupInput
        name="computed"
        label={t('programmes.definition.how')}
        options={[
          { id: 'records', label: t('programmes.definition.fromRecords') },
          { id: 'manual', label: t('programmes.definition.byHand') },
        ]}
        value={state.computed ? 'records' : 'manual'}
        onChange={(value: string) => onChange({ ...state, computed: value === 'records' })}
      />
      {state.computed && (
        <>
          <SelectInput
            name="definition.measure"
            label={t('programmes.definition.measureLabel')}
            placeholder={t('form.choose')}
            options={measures.map((m) => ({ id: m, label: t(`programmes.measure.${m}`) }))}
            value={state.measure}
            onChange={(value) =>
              value && onChange({ ...state, measure: value as DefinitionState['measure'] })
            }
          />
          {state.measure === 'ratio' ? (
            <>
              <SimpleFields
                prefix="definition.numerator"
                legend={t('programmes.definition.numerator')}
                programme={programme}
                sources={sources}
                state={state.numerator}
                onChange={(numerator) => onChange({ ...state, numerator })}
                withMeasure
              />
              <SimpleFields
                prefix="definition.denominator"
                legend={t('programmes.definition.denominator')}
                programme={programme}
                sources={sources}
                state={state.denominator}
                onChange={(denominator) => onChange({ ...state, denominator })}
                withMeasure
              />
              <CheckboxInput
                label={t('programmes.definition.percent')}
                isSelected={state.percent}
                onChange={(percent) => onChange({ ...state, percent })}
              />
            </>
          ) : (
            <SimpleFields
              prefix="definition"
              legend={t('programmes.definition.what')}
              programme={programme}
              sources={sources}
              state={state.simple}
              onChange={(simple) => onChange({ ...state, simple })}
            />
          )}
          <Preview programme={programme} definition={definition} />
        </>
      )}
    </fieldset>
  );
}

function SimpleFields({
  prefix,
  legend,
  programme,
  sources,
  state,
  onChange,
  withMeasure = false,
}: {
  prefix: string;
  legend: string;
  programme: Programme;
  sources: IndicatorSource[];
  state: SimpleState;
  onChange: (state: SimpleState) => void;
  withMeasure?: boolean;
}) {
  const t = useT();
  const labels = useSourceLabels();
  const regions = useRegionOptions();
  const source = sources.find((s) => s.key === state.source);
  const set = (change: Partial<SimpleState>) => onChange({ ...state, ...change });
  const organisations = [
    { id: programme.ownerOrganisationId, label: programme.ownerOrganisationName },
    ...programme.participants
      .filter((p) => p.organisationId !== programme.ownerOrganisationId)
      .map((p) => ({ id: p.organisationId, label: p.name })),
  ].filter((option, index, all) => all.findIndex((o) => o.id === option.id) === index);
  const field = (name: string) => `${prefix}.${name}`;
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <SelectInput
        name={field('source')}
        label={t('programmes.definition.source')}
        placeholder={t('form.choose')}
        options={sources.map((s) => ({ id: s.key, label: labels.source(s.key) }))}
        value={state.source || null}
        onChange={(value) => set({ source: value ?? '', attributes: {}, textAttributes: {} })}
        isRequired
      />
      {withMeasure && (
        <SelectInput
          name={field('measure')}
          label={t('programmes.definition.measureLabel')}
          placeholder={t('form.choose')}
          options={simpleMeasures.map((m) => ({ id: m, label: t(`programmes.measure.${m}`) }))}
          value={state.measure}
          onChange={(value) => value && set({ measure: value as SimpleState['measure'] })}
        />
      )}
      <CheckboxInput
        label={t('programmes.definition.programmeOnly')}
        isSelected={state.programmeOnly}
        onChange={(programmeOnly) => set({ programmeOnly })}
      />
      <CheckboxGroupInput
        name={field('filters.organisationIds')}
        label={t('programmes.definition.organisationsLabel')}
        description={t('programmes.definition.anyWhenNone')}
        options={organisations}
        value={state.organisationIds}
        onChange={(organisationIds) => set({ organisationIds })}
      />
      {source &&
        Object.entries(source.attributes).map(([name, values]) =>
          values === 'text' ? (
            <TextInput
              key={name}
              name={field(`filters.attributes.${name}`)}
              label={labels.attribute(name)}
              description={t('programmes.definition.commaSeparated')}
              value={state.textAttributes[name] ?? ''}
              onChange={(value) => set({ textAttributes: { ...state.textAttributes, [name]: value } })}
            />
          ) : (
            <CheckboxGroupInput
              key={name}
              name={field(`filters.attributes.${name}`)}
              label={labels.attribute(name)}
              description={t('programmes.definition.anyWhenNone')}
              options={values.map((value) => ({ id: value, label: labels.value(name, value) }))}
              value={state.attributes[name] ?? []}
              onChange={(chosen) => set({ attributes: { ...state.attributes, [name]: chosen } })}
            />
          ),
        )}
      <details className="subform">
        <summary>{t('programmes.definition.moreFilters')}</summary>
        <CheckboxGroupInput
          name={field('filters.regionIds')}
          label={t('programmes.definition.regionsLabel')}
          description={t('programmes.definition.anyWhenNone')}
          options={regions.options}
          value={state.regionIds}
          onChange={(regionIds) => set({ regionIds })}
        />
        <CheckboxGroupInput
          name={field('filters.activityTypes')}
          label={t('programmes.definition.activityTypesLabel')}
          description={t('programmes.definition.anyWhenNone')}
          options={activityTypes.map((type) => ({ id: type, label: t(`programmes.activityType.${type}`) }))}
          value={state.activityTypes}
          onChange={(chosen) => set({ activityTypes: chosen })}
        />
        <CheckboxGroupInput
          name={field('filters.sex')}
          label={t('programmes.definition.sexLabel')}
          description={t('programmes.definition.anyWhenNone')}
          options={sexes.map((s) => ({ id: s, label: t(`programmes.group.sex.${s}`) }))}
          value={state.sex}
          onChange={(sex) => set({ sex })}
        />
        <CheckboxGroupInput
          name={field('filters.disability')}
          label={t('programmes.definition.disabilityLabel')}
          description={t('programmes.definition.anyWhenNone')}
          options={disabilities.map((d) => ({ id: d, label: t(`programmes.group.disability.${d}`) }))}
          value={state.disability}
          onChange={(disability) => set({ disability })}
        />
        <TextInput
          name={field('filters.tags')}
          label={t('programmes.definition.tagsLabel')}
          description={t('programmes.definition.commaSeparated')}
          value={state.tags}
          onChange={(tags) => set({ tags })}
        />
        <div className="inline-fields">
          <TextInput
            name={field('filters.from')}
            type="date"
            label={t('programmes.definition.fromLabel')}
            value={state.from}
            onChange={(from) => set({ from })}
          />
          <TextInput
            name={field('filters.to')}
            type="date"
            label={t('programmes.definition.toLabel')}
            value={state.to}
            onChange={(to) => set({ to })}
          />
        </div>
      </details>
    </fieldset>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The definition's value over the programme's span, counted within the person's organisations, as it is built. */
function Preview({
  programme,
  definition,
}: {
  programme: Programme;
  definition: IndicatorDefinition | null;
}) {
  const t = useT();
  const key = JSON.stringify(definition);
  const settled = useDebounced(key, 400);
  const ready =
    definition !== null &&
    (definition.measure === 'ratio'
      ? definition.numerator.source !== '' && definition.denominator.source !== ''
      : definition.source !== '');
  const preview = useQuery({
    queryKey: ['indicator-preview', settled, programme.id],
    queryFn: () =>
      previewDefinition(
        JSON.parse(settled) as IndicatorDefinition,
        programme.startDate,
        dayAfter(programme.endDate),
      ),
    enabled: ready && settled === key,
    retry: false,
  });
  return (
    <div className="preview" role="status">
      <p className="preview__label">{t('programmes.preview.label')}</p>
      <p className="preview__value">
        {!ready ? (
          t('programmes.preview.chooseSource')
        ) : preview.isError ? (
          t('programmes.preview.invalid')
        ) : preview.data ? (
          preview.data.value === null ? (
            t('programmes.preview.none')
          ) : (
            <FormattedNumber value={preview.data.value} maximumFractionDigits={2} />
          )
        ) : (
          t('programmes.preview.counting')
        )}
      </p>
    </div>
  );
}
